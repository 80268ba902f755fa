"""Which features differ between cameras of one model, for summary.txt, and the features use case's helpers."""

from pixrma_desktop.application.features import choose_cameras, packet_sizes
from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue, snapshot_from_dict, snapshot_to_dict
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.diagnostics.feature_diff import differing_features, render_differences
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice


def snap(serial, model="PL-D755", **values):
    features = tuple(FeatureValue(name, "Cat", "integer", value) for name, value in values.items())
    return CameraSnapshot(serial, "gentl", model, features=features)


def test_a_reconfigured_camera_shows_its_differences_and_not_its_identity():
    first = snap("A", ExposureTime=5000, TriggerMode="Off", DeviceSerialNumber="A", DeviceTemperature=41)
    second = snap("B", ExposureTime=20000, TriggerMode="On", DeviceSerialNumber="B", DeviceTemperature=44)
    [pair] = differing_features([first, second, snap("C", model="Other", ExposureTime=1)])
    assert [(d.name, d.reference, d.other) for d in pair.differences] == [
        ("ExposureTime", 5000, 20000),
        ("TriggerMode", "Off", "On"),
    ]
    lines = render_differences([pair])
    assert "PL-D755: S/N A vs S/N B: 2 feature(s) differ" in lines
    assert "  TriggerMode   Off  |  On" in lines


def test_same_configuration_says_so_and_a_lone_model_says_nothing():
    assert render_differences(differing_features([snap("A", Gain=1), snap("B", Gain=1)]))[-1].endswith("no difference.")
    assert render_differences(differing_features([snap("A", Gain=1)])) == []


def test_snapshot_json_round_trip_keeps_features_xml_and_problem_codes():
    snapshot = CameraSnapshot(
        "S1",
        "gigevision",
        "Fake",
        features=(FeatureValue("Width", "Image", "integer", 512, None, 16, 2048, 16, "RW", module=None),),
        xml=b"<RegisterDescription/>",
        versions={"SDK": "1"},
        problems=(notice(Code.SNAPSHOT_TIME_RAN_OUT, count=3),),
    )
    back = snapshot_from_dict(snapshot_to_dict(snapshot))
    assert back.features == snapshot.features
    assert back.xml == snapshot.xml
    assert back.problems == snapshot.problems
    assert back.versions == {"SDK": "1"}


def test_choose_cameras_and_packet_sizes():
    cameras = [CameraRecord(serial="A"), CameraRecord(serial="B")]
    assert choose_cameras(cameras, ["B", "Z"]) == ([cameras[1]], ["Z"])
    assert choose_cameras(cameras, []) == (cameras, [])
    snapshots = [snap("A", GevSCPSPacketSize=8000), snap("B", Width=5)]
    assert packet_sizes(cameras, snapshots) == [("A", 8000)]
