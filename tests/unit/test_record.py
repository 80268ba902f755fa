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

text = st.none() | st.text(max_size=40)


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
    warnings=st.lists(st.text(max_size=20), max_size=3),
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
