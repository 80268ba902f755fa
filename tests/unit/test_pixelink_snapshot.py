"""Pixelink SDK snapshot over the stand-in SDK library: every feature's flags, range and value, the versions,
each camera released, a camera in use left alone."""

from tests.unit.test_pixelink_sdk import run_scan, sdk_dir  # noqa: F401 - the fixture

SNAPSHOT = (
    "import json; from pixrma_desktop.cameras.pixelink_sdk.probe import PixelinkSdkProbe; "
    "from pixrma_desktop.cameras.scanner import scan; "
    "from pixrma_desktop.cameras.snapshots import take_snapshots; "
    "from pixrma_desktop.cameras.features import snapshot_to_dict; "
    "result = scan([PixelinkSdkProbe()], timeout=20); "
    "print(json.dumps([snapshot_to_dict(s) for s in take_snapshots(result.cameras)]))"
)


def test_features_flags_ranges_values_and_versions(tmp_path, sdk_dir):  # noqa: F811
    data, log = run_scan(tmp_path, sdk_dir, "700100:free,700200:inuse", code=SNAPSHOT)
    free, busy = sorted(data, key=lambda s: s["serial"])
    assert free["transport"] == "pixelink-sdk"
    assert free["problems"] == []
    features = {f["name"]: f for f in free["features"]}
    shutter = features["SHUTTER"]
    assert (shutter["value"], shutter["minimum"], shutter["maximum"]) == (0.02, 0.0001, 10.0)
    assert shutter["flags"] == [
        "supports PRESENCE",
        "supports MANUAL",
        "supports AUTO",
        "supports ONEPUSH",
        "now MANUAL",
    ]
    assert features["FRAME_RATE"]["flags"][-1] == "now AUTO"
    temperature = features["SENSOR_BOARD_TEMPERATURE"]
    assert (temperature["value"], temperature["access"]) == (41.5, "RO")
    assert [features[f"ROI.{p}"]["value"] for p in ("Left", "Top", "Width", "Height")] == [0, 0, 2592, 1944]
    assert features["TRIGGER.Type"]["value"] == 1.0
    assert free["feature_count"] == 14
    assert free["versions"]["Pixelink API"] == "4.2.9.20"
    assert free["versions"]["FPGA"] == "02.01.00.07"
    assert "pixelinkWrapper" in free["versions"]
    assert busy["features"] == []
    assert "In use by another program" in busy["problems"][0]
    lines = log
    assert lines.count("init 700100") == lines.count("uninit 700100") == 2  # the scan's open, then the snapshot's
    assert "init 700200" in lines  # the scan's try; the snapshot does not try again
    assert lines.count("init 700200") == 1
