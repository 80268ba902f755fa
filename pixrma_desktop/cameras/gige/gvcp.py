"""GVCP, the GigE Vision control protocol: building commands and parsing acknowledgements (no I/O).

Everything is big-endian on UDP port 3956. A command is ``42 <flags> <command u16> <length u16> <request id u16>``
followed by its payload; an acknowledgement is ``<status u16> <ack u16> <length u16> <ack id u16>`` followed by
its payload. The parsers accept any bytes and either return a value or raise ``GvcpError`` (a ``ValueError``),
nothing else, so a camera (or anything else on the network) sending garbage cannot crash a scan.
"""

from __future__ import annotations

import ipaddress
import struct
from dataclasses import dataclass

GVCP_PORT = 3956
KEY = 0x42

FLAG_ACK_REQUIRED = 0x01
FLAG_BROADCAST_ACK = 0x10
"""DISCOVERY only: the device may broadcast its ack when the host is not on its subnet."""

DISCOVERY_CMD = 0x0002
DISCOVERY_ACK = 0x0003
READREG_CMD = 0x0080
READREG_ACK = 0x0081
READMEM_CMD = 0x0084
READMEM_ACK = 0x0085

STATUS_SUCCESS = 0x0000
STATUS_NAMES = {
    0x8001: "not implemented",
    0x8002: "invalid parameter",
    0x8003: "invalid address",
    0x8004: "write protect",
    0x8005: "bad alignment",
    0x8006: "access denied",
    0x8007: "busy",
    0x800B: "message timeout",
    0x800E: "invalid header",
    0x800F: "wrong configuration",
    0x8FFF: "error",
}

CCP_REGISTER = 0x0A00
"""Control channel privilege: non-zero while an application controls the camera."""

HEADER_SIZE = 8
DISCOVERY_ACK_SIZE = 248
MAX_REGISTERS = 135
"""Registers one READREG may ask for (540-byte payload, as the standard limits it)."""
MAX_READMEM = 536
"""Bytes one READMEM may ask for (a multiple of 4)."""
FIRST_URL_REGISTER = 0x0200
SECOND_URL_REGISTER = 0x0400
URL_REGISTER_SIZE = 512


class GvcpError(ValueError):
    """The bytes are not the GVCP acknowledgement that was expected; the message says why."""


@dataclass(frozen=True)
class AckHeader:
    status: int
    ack: int
    length: int
    ack_id: int

    @property
    def ok(self) -> bool:
        return self.status == STATUS_SUCCESS


@dataclass(frozen=True)
class DiscoveryAck:
    """A device's answer to DISCOVERY_CMD: its bootstrap registers 0x0000-0x00F7."""

    spec_version: tuple[int, int]
    device_mode: int
    mac: str | None
    """"aa:bb:cc:dd:ee:ff", or None when the device left it zero."""
    ip_config_supported: int
    ip_config_current: int
    ip: str | None
    subnet: str | None
    gateway: str | None
    manufacturer: str
    model: str
    device_version: str
    manufacturer_info: str
    serial: str
    user_name: str

    @property
    def ip_config(self) -> str | None:
        """How the device got its address: "persistent", "dhcp", "lla", joined by "+"; None when unknown."""
        return ip_config_name(self.ip_config_current)


def _command(flags: int, command: int, request_id: int, payload: bytes = b"") -> bytes:
    if not 1 <= request_id <= 0xFFFF:
        raise ValueError(f"GVCP request id must be 1..65535, not {request_id}")
    return struct.pack(">BBHHH", KEY, flags, command, len(payload), request_id) + payload


def discovery_cmd(request_id: int, *, allow_broadcast_ack: bool = True) -> bytes:
    flags = FLAG_ACK_REQUIRED | (FLAG_BROADCAST_ACK if allow_broadcast_ack else 0)
    return _command(flags, DISCOVERY_CMD, request_id)


def readreg_cmd(request_id: int, addresses: tuple[int, ...] | list[int]) -> bytes:
    if not 1 <= len(addresses) <= MAX_REGISTERS:
        raise ValueError(f"READREG reads 1..{MAX_REGISTERS} registers, not {len(addresses)}")
    if any(a % 4 or not 0 <= a <= 0xFFFFFFFF for a in addresses):
        raise ValueError("READREG addresses must be 32-bit and 4-byte aligned")
    return _command(FLAG_ACK_REQUIRED, READREG_CMD, request_id, struct.pack(f">{len(addresses)}I", *addresses))


def readmem_cmd(request_id: int, address: int, count: int) -> bytes:
    if not 4 <= count <= MAX_READMEM or count % 4:
        raise ValueError(f"READMEM reads 4..{MAX_READMEM} bytes, a multiple of 4, not {count}")
    if address % 4 or not 0 <= address <= 0xFFFFFFFF:
        raise ValueError("READMEM addresses must be 32-bit and 4-byte aligned")
    return _command(FLAG_ACK_REQUIRED, READMEM_CMD, request_id, struct.pack(">IHH", address, 0, count))


def status_text(status: int) -> str:
    return STATUS_NAMES.get(status, f"status 0x{status:04X}")


def parse_ack_header(data: bytes) -> AckHeader:
    """The header of any acknowledgement; checks that the payload it announces is there."""
    if len(data) < HEADER_SIZE:
        raise GvcpError(f"GVCP ack too short ({len(data)} bytes, header needs {HEADER_SIZE})")
    status, ack, length, ack_id = struct.unpack_from(">HHHH", data)
    if len(data) < HEADER_SIZE + length:
        raise GvcpError(f"GVCP ack truncated ({len(data) - HEADER_SIZE} of {length} payload bytes)")
    return AckHeader(status, ack, length, ack_id)


def _expect(data: bytes, ack: int, request_id: int | None) -> tuple[AckHeader, bytes]:
    header = parse_ack_header(data)
    if header.ack != ack:
        raise GvcpError(f"expected GVCP ack 0x{ack:04X}, got 0x{header.ack:04X}")
    if request_id is not None and header.ack_id != request_id:
        raise GvcpError(f"GVCP ack answers request {header.ack_id}, not {request_id}")
    if not header.ok:
        raise GvcpError(f"the device refused the command ({status_text(header.status)})")
    return header, data[HEADER_SIZE : HEADER_SIZE + header.length]


def decode_string(raw: bytes) -> str:
    """A fixed-size string register: up to the first NUL, UTF-8 (bad bytes replaced), control characters
    removed, surrounding blanks stripped."""
    text = raw.split(b"\0", 1)[0].decode("utf-8", errors="replace")
    return "".join(ch for ch in text if ch.isprintable()).strip()


def _ipv4(raw: bytes) -> str | None:
    return None if raw == b"\0\0\0\0" else str(ipaddress.IPv4Address(raw))


def _mac(raw: bytes) -> str | None:
    return None if not any(raw) else ":".join(f"{b:02x}" for b in raw)


def ip_config_name(bits: int) -> str | None:
    names = [name for bit, name in ((0x1, "persistent"), (0x2, "dhcp"), (0x4, "lla")) if bits & bit]
    return "+".join(names) or None


def parse_discovery_ack(data: bytes, request_id: int | None = None) -> DiscoveryAck:
    """A DISCOVERY_ACK; ``request_id`` (when given) must match. Bytes past the announced length are ignored."""
    header, payload = _expect(data, DISCOVERY_ACK, request_id)
    if header.length < DISCOVERY_ACK_SIZE:
        raise GvcpError(f"DISCOVERY_ACK payload is {header.length} bytes, needs {DISCOVERY_ACK_SIZE}")
    major, minor, mode = struct.unpack_from(">HHI", payload, 0)
    supported, current = struct.unpack_from(">II", payload, 16)
    return DiscoveryAck(
        spec_version=(major, minor),
        device_mode=mode,
        mac=_mac(payload[10:16]),
        ip_config_supported=supported,
        ip_config_current=current,
        ip=_ipv4(payload[36:40]),
        subnet=_ipv4(payload[52:56]),
        gateway=_ipv4(payload[68:72]),
        manufacturer=decode_string(payload[72:104]),
        model=decode_string(payload[104:136]),
        device_version=decode_string(payload[136:168]),
        manufacturer_info=decode_string(payload[168:216]),
        serial=decode_string(payload[216:232]),
        user_name=decode_string(payload[232:248]),
    )


def parse_readreg_ack(data: bytes, request_id: int | None = None, count: int = 1) -> tuple[int, ...]:
    """The register values of a READREG_ACK for ``count`` registers."""
    header, payload = _expect(data, READREG_ACK, request_id)
    if header.length < 4 * count:
        raise GvcpError(f"READREG_ACK carries {header.length // 4} registers, {count} were asked for")
    return struct.unpack_from(f">{count}I", payload)


class RefusedError(GvcpError):
    """The device answered with an error status (e.g. access denied while another program controls it)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"the device refused the command ({status_text(status)})")
        self.status = status


def parse_readmem_ack(data: bytes, request_id: int | None, address: int, count: int) -> bytes:
    """The ``count`` bytes a READMEM_ACK carries for ``address``; an error status raises ``RefusedError``."""
    header = parse_ack_header(data)
    if header.ack != READMEM_ACK:
        raise GvcpError(f"expected GVCP ack 0x{READMEM_ACK:04X}, got 0x{header.ack:04X}")
    if request_id is not None and header.ack_id != request_id:
        raise GvcpError(f"GVCP ack answers request {header.ack_id}, not {request_id}")
    if not header.ok:
        raise RefusedError(header.status)
    payload = data[HEADER_SIZE : HEADER_SIZE + header.length]
    if len(payload) < 4 + count:
        raise GvcpError(f"READMEM_ACK carries {max(0, len(payload) - 4)} bytes, {count} were asked for")
    (answered,) = struct.unpack_from(">I", payload)
    if answered != address:
        raise GvcpError(f"READMEM_ACK is for address 0x{answered:X}, not 0x{address:X}")
    return payload[4 : 4 + count]


def build_readmem_ack(request_id: int, address: int, data: bytes, status: int = STATUS_SUCCESS) -> bytes:
    payload = struct.pack(">I", address) + data if status == STATUS_SUCCESS else b""
    return struct.pack(">HHHH", status, READMEM_ACK, len(payload), request_id) + payload


def build_discovery_ack(
    request_id: int,
    *,
    manufacturer: bytes = b"",
    model: bytes = b"",
    device_version: bytes = b"",
    manufacturer_info: bytes = b"",
    serial: bytes = b"",
    user_name: bytes = b"",
    mac: bytes = bytes(6),
    ip: str = "0.0.0.0",  # noqa: S104 - an address field, not a bind address
    subnet: str = "0.0.0.0",  # noqa: S104
    gateway: str = "0.0.0.0",  # noqa: S104
    ip_config_supported: int = 0x7,
    ip_config_current: int = 0x6,
    spec_version: tuple[int, int] = (2, 0),
    status: int = STATUS_SUCCESS,
) -> bytes:
    """A DISCOVERY_ACK as a device sends it (for simulators and tests); strings are cut to their register."""
    payload = bytearray(DISCOVERY_ACK_SIZE)
    struct.pack_into(">HHI", payload, 0, *spec_version, 0)
    payload[10:16] = mac[:6].ljust(6, b"\0")
    struct.pack_into(">II", payload, 16, ip_config_supported, ip_config_current)
    for offset, address in ((36, ip), (52, subnet), (68, gateway)):
        payload[offset : offset + 4] = ipaddress.IPv4Address(address).packed
    for offset, size, text in (
        (72, 32, manufacturer),
        (104, 32, model),
        (136, 32, device_version),
        (168, 48, manufacturer_info),
        (216, 16, serial),
        (232, 16, user_name),
    ):
        payload[offset : offset + size] = text[:size].ljust(size, b"\0")
    return struct.pack(">HHHH", status, DISCOVERY_ACK, DISCOVERY_ACK_SIZE, request_id) + bytes(payload)


def build_readreg_ack(request_id: int, values: tuple[int, ...] | list[int], status: int = STATUS_SUCCESS) -> bytes:
    payload = struct.pack(f">{len(values)}I", *values)
    return struct.pack(">HHHH", status, READREG_ACK, len(payload), request_id) + payload


def parse_command(data: bytes) -> tuple[int, int, int, bytes]:
    """(flags, command, request id, payload) of a command, for simulators answering the host."""
    if len(data) < HEADER_SIZE:
        raise GvcpError(f"GVCP command too short ({len(data)} bytes)")
    key, flags, command, length, request_id = struct.unpack_from(">BBHHH", data)
    if key != KEY:
        raise GvcpError(f"not a GVCP command (key 0x{key:02X})")
    if len(data) < HEADER_SIZE + length:
        raise GvcpError("GVCP command truncated")
    return flags, command, request_id, data[HEADER_SIZE : HEADER_SIZE + length]
