"""The snapshot model, its JSON form, the GenICam URL and file handling, the budget setting and the dispatch."""

import io
import json
import zipfile

import pytest

from pixrma_desktop.cameras import genicam_xml
from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue, snapshot_to_dict, xml_file_name
from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport, UsbLocation
from pixrma_desktop.cameras.snapshots import BUDGET_RANGE, snapshot_budget, take_snapshots, transport_of
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import CameraSettings, settings_from_dict

XML = b'<?xml version="1.0"?><RegisterDescription/>'


def test_json_form_keeps_values_ranges_and_the_xml_text():
    snapshot = CameraSnapshot(
        "S1",
        "gigevision",
        "Fake",
        features=(
            FeatureValue("Width", "ImageFormatControl", "integer", 512, None, 16, 2048, 16, "RW"),
            FeatureValue("DeviceReset", "DeviceControl", "command", None, access="WO"),
            FeatureValue("Gain", None, "float", None, access="RW", error="TimeoutException: no answer"),
        ),
        xml=XML,
        xml_source="Local:a.xml;10000;2c",
        problems=(notice(Code.SNAPSHOT_XML_NO_LOCATION),),
    )
    data = json.loads(json.dumps(snapshot_to_dict(snapshot)))
    assert data["feature_count"] == 3
    assert data["readable_count"] == 1
    width = data["features"][0]
    assert (width["value"], width["minimum"], width["maximum"], width["increment"]) == (512, 16, 2048, 16)
    assert "unit" not in width  # absent rather than null
    assert data["features"][2]["error"] == "TimeoutException: no answer"
    assert data["xml"] == XML.decode()
    assert data["xml_sha1"] == genicam_xml.sha1_hex(XML)
    assert data["problems"] == ["The camera names no place for its GenICam XML."]
    assert data["problem_codes"] == [{"code": "snapshot-xml-no-location", "params": {}, "text": data["problems"][0]}]
    assert snapshot_to_dict(snapshot, with_xml=False)["xml"] is None


@pytest.mark.parametrize(
    ("serial", "expected"),
    [("ABC-12", "ABC-12-gentl.xml"), ("../../etc/passwd", "_.._etc_passwd-gentl.xml"), (None, "camera-3-gentl.xml")],
)
def test_xml_file_names_stay_in_their_folder(serial, expected):
    assert xml_file_name(CameraSnapshot(serial, "gentl"), 2) == expected


def test_local_url_with_address_and_size():
    location = genicam_xml.parse_url("Local:arv-fake-camera.xml;10000;3e67\0\0garbage")
    assert (location.scheme, location.file_name, location.address, location.size) == (
        "local",
        "arv-fake-camera.xml",
        0x10000,
        0x3E67,
    )
    assert not location.zipped
    assert genicam_xml.parse_url("local:///cam.ZIP;f0000000;fb1f?SchemaVersion=1.1.0").zipped


@pytest.mark.parametrize(
    "url", ["", "no scheme here", "Local:a.xml;zz;10", "Local:a.xml;10", "Local:a.xml;0;0", "Local:a.xml;0;7fffffff"]
)
def test_unusable_urls_say_why(url):
    with pytest.raises(genicam_xml.XmlError):
        genicam_xml.parse_url(url)


def test_file_and_web_urls():
    assert genicam_xml.parse_url("file:///opt/cam%20xml/a.xml").file_name == "/opt/cam xml/a.xml"
    assert genicam_xml.parse_url("http://vendor.example/x/cam.zip").scheme == "http"


def test_unpack_plain_padded_and_zipped():
    assert genicam_xml.unpack(XML + b"\0\0\0") == XML
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("cam.xml", XML)
    assert genicam_xml.unpack(buffer.getvalue()) == XML  # recognised by its signature
    assert genicam_xml.unpack(buffer.getvalue(), zipped=True) == XML
    with pytest.raises(genicam_xml.XmlError, match="damaged"):
        genicam_xml.unpack(buffer.getvalue()[:30], zipped=True)
    with pytest.raises(genicam_xml.XmlError, match="not XML"):
        genicam_xml.unpack(b"\x01\x02\x03")


@pytest.mark.parametrize(
    ("value", "expected"), [(10.0, 10.0), (0.0, BUDGET_RANGE[0]), (1e9, BUDGET_RANGE[1]), (float("nan"), 10.0)]
)
def test_budget_is_kept_within_its_range(value, expected):
    assert snapshot_budget(CameraSettings(snapshot_budget_s=value)) == expected


def test_budget_setting_loads_from_the_settings_file():
    assert settings_from_dict({"cameras": {"snapshot_budget_s": 3}}).cameras.snapshot_budget_s == 3.0
    assert settings_from_dict({"cameras": {"snapshot_budget_s": "fast"}}).cameras.snapshot_budget_s == 10.0


def test_each_camera_goes_to_the_transport_that_found_it():
    gentl = CameraRecord(serial="0", producer="/x/viky.cti", transport=Transport.USB3_VISION)
    gige = CameraRecord(serial="G", transport=Transport.GIGE_VISION, network=NetworkLocation(ip="10.0.0.2"))
    sdk = CameraRecord(serial="7", transport=Transport.PIXELINK_USB2, probes=("pixelink-sdk",))
    u3v = CameraRecord(serial="U", transport=Transport.USB3_VISION, usb=UsbLocation(bus=1, address=3))
    manual = CameraRecord(serial="M", transport=Transport.MANUAL)
    assert [transport_of(r) for r in (gentl, gige, sdk, u3v, manual)] == [
        "gentl",
        "gigevision",
        "pixelink-sdk",
        "usb3vision",
        "",
    ]
    [snapshot] = take_snapshots([manual])
    assert snapshot.serial == "M"
    assert snapshot.features == ()
    assert snapshot.problems == (notice(Code.SNAPSHOT_UNSUPPORTED),)
