from pixrma_desktop.cameras.last_scan import last_scan_time, load_last_scan, save_last_scan
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, UsbLocation
from pixrma_desktop.cameras.scan_result import ScanResult


def test_last_scan_round_trip(tmp_path):
    camera = CameraRecord(vendor="Pixelink", serial="42", usb=UsbLocation(bus=1, port_path="2"))
    result = ScanResult(
        cameras=(camera,), warnings=(ScanWarning("usb3vision", "busy", "close Capture"),), started_at=1700000000.0
    )
    save_last_scan(tmp_path, result, [{"code": "usb2-link"}])
    stored = load_last_scan(tmp_path)
    assert stored is not None
    assert stored.cameras == (camera,)
    assert stored.warnings[0]["hint"] == "close Capture"
    assert stored.findings == ({"code": "usb2-link"},)
    assert stored.started_at == 1700000000.0


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
