import json

from hypothesis import given
from hypothesis import strategies as st

from pixrma_desktop.cameras.record import (
    CameraRecord,
    NetworkLocation,
    Transport,
    UsbLocation,
    record_from_dict,
    record_to_dict,
)
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import legacy, notice

text = st.none() | st.text(max_size=40)
params = st.dictionaries(st.sampled_from(["device", "error", "count"]), st.text(max_size=10) | st.integers(-5, 5))
coded = st.builds(lambda code, values: notice(code, **values), st.sampled_from(Code), params).filter(
    lambda n: n.code is not Code.LEGACY_TEXT
)
warning = coded | st.text(max_size=20).map(legacy)


@given(
    vendor=text,
    model=text,
    serial=text,
    firmware=text,
    transport=st.sampled_from(Transport),
    bus=st.none() | st.integers(0, 255),
    speed=st.none() | st.sampled_from(["high", "super"]),
    mtu=st.none() | st.integers(0, 65535),
    temperature=st.none() | st.floats(-50, 150),
    warnings=st.lists(warning, max_size=3),
)
def test_json_round_trip(vendor, model, serial, firmware, transport, bus, speed, mtu, temperature, warnings):
    record = CameraRecord(
        vendor=vendor,
        model=model,
        serial=serial,
        firmware_version=firmware,
        transport=transport,
        usb=UsbLocation(bus=bus, port_path="1.4", speed=speed, supported_speeds=("super",)),
        network=NetworkLocation(mac="00:11:22:33:44:55", nic_mtu=mtu),
        temperature_c=temperature,
        probes=("gentl",),
        warnings=tuple(warnings),
    )
    assert record_from_dict(json.loads(json.dumps(record_to_dict(record)))) == record


def test_warnings_are_written_as_text_and_as_codes():
    slow = notice(Code.USB_SLOW_LINK, speed="high", mbits=480)
    data = record_to_dict(CameraRecord(serial="1", warnings=(slow,)))
    assert data["warnings"] == [str(slow)]
    assert data["warning_codes"] == [
        {"code": "usb-slow-link", "params": {"mbits": 480, "speed": "high"}, "text": str(slow)}
    ]


def test_a_record_saved_before_codes_existed_keeps_its_warnings_as_text():
    old = {"serial": "42", "in_use": True, "warnings": ["In use by another program.", "Hot."]}
    record = record_from_dict(old)
    assert record.warnings == (legacy("In use by another program."), legacy("Hot."))
    assert [w.code for w in record.warnings] == [Code.LEGACY_TEXT] * 2
    assert record_to_dict(record)["warnings"] == ["In use by another program.", "Hot."]


def test_a_code_from_a_newer_version_keeps_its_text():
    newer = {
        "warnings": ["Lens fogged."],
        "warning_codes": [{"code": "lens-fogged", "params": {}, "text": "Lens fogged."}],
    }
    assert record_from_dict(newer).warnings == (legacy("Lens fogged."),)


def test_tolerant_reading():
    record = record_from_dict(
        {
            "serial": 1234,
            "transport": "carrier-pigeon",
            "usb": {"bus": "3", "vendor_id": 6550.0},
            "network": "garbage",
            "temperature_c": "hot",
            "probes": None,
            "future_field": [1, 2],
        }
    )
    assert record.serial == "1234"
    assert record.transport is Transport.UNKNOWN
    assert record.usb == UsbLocation(bus=3, vendor_id=6550)
    assert record.network is None
    assert record.temperature_c is None
    assert record.probes == ()


def test_display_name():
    record = CameraRecord(vendor="Pixelink", model="PL-D725", serial="123")
    assert record.display_name == "Pixelink PL-D725 (S/N 123)"
    assert CameraRecord().display_name == "Unknown camera"
