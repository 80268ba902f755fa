"""`pixrma features` in process, against the simulated USB3 Vision camera (real GenCP bytes, no SDK)."""

import json

import pytest

from pixrma_desktop.cameras import discovery
from pixrma_desktop.cameras.usb3vision import probe as usb_probe
from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe
from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes
from tests.fakes.usb_world import DESCRIPTION, FakeUsbBackend, FakeUsbCamera, with_description


@pytest.fixture
def usb_cameras(monkeypatch):
    cameras: list[FakeUsbCamera] = []
    backend = FakeUsbBackend(cameras)
    monkeypatch.setattr(discovery, "default_probes", lambda settings, mode: [Usb3VisionProbe(backend)])
    monkeypatch.setattr(usb_probe, "default_backend", lambda: backend)  # what the snapshot opens the camera with
    return cameras


def test_json_has_features_manifest_and_xml(usb_cameras, tmp_path, capsys):
    usb_cameras.append(with_description(FakeUsbCamera(serial="PX0000042"), zipped=True))
    assert main(["--data-dir", str(tmp_path), "features", "--json"]) == exit_codes.OK
    [snapshot] = json.loads(capsys.readouterr().out)
    assert snapshot["serial"] == "PX0000042"
    assert snapshot["transport"] == "usb3vision"
    assert snapshot["xml"] == DESCRIPTION.read_text()
    assert snapshot["manifest"][0]["file_format"] == "zip"
    assert snapshot["readable_count"] == 10
    exposure = next(f for f in snapshot["features"] if f["name"] == "ExposureTime")
    assert (exposure["value"], exposure["unit"], exposure["access"]) == (5000.0, "us", "RW")


def test_text_output_and_xml_dir(usb_cameras, tmp_path, capsys):
    usb_cameras.append(with_description(FakeUsbCamera(serial="PX1", ports=(1,))))
    usb_cameras.append(with_description(FakeUsbCamera(serial="PX2", ports=(2,))))
    folder = tmp_path / "xml"
    assert main(["--data-dir", str(tmp_path), "features", "PX2", "--xml-dir", str(folder)]) == exit_codes.OK
    captured = capsys.readouterr()
    assert "PL-D755MU S/N PX2 (usb3vision)" in captured.out
    assert "PX1" not in captured.out
    assert "    Width = 2592  [16 .. 2592 step 16] RW" in captured.out
    assert "    DeviceTemperature = 41.5 C" in captured.out
    assert "    DeviceReset = (command) WO" in captured.out
    assert "manifest: file 1.2.3, schema 1.1, uncompressed" in captured.out
    assert [p.name for p in folder.iterdir()] == ["PX2-usb3vision.xml"]
    assert (folder / "PX2-usb3vision.xml").read_bytes() == DESCRIPTION.read_bytes()


def test_unknown_serial_and_no_camera(usb_cameras, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "features"]) == exit_codes.NOTHING_FOUND
    assert "pixrma --demo features" in capsys.readouterr().err
    usb_cameras.append(with_description(FakeUsbCamera(serial="PX1")))
    assert main(["--data-dir", str(tmp_path), "features", "NOPE"]) == exit_codes.NOTHING_FOUND
    err = capsys.readouterr().err
    assert "No camera with serial number NOPE was found." in err


def test_xml_dir_that_cannot_be_made(usb_cameras, tmp_path, capsys):
    usb_cameras.append(with_description(FakeUsbCamera()))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["--data-dir", str(tmp_path), "features", "--xml-dir", str(blocker / "xml")]) == exit_codes.FAILED
    assert "choose another folder" in capsys.readouterr().err


def test_snapshots_are_kept_and_the_request_bundle_holds_them(usb_cameras, tmp_path, capsys):
    from pixrma_desktop.cameras.snapshot_store import stored_snapshots
    from pixrma_desktop.diagnostics.bundle import plan_bundle
    from pixrma_desktop.diagnostics.bundle_plan import BundleInputs

    usb_cameras.append(with_description(FakeUsbCamera(serial="PX0000042"), zipped=True))
    assert main(["--data-dir", str(tmp_path), "features", "--json"]) == exit_codes.OK
    printed = json.loads(capsys.readouterr().out)[0]
    [kept] = stored_snapshots(tmp_path / "data", ["PX0000042", "NOT-THERE"])
    assert kept.xml.decode() == printed["xml"]
    assert len(kept.features) == printed["feature_count"]
    with plan_bundle(BundleInputs(snapshots=[kept])) as plan:
        files = {f.path: f for f in plan.files}
    document = json.loads(files["cameras/PX0000042/features.json"].content)
    assert document["xml"] is None  # the XML is its own file next to it
    assert document["xml_sha1"] == printed["xml_sha1"]
    assert files["cameras/PX0000042/PX0000042-usb3vision.xml"].content.decode() == printed["xml"]
    assert files["cameras/PX0000042/PX0000042-usb3vision.xml"].redacted is False
