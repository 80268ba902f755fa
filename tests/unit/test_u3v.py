from hypothesis import given
from hypothesis import strategies as st

from pixrma_desktop.cameras.usb3vision import device_info


@given(st.binary(max_size=300))
def test_string_descriptor_decoding_never_fails(buf):
    decoded = device_info.decode_string_descriptor(buf)
    if decoded.text is not None:
        assert decoded.text.isprintable()
        assert decoded.text == decoded.text.strip()


@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0xD7FF), max_size=100))
def test_well_formed_string_descriptors_decode_unchanged(text):
    body = text.encode("utf-16-le")
    decoded = device_info.decode_string_descriptor(bytes([2 + len(body), 3]) + body)
    if text.isprintable():
        assert decoded.text == (text or None)
        assert decoded.problems == ()


@given(
    st.lists(st.sampled_from(device_info._SPEED_SUPPORT_BITS), unique=True),
    st.lists(st.integers(0, 255), min_size=8, max_size=8),
)
def test_device_info_round_trips(speeds, indices):
    speeds = tuple(s for s in device_info._SPEED_SUPPORT_BITS if s in speeds)
    info = device_info.parse_device_info(device_info.build_device_info(tuple(indices), speeds, gencp_version=(1, 3)))
    assert info is not None
    assert info.supported_speeds == speeds
    assert info.gencp_version == (1, 3)
    assert info.serial_index == indices[6]


def test_slow_link_needs_a_usb3_capable_camera_on_a_usb2_speed():
    assert device_info.is_slow_link("high", ("high", "super"))
    assert not device_info.is_slow_link("super", ("high", "super"))
    assert not device_info.is_slow_link("high", ("full", "high"))
    assert not device_info.is_slow_link(None, ("super",))
    assert device_info.is_slow_link("full", ("super",))


def test_supported_speeds_from_the_usb_version():
    assert device_info.supported_speeds_from_bcd(0x0320) == ("high", "super")
    assert device_info.supported_speeds_from_bcd(0x0310) == ("high", "super")
    assert device_info.supported_speeds_from_bcd(0x0200) == ("full", "high")


@given(st.lists(st.sampled_from(("low", "full", "high", "super", "super-plus")), unique=True))
def test_bos_round_trips_usb3_speeds(speeds):
    declared = device_info.speeds_from_bos(device_info.build_bos(tuple(speeds)))
    if "super" in speeds or "super-plus" in speeds:
        assert set(declared) == set(speeds)
    else:
        assert declared == ()


@given(st.binary(max_size=64))
def test_bos_parser_survives_garbage(data):
    assert set(device_info.speeds_from_bos(data)) <= {"low", "full", "high", "super", "super-plus"}
