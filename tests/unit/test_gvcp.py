import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pixrma_desktop.cameras.gige import gvcp


def full_ack(rid=7, **fields):
    defaults = {
        "manufacturer": b"Pixelink",
        "model": b"PL-X9512",
        "device_version": b"2.1",
        "manufacturer_info": b"GigE",
        "serial": b"21234567",
        "user_name": b"left",
        "mac": bytes.fromhex("001c4f0a0b0c"),
        "ip": "192.168.1.20",
        "subnet": "255.255.255.0",
        "gateway": "192.168.1.1",
        "ip_config_current": 0x5,
    }
    return gvcp.build_discovery_ack(rid, **{**defaults, **fields})


def test_discovery_cmd_bytes():
    assert gvcp.discovery_cmd(0x1234) == bytes.fromhex("4211000200001234")
    assert gvcp.discovery_cmd(1, allow_broadcast_ack=False) == bytes.fromhex("4201000200000001")


def test_readreg_cmd_asks_for_ccp():
    assert gvcp.readreg_cmd(9, [gvcp.CCP_REGISTER]) == bytes.fromhex("420100800004000900000a00")


@pytest.mark.parametrize("bad", [0, 0x10000, -1])
def test_request_id_range(bad):
    with pytest.raises(ValueError, match="request id"):
        gvcp.discovery_cmd(bad)


def test_readreg_rejects_unaligned_address():
    with pytest.raises(ValueError, match="aligned"):
        gvcp.readreg_cmd(1, [0x0A01])


def test_discovery_ack_every_field():
    ack = gvcp.parse_discovery_ack(full_ack(), request_id=7)
    assert ack.manufacturer == "Pixelink"
    assert ack.model == "PL-X9512"
    assert ack.device_version == "2.1"
    assert ack.manufacturer_info == "GigE"
    assert ack.serial == "21234567"
    assert ack.user_name == "left"
    assert ack.mac == "00:1c:4f:0a:0b:0c"
    assert (ack.ip, ack.subnet, ack.gateway) == ("192.168.1.20", "255.255.255.0", "192.168.1.1")
    assert ack.ip_config == "persistent+lla"
    assert ack.spec_version == (2, 0)


def test_zero_fields_are_none():
    ack = gvcp.parse_discovery_ack(gvcp.build_discovery_ack(1, serial=b"X", ip_config_current=0))
    assert (ack.mac, ack.ip, ack.subnet, ack.gateway, ack.ip_config) == (None, None, None, None, None)


def test_strings_stop_at_nul_and_lose_control_characters():
    ack = gvcp.parse_discovery_ack(full_ack(model=b"PL\x07-X\x1b1\0garbage after nul", serial=b"\xff\xfe12 "))
    assert ack.model == "PL-X1"
    assert ack.serial == "\ufffd\ufffd12"


def test_full_length_strings_without_nul():
    ack = gvcp.parse_discovery_ack(full_ack(manufacturer=b"M" * 40, serial=b"S" * 16))
    assert ack.manufacturer == "M" * 32
    assert ack.serial == "S" * 16


def test_ip_config_names():
    assert gvcp.ip_config_name(0x2) == "dhcp"
    assert gvcp.ip_config_name(0x7) == "persistent+dhcp+lla"
    assert gvcp.ip_config_name(0) is None


def test_wrong_request_id():
    with pytest.raises(gvcp.GvcpError, match="answers request 7, not 8"):
        gvcp.parse_discovery_ack(full_ack(7), request_id=8)


def test_wrong_ack_id():
    with pytest.raises(gvcp.GvcpError, match="expected GVCP ack 0x0003, got 0x0081"):
        gvcp.parse_discovery_ack(gvcp.build_readreg_ack(7, [0]))


def test_truncated_ack():
    with pytest.raises(gvcp.GvcpError, match="truncated"):
        gvcp.parse_discovery_ack(full_ack()[:100])


def test_short_discovery_payload():
    packet = struct.pack(">HHHH", 0, gvcp.DISCOVERY_ACK, 4, 1) + b"\0" * 4
    with pytest.raises(gvcp.GvcpError, match="needs 248"):
        gvcp.parse_discovery_ack(packet)


def test_oversized_packet_ignores_trailing_bytes():
    assert gvcp.parse_discovery_ack(full_ack() + b"\xff" * 500).serial == "21234567"


def test_error_status():
    packet = gvcp.build_readreg_ack(3, [0], status=0x8006)
    with pytest.raises(gvcp.GvcpError, match="access denied"):
        gvcp.parse_readreg_ack(packet, 3)


def test_readreg_ack_values():
    assert gvcp.parse_readreg_ack(gvcp.build_readreg_ack(3, [2]), 3) == (2,)
    assert gvcp.parse_readreg_ack(gvcp.build_readreg_ack(3, [1, 2]), 3, count=2) == (1, 2)
    with pytest.raises(gvcp.GvcpError, match="carries 1 registers, 2"):
        gvcp.parse_readreg_ack(gvcp.build_readreg_ack(3, [1]), 3, count=2)


def test_command_round_trip():
    assert gvcp.parse_command(gvcp.readreg_cmd(5, [0xA00])) == (1, gvcp.READREG_CMD, 5, b"\0\0\x0a\0")
    with pytest.raises(gvcp.GvcpError, match="key"):
        gvcp.parse_command(b"\x43" + b"\0" * 7)


# --- fuzzing: whatever arrives, the parsers return or raise GvcpError, nothing else -------------------------


def parses_or_documented_error(parse, data):
    try:
        parse(data)
    except gvcp.GvcpError:
        return False
    return True


@given(st.binary(max_size=600))
def test_fuzz_random_bytes(data):
    parses_or_documented_error(gvcp.parse_discovery_ack, data)
    parses_or_documented_error(lambda d: gvcp.parse_readreg_ack(d, None, 3), data)
    parses_or_documented_error(gvcp.parse_ack_header, data)
    parses_or_documented_error(gvcp.parse_command, data)


@given(st.integers(min_value=0, max_value=len(full_ack()) - 1))
def test_fuzz_truncated(cut):
    assert not parses_or_documented_error(gvcp.parse_discovery_ack, full_ack()[:cut])


@given(st.binary(min_size=1, max_size=2000))
def test_fuzz_oversized(tail):
    assert gvcp.parse_discovery_ack(full_ack() + tail).serial == "21234567"


@given(st.integers(0, 0xFFFF).filter(lambda a: a != gvcp.DISCOVERY_ACK), st.integers(0, 0xFFFF))
def test_fuzz_wrong_ack_id(ack, status):
    packet = bytearray(full_ack())
    struct.pack_into(">HH", packet, 0, status, ack)
    assert not parses_or_documented_error(gvcp.parse_discovery_ack, bytes(packet))


@given(st.integers(1, 0xFFFF), st.integers(1, 0xFFFF))
def test_fuzz_request_id(sent, answered):
    ok = parses_or_documented_error(lambda d: gvcp.parse_discovery_ack(d, sent), full_ack(answered))
    assert ok == (sent == answered)


@given(
    st.binary(max_size=64),
    st.binary(max_size=64),
    st.binary(max_size=64),
    st.binary(min_size=6, max_size=6),
)
def test_fuzz_garbage_strings(model, serial, info, mac):
    ack = gvcp.parse_discovery_ack(full_ack(model=model, serial=serial, manufacturer_info=info, mac=mac))
    for text in (ack.model, ack.serial, ack.manufacturer_info):
        assert text == text.strip()
        assert all(ch.isprintable() for ch in text)
    assert len(ack.serial) <= 16
    assert ack.mac is None or len(ack.mac) == 17


@given(st.binary(min_size=256, max_size=256))
def test_fuzz_garbage_payload_with_valid_header(payload):
    packet = struct.pack(">HHHH", 0, gvcp.DISCOVERY_ACK, 248, 1) + payload[:248]
    ack = gvcp.parse_discovery_ack(packet, 1)
    assert ack.serial == ack.serial.strip()
