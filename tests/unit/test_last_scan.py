import json

from pixrma_desktop.cameras.last_scan import last_scan_time, load_last_scan, save_last_scan
from pixrma_desktop.cameras.probe import ScanWarning, scan_warning_from_dict
from pixrma_desktop.cameras.record import CameraRecord, UsbLocation
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import legacy, notice


def test_last_scan_round_trip(tmp_path):
    camera = CameraRecord(
        vendor="Pixelink",
        serial="42",
        usb=UsbLocation(bus=1, port_path="2"),
        warnings=(notice(Code.USB_SLOW_LINK, speed="high", mbits=480), notice(Code.USB_CAMERA_IN_USE)),
    )
    busy = ScanWarning("usb3vision", notice(Code.USB_IN_USE, device="1-2 (1996:0755)"))
    result = ScanResult(cameras=(camera,), warnings=(busy,), started_at=1700000000.0)
    save_last_scan(tmp_path, result, [{"code": "usb2-link"}])
    stored = load_last_scan(tmp_path)
    assert stored is not None
    assert stored.cameras == (camera,)
    assert stored.warnings[0]["code"] == "usb-in-use"
    assert stored.warnings[0]["hint"].startswith("Close the program that uses the camera")
    assert scan_warning_from_dict(stored.warnings[0]) == busy
    assert stored.findings == ({"code": "usb2-link"},)
    assert stored.started_at == 1700000000.0


def test_a_last_scan_saved_before_codes_existed_still_loads(tmp_path):
    """Warnings were English text then: they load as legacy-text and keep their words."""
    old = {
        "schema_version": 1,
        "cameras": [
            {"vendor": "Pixelink", "serial": "42", "in_use": True, "warnings": ["In use by another program."]},
        ],
        "warnings": [{"probe": "usb3vision", "message": "No permission to open it.", "hint": "Install the rule."}],
        "findings": [],
        "started_at": 1700000000.0,
    }
    (tmp_path / "last-scan.json").write_text(json.dumps(old))
    stored = load_last_scan(tmp_path)
    assert stored is not None
    assert stored.cameras[0].warnings == (legacy("In use by another program."),)
    assert str(stored.cameras[0].warnings[0]) == "In use by another program."
    warning = scan_warning_from_dict(stored.warnings[0])
    assert warning.code is Code.LEGACY_TEXT
    assert (warning.message, warning.hint) == ("No permission to open it.", "Install the rule.")


def test_missing_or_damaged_last_scan_is_none(tmp_path):
    assert load_last_scan(tmp_path) is None
    (tmp_path / "last-scan.json").write_text("[1, 2")
    assert load_last_scan(tmp_path) is None


def test_last_scan_time_without_reading_the_cameras(tmp_path):
    assert last_scan_time(tmp_path) is None
    save_last_scan(tmp_path, ScanResult(cameras=(CameraRecord(serial="1"),), started_at=1700000123.5))
    assert last_scan_time(tmp_path) == 1700000123.5
    (tmp_path / "last-scan.json").write_text('{"started_at": "yesterday"}')
    assert last_scan_time(tmp_path) is None
    (tmp_path / "last-scan.json").write_text("[1, 2]")
    assert last_scan_time(tmp_path) is None
