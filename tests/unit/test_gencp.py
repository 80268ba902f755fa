import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pixrma_desktop.cameras.usb3vision import gencp

request_ids = st.integers(min_value=0, max_value=0xFFFF)
addresses = st.integers(min_value=0, max_value=2**64 - 1)
lengths = st.integers(min_value=1, max_value=0xFFFF)


def test_readmem_command_bytes_match_the_u3v_layout():
    command = gencp.build_readmem(0x0102, 0x144, 64)
    assert command == (
        b"U3VC"  # prefix 0x43563355, little-endian
        + bytes.fromhex("0040")  # flags: ack required
        + bytes.fromhex("0008")  # READMEM_CMD 0x0800
        + bytes.fromhex("0c00")  # payload length 12
        + bytes.fromhex("0201")  # request id
        + struct.pack("<Q", 0x144)
        + bytes(2)
        + bytes.fromhex("4000")
    )


@given(request_ids, addresses, lengths)
def test_readmem_round_trips_through_the_device_side(request_id, address, length):
    command_id, parsed_id, payload = gencp.parse_command(gencp.build_readmem(request_id, address, length))
    assert (command_id, parsed_id) == (gencp.READMEM_CMD, request_id)
    assert gencp.READMEM_SCD.unpack(payload) == (address, 0, length)


@given(request_ids, st.binary(max_size=300))
def test_successful_ack_returns_exactly_the_data(request_id, data):
    ack = gencp.parse_ack(gencp.build_ack(0, gencp.READMEM_ACK, request_id, data))
    if data:
        assert gencp.readmem_data(ack, request_id, len(data)) == data
    assert ack.pending_timeout_ms is None


@given(st.binary(max_size=64))
def test_parse_ack_accepts_or_rejects_any_bytes_without_other_errors(data):
    try:
        ack = gencp.parse_ack(data)
    except gencp.MalformedAck:
        return
    assert data[:4] == b"U3VC"
    assert len(ack.payload) <= len(data) - gencp.HEADER.size


@given(st.binary(min_size=4, max_size=4).filter(lambda p: p != b"U3VC"), request_ids)
def test_wrong_prefix_is_malformed(prefix, request_id):
    ack = gencp.build_ack(0, gencp.READMEM_ACK, request_id, b"abcd")
    with pytest.raises(gencp.MalformedAck, match="prefix"):
        gencp.parse_ack(prefix + ack[4:])


@given(request_ids, st.binary(min_size=1, max_size=64), st.data())
def test_truncated_ack_is_malformed(request_id, data, draw):
    ack = gencp.build_ack(0, gencp.READMEM_ACK, request_id, data)
    cut = draw.draw(st.integers(min_value=0, max_value=len(ack) - 1))
    with pytest.raises(gencp.MalformedAck):
        gencp.parse_ack(ack[:cut])


@given(request_ids, request_ids)
def test_ack_for_another_request_is_rejected(asked, answered):
    ack = gencp.parse_ack(gencp.build_ack(0, gencp.READMEM_ACK, answered, b"x" * 4))
    if asked == answered:
        assert gencp.readmem_data(ack, asked, 4) == b"xxxx"
    else:
        with pytest.raises(gencp.MalformedAck, match="request"):
            gencp.readmem_data(ack, asked, 4)


@given(st.integers(min_value=1, max_value=0xFFFF))
def test_error_status_is_reported_by_name(status):
    ack = gencp.parse_ack(gencp.build_ack(status, gencp.READMEM_ACK, 5))
    with pytest.raises(gencp.StatusError) as raised:
        gencp.readmem_data(ack, 5, 4)
    assert raised.value.status == status
    assert gencp.status_name(status) in str(raised.value)


def test_known_status_names():
    assert gencp.status_name(0x8006) == "access denied"
    assert gencp.status_name(0x8007) == "busy"
    assert gencp.status_name(0x1234) == "status 0x1234"


def test_short_readmem_data_is_malformed():
    ack = gencp.parse_ack(gencp.build_ack(0, gencp.READMEM_ACK, 1, b"ab"))
    with pytest.raises(gencp.MalformedAck, match="2 bytes"):
        gencp.readmem_data(ack, 1, 64)


@given(request_ids, st.integers(min_value=0, max_value=0xFFFF))
def test_pending_ack_carries_the_extra_time(request_id, timeout_ms):
    payload = gencp.PENDING_SCD.pack(0, timeout_ms)
    ack = gencp.parse_ack(gencp.build_ack(0, gencp.PENDING_ACK, request_id, payload))
    assert ack.pending_timeout_ms == timeout_ms


def test_pending_ack_without_its_payload_is_malformed():
    ack = gencp.parse_ack(gencp.build_ack(0, gencp.PENDING_ACK, 1, b"\x00"))
    with pytest.raises(gencp.MalformedAck):
        _ = ack.pending_timeout_ms


def test_request_id_out_of_range_is_refused():
    with pytest.raises(ValueError, match="request id"):
        gencp.build_readmem(0x10000, 0, 4)


@given(st.binary(max_size=128))
def test_decode_string_never_fails_and_returns_printable_text(raw):
    decoded = gencp.decode_string(raw)
    if decoded.text is not None:
        assert decoded.text == decoded.text.strip()
        assert decoded.text.isprintable()
        assert "  " not in decoded.text


@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=63))
def test_encoded_ascii_strings_decode_unchanged(text):
    decoded = gencp.decode_string(gencp.encode_string(text))
    assert decoded.text == (text or None)
    assert decoded.problems == ()


def test_unterminated_string_is_used_and_flagged():
    decoded = gencp.decode_string(b"A" * 64)
    assert decoded.text == "A" * 64
    assert decoded.problems == ("not NUL-terminated",)


def test_non_utf8_bytes_are_replaced_and_flagged():
    decoded = gencp.decode_string(b"PL-D\xff\xfe75\x00junk")
    assert decoded.text == "PL-D\ufffd\ufffd75"
    assert "not valid UTF-8" in decoded.problems


def test_control_characters_are_removed_and_flagged():
    decoded = gencp.decode_string(b"\x1b[31mSN\x07 1234\r\n\x00")
    assert decoded.text == "[31mSN 1234"
    assert "control characters removed" in decoded.problems


def test_empty_and_blank_fields_are_none():
    assert gencp.decode_string(bytes(64)).text is None
    assert gencp.decode_string(b"   \x00").text is None
