"""The USB probe against simulated cameras behind pyusb's backend interface (tests/fakes/usb_world.py)."""

import pytest

from pixrma_desktop.cameras.probe import ProbeContext, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.cameras.scanner import scan
from pixrma_desktop.cameras.usb3vision import device_info
from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from tests.fakes import usb_world
from tests.fakes.usb_world import FakeUsbBackend, FakeUsbCamera


def run_probe(*cameras, others=0, **probe_options):
    backend = FakeUsbBackend(list(cameras), others=others)
    items = list(Usb3VisionProbe(backend, **probe_options).scan(ProbeContext()))
    records = [i for i in items if isinstance(i, CameraRecord)]
    warnings = [i for i in items if isinstance(i, ScanWarning)]
    return records, warnings


def assert_left_alone(*cameras):
    """Every interface released and every handle closed: another program can use the camera at once."""
    for camera in cameras:
        assert camera.claimed == set()
        assert camera.open_handles == 0


def test_several_cameras_are_read_from_registers_and_descriptors():
    cameras = usb_world.pixelink_cameras(3)
    records, warnings = run_probe(*cameras, others=2)
    assert warnings == []
    assert [r.serial for r in records] == ["PX0007000", "PX0007001", "PX0007002"]
    first = records[0]
    assert (first.vendor, first.model, first.family, first.device_version) == ("PixeLINK", "PL-D755MU", "PL-D", "2.3.1")
    assert first.manufacturer_info == "Pixelink, Ottawa"
    assert first.transport is Transport.USB3_VISION
    assert first.usb.vendor_id == 0x1996
    assert first.usb.product_id == 0x0D75
    assert (first.usb.bus, first.usb.port_path, first.usb.speed) == (2, "1", "super")
    assert "super" in first.usb.supported_speeds
    assert first.warnings == ()
    assert all(c.commands == len(u3v_registers()) for c in cameras)
    assert_left_alone(*cameras)


def u3v_registers():
    from pixrma_desktop.cameras.usb3vision.gencp import ABRM_STRINGS

    return ABRM_STRINGS


def test_registers_win_over_descriptor_strings():
    camera = FakeUsbCamera(serial="REG123", descriptor_strings={2: "D7XX", 3: "desc-serial"})
    records, _ = run_probe(camera)
    assert records[0].serial == "REG123"
    assert records[0].model == "PL-D755MU"


def test_usb3_camera_on_usb2_link_is_flagged():
    fast, slow = FakeUsbCamera(serial="A", ports=(1,)), FakeUsbCamera(serial="B", ports=(2,), speed="high")
    records, _ = run_probe(fast, slow)
    by_serial = {r.serial: r for r in records}
    assert by_serial["A"].warnings == ()
    (warning,) = by_serial["B"].warnings
    assert warning == notice(Code.USB_SLOW_LINK, speed="high", mbits=480)
    assert str(warning).startswith("USB 3 camera on a USB 2 link (high speed, 480 Mbit/s)")
    assert "USB 3 port" in str(warning)


def test_usb2_only_camera_on_usb2_link_is_not_flagged():
    camera = FakeUsbCamera(speed="high", supported=("full", "high"), bcd_usb=0x0200)
    records, _ = run_probe(camera)
    assert records[0].warnings == ()


def test_bus_and_port_path_follow_the_hub_chain():
    records, _ = run_probe(FakeUsbCamera(bus=3, ports=(2, 4, 1)))
    assert (records[0].usb.bus, records[0].usb.port_path) == (3, "2.4.1")


def test_permission_denied_lists_the_camera_and_says_how_to_fix_it():
    camera = FakeUsbCamera(serial="HIDDEN", deny_open=True, ports=(4,))
    records, warnings = run_probe(camera)
    (record,) = records
    assert record.serial is None
    assert record.vendor == "Pixelink"  # from the vendor id: the user still sees which camera it is
    assert record.usb.port_path == "4"
    assert record.warnings == (notice(Code.USB_SERIAL_UNREADABLE),)
    (warning,) = warnings
    assert warning.notice == notice(Code.USB_NO_PERMISSION, device="2-4 (1996:0d75)")
    assert "No permission to open the USB camera 2-4 (1996:0d75)" in warning.message
    assert "udev" in warning.hint
    assert camera.commands == 0


def test_busy_camera_is_listed_in_use_and_left_alone():
    camera = FakeUsbCamera(serial="STREAMING", busy=True)
    records, warnings = run_probe(camera)
    (record,) = records
    assert record.in_use
    assert record.serial == "STREAMING"  # the string descriptors still tell the serial
    assert camera.commands == 0
    assert record.warnings == (notice(Code.USB_CAMERA_IN_USE),)
    assert warnings[0].code is Code.USB_IN_USE
    assert any("in use by another program" in w.message for w in warnings)
    assert "Close the program" in warnings[0].hint
    assert_left_alone(camera)


@pytest.mark.parametrize(
    ("behaviour", "code", "detail"),
    [
        (usb_world.WRONG_PREFIX, Code.USB_IDENTITY_FAILED, "is not U3VC"),
        (usb_world.SHORT_ACK, Code.USB_IDENTITY_FAILED, "payload bytes"),
        (usb_world.WRONG_REQUEST_ID, Code.USB_IDENTITY_FAILED, "expected"),
        (usb_world.PENDING_FOREVER, Code.USB_IDENTITY_TIMEOUT, "did not answer the identity request in time"),
        (usb_world.SILENT, Code.USB_IDENTITY_TIMEOUT, "did not answer the identity request in time"),
    ],
)
def test_camera_that_answers_badly_gives_a_warning_and_descriptor_identity(behaviour, code, detail):
    bad = FakeUsbCamera(serial="BAD1", behaviour=behaviour, ports=(1,))
    good = FakeUsbCamera(serial="GOOD1", ports=(2,))
    records, warnings = run_probe(bad, good)
    assert [r.serial for r in records] == ["BAD1", "GOOD1"]
    assert records[0].model == "PL-D755MU"  # from the string descriptors
    assert records[0].warnings == (notice(Code.IDENTITY_REGISTERS_UNREAD),)
    (warning,) = warnings
    assert warning.code is code
    assert detail in warning.message
    assert bad.commands == 1  # gives up on the first bad answer instead of repeating it per register
    assert_left_alone(bad, good)


def test_pending_ack_forever_is_bounded():
    camera = FakeUsbCamera(behaviour=usb_world.PENDING_FOREVER)
    run_probe(camera)
    # The fake asks for 1000 ms more each time; 3000 ms in all are granted: the first ack and three more reads.
    assert camera.reads == 4


def test_one_pending_ack_then_the_answer_is_fine():
    camera = FakeUsbCamera(serial="PATIENT", behaviour=usb_world.PENDING_ONCE)
    records, warnings = run_probe(camera)
    assert warnings == []
    assert records[0].serial == "PATIENT"
    assert records[0].warnings == ()


def test_error_status_on_every_register_is_reported_with_its_name():
    camera = FakeUsbCamera(serial="LOCKED", behaviour=usb_world.ERROR_STATUS, status=0x8006)
    records, warnings = run_probe(camera)
    assert records[0].serial == "LOCKED"
    (warning,) = warnings
    assert warning.code is Code.USB_REGISTERS_REFUSED
    assert "refused some identity registers" in warning.message
    assert "DeviceSerialNumber: access denied" in warning.message


def test_one_refused_register_does_not_stop_the_others():
    from pixrma_desktop.cameras.usb3vision.gencp import ABRM_FAMILY, ABRM_USER_NAME

    camera = FakeUsbCamera(user_name="Line 3", refused_addresses={ABRM_FAMILY: 0x8001}, descriptor_strings={5: ""})
    records, warnings = run_probe(camera)
    assert records[0].family is None
    assert records[0].user_name == "Line 3"
    assert "DeviceFamilyName: not implemented" in warnings[0].message
    assert ABRM_USER_NAME not in camera.refused_addresses


def test_damaged_register_strings_are_cleaned_and_reported():
    from pixrma_desktop.cameras.usb3vision.gencp import ABRM_MODEL, ABRM_SERIAL, ABRM_USER_NAME

    camera = FakeUsbCamera(
        raw_registers={
            ABRM_SERIAL: b"SN\x1b[2J42" + b"\x00" * 56,
            ABRM_MODEL: b"M" * 64,  # unterminated
            ABRM_USER_NAME: b"caf\xe9\x00" + bytes(59),  # Latin-1, not UTF-8
        },
        descriptor_strings={2: "", 3: "", 8: ""},  # nothing clean to fall back on
    )
    records, warnings = run_probe(camera)
    record = records[0]
    assert record.serial == "SN[2J42"
    assert record.model == "M" * 64
    assert record.user_name == "caf\ufffd"
    assert {w.code for w in warnings} == {Code.USB_TEXT_DAMAGED}
    text = " | ".join(w.message for w in warnings)
    assert "DeviceSerialNumber" in text
    assert "control characters removed" in text
    assert "DeviceModelName" in text
    assert "not NUL-terminated" in text
    assert "DeviceUserID" in text
    assert "not valid UTF-8" in text


def test_damaged_register_does_not_replace_a_clean_descriptor_string():
    from pixrma_desktop.cameras.usb3vision.gencp import ABRM_MODEL

    camera = FakeUsbCamera(model="PL-X1", raw_registers={ABRM_MODEL: b"\xff\xff\x01" + bytes(61)})
    records, warnings = run_probe(camera)
    assert records[0].model == "PL-X1"
    (warning,) = warnings
    assert warning.params["shown"] == "PL-X1"
    assert warning.message.endswith("(not valid UTF-8, control characters removed); shown as “PL-X1”.")


def test_control_characters_in_descriptor_strings_are_removed_with_a_warning():
    camera = FakeUsbCamera(descriptor_strings={7: "Made\x00 in\x07 Ottawa"}, manufacturer_info="")
    records, warnings = run_probe(camera, read_registers=False)
    assert records[0].manufacturer_info == "Made in Ottawa"
    (warning,) = warnings
    assert warning.params["field"] == "DeviceManufacturerInfo"
    assert "control characters removed" in warning.message


def test_broken_utf16_descriptor_strings_are_replaced_not_fatal():
    lone_surrogate = "PL".encode("utf-16-le") + b"\x00\xd8" + "X".encode("utf-16-le")
    camera = FakeUsbCamera(descriptor_strings={2: lone_surrogate, 3: b"S\x001\x00\x32"}, model="", serial="")
    records, warnings = run_probe(camera, read_registers=False)
    assert records[0].model == "PL\ufffdX"
    assert records[0].serial == "S1"
    text = " | ".join(w.message for w in warnings)
    assert "DeviceModelName" in text
    assert "not valid UTF-16" in text
    assert "odd length" in text


def test_pixelink_without_usb3_vision_interface_is_listed_as_pixelink_usb2():
    camera = FakeUsbCamera(usb3vision=False, product_id=0x3010, bcd_usb=0x0200, speed="high", serial="OLD1")
    records, warnings = run_probe(camera)
    assert warnings == []
    assert records[0].transport is Transport.PIXELINK_USB2
    assert records[0].serial == "OLD1"
    assert camera.commands == 0  # no GenCP on a device without the control interface


def test_other_vendors_usb3_vision_camera_is_found_by_class_codes():
    camera = FakeUsbCamera(vendor="Acme Vision", vendor_id=0x2BDF, product_id=1, serial="AC1")
    records, _ = run_probe(camera, others=3)
    assert [(r.vendor, r.serial) for r in records] == [("Acme Vision", "AC1")]


def test_non_camera_devices_are_ignored():
    records, warnings = run_probe(others=4)
    assert (records, warnings) == ([], [])


def test_missing_libusb_is_a_warning():
    probe = Usb3VisionProbe(backend_factory=lambda: None, precheck=lambda: None)
    (warning,) = list(probe.scan(ProbeContext()))
    assert "libusb" in warning.message


def test_whole_hostile_world_scans_without_hanging_or_crashing():
    cameras = [
        *usb_world.pixelink_cameras(2),
        FakeUsbCamera(serial="USB2", speed="high", ports=(5,)),
        FakeUsbCamera(serial="DENIED", deny_open=True, ports=(6,)),
        FakeUsbCamera(serial="BUSY", busy=True, ports=(7,)),
        *[FakeUsbCamera(serial=f"H{i}", behaviour=b, ports=(10 + i,)) for i, b in enumerate(usb_world.BEHAVIOURS)],
    ]
    result = scan([Usb3VisionProbe(FakeUsbBackend(cameras, others=1))], timeout=30)
    assert result.probes[0].state.value == "ok"
    assert len(result.cameras) == len(cameras)
    assert_left_alone(*cameras)


def test_probe_stops_at_the_scan_deadline():
    import time

    cameras = usb_world.pixelink_cameras(3)
    ctx = ProbeContext(deadline=time.monotonic() - 1)
    assert list(Usb3VisionProbe(FakeUsbBackend(cameras)).scan(ctx)) == []


def test_speed_support_comes_from_the_device_info_descriptor():
    info = device_info.parse_device_info(device_info.build_device_info((1, 2, 3, 4, 5, 6, 7, 8), ("high", "super")))
    assert info is not None
    assert info.supported_speeds == ("high", "super")
    assert info.string_indices()["serial"] == 7


def test_device_info_parser_survives_garbage():
    assert device_info.parse_device_info(b"") is None
    assert device_info.parse_device_info(b"\x00\x24\x01") is None  # zero length would loop forever
    assert device_info.parse_device_info(b"\x05\x24\x01\x00\x00") is None  # too short for the descriptor
    other = bytes([4, 0x30, 0, 0])
    info = device_info.build_device_info((0,) * 8, ("super",))
    assert device_info.parse_device_info(other + info).supported_speeds == ("super",)


def fake_sysfs(root, devices):
    for name, values in devices.items():
        folder = root / name
        folder.mkdir(parents=True)
        for key, value in values.items():
            (folder / key).write_text(f"{value}\n")
    return root


def test_sysfs_precheck_finds_pixelink_and_usb3_vision_devices(tmp_path, monkeypatch):
    from pixrma_desktop.cameras.usb3vision import probe as usb3vision

    monkeypatch.setattr(usb3vision.sys, "platform", "linux")
    keyboard = {"1-3": {"idVendor": "046d"}, "1-3:1.0": {"bInterfaceClass": "03", "bInterfaceSubClass": "01"}}
    root = fake_sysfs(tmp_path / "a" / "bus" / "usb" / "devices", keyboard)
    assert usb3vision.sysfs_may_have_cameras(root) is False
    root = fake_sysfs(tmp_path / "b" / "bus" / "usb" / "devices", {**keyboard, "2-1": {"idVendor": "1996"}})
    assert usb3vision.sysfs_may_have_cameras(root) is True
    u3v_camera = {"2-4": {"idVendor": "2bdf"}, "2-4:1.0": {"bInterfaceClass": "ef", "bInterfaceSubClass": "05"}}
    root = fake_sysfs(tmp_path / "c" / "bus" / "usb" / "devices", u3v_camera)
    assert usb3vision.sysfs_may_have_cameras(root) is True
    (tmp_path / "d" / "bus").mkdir(parents=True)
    assert usb3vision.sysfs_may_have_cameras(tmp_path / "d" / "bus" / "usb" / "devices") is False
    monkeypatch.setattr(usb3vision.sys, "platform", "win32")
    assert usb3vision.sysfs_may_have_cameras(root) is None


def test_no_candidate_in_sysfs_means_libusb_is_not_loaded():
    loaded = []
    probe = Usb3VisionProbe(backend_factory=lambda: loaded.append("libusb"), precheck=lambda: False)
    assert list(probe.scan(ProbeContext())) == []
    assert loaded == []
    probe = Usb3VisionProbe(backend_factory=lambda: loaded.append("libusb"), precheck=lambda: None)
    list(probe.scan(ProbeContext()))
    assert loaded == ["libusb"]


def test_camera_whose_driver_libusb_cannot_use_is_listed_with_a_hint():
    camera = FakeUsbCamera(no_driver=True)
    records, warnings = run_probe(camera)
    assert records[0].usb.vendor_id == 0x1996
    assert records[0].vendor == "Pixelink"
    (warning,) = warnings
    assert warning.code is Code.USB_DRIVER_LOCKED
    assert "Could not read the descriptors" in warning.message
    assert "driver" in warning.hint
    assert camera.commands == 0


def test_usb3_pixelink_without_u3v_interface_on_usb2_link_is_flagged_from_its_bos():
    """On a USB 2 port a USB 3 device says "USB 2.1"; its BOS descriptor still declares SuperSpeed."""
    camera = FakeUsbCamera(usb3vision=False, speed="high", supported=("full", "high", "super"), serial="BOS1")
    records, _ = run_probe(camera)
    assert records[0].usb.supported_speeds == ("full", "high", "super")
    assert records[0].warnings[0].code is Code.USB_SLOW_LINK


def test_usb2_device_without_bos_is_not_flagged():
    camera = FakeUsbCamera(usb3vision=False, speed="high", supported=("full", "high"), bcd_usb=0x0200)
    records, warnings = run_probe(camera)
    assert records[0].usb.supported_speeds == ("full", "high")
    assert records[0].warnings == ()
    assert warnings == []
