"""GenCP as USB3 Vision speaks it on the control interface: building commands and reading acks. No I/O.

Everything is little-endian. A command is the prefix "U3VC", flags, command id, payload (SCD) length and request
id, then the payload; an ack is the prefix, status, ack id, payload length and request id, then the payload.
The bootstrap register map (ABRM) holds the camera's identity as 64-byte strings at fixed addresses.

The functions here never trust the device: a malformed ack raises ``MalformedAck``, an error status raises
``StatusError``, and strings are decoded whatever bytes they hold (see ``decode_string``).
"""

from __future__ import annotations

import struct
from typing import NamedTuple

from pixrma_desktop.cameras.device_text import DecodedString, decode_text

PREFIX = 0x43563355
"""b"U3VC" read as a little-endian u32."""
FLAG_ACK_REQUIRED = 0x4000
READMEM_CMD = 0x0800
READMEM_ACK = 0x0801
WRITEMEM_CMD = 0x0802
WRITEMEM_ACK = 0x0803
PENDING_ACK = 0x0805

HEADER = struct.Struct("<IHHHH")
"""prefix, flags|status, command|ack id, payload length, request id."""
READMEM_SCD = struct.Struct("<QHH")
"""address, reserved, byte count."""
PENDING_SCD = struct.Struct("<HH")
"""reserved, temporary timeout in ms."""

MAX_REQUEST_ID = 0xFFFF

STATUS_SUCCESS = 0x0000
STATUS_NAMES: dict[int, str] = {
    0x8001: "not implemented",
    0x8002: "invalid parameter",
    0x8003: "invalid address",
    0x8004: "write protected",
    0x8005: "bad alignment",
    0x8006: "access denied",
    0x8007: "busy",
    0x800B: "timeout",
    0x800E: "invalid header",
    0x800F: "wrong configuration",
    0x8FFF: "generic error",
}


def status_name(status: int) -> str:
    return STATUS_NAMES.get(status, f"status 0x{status:04X}")


# Bootstrap registers (ABRM): 64-byte strings.
ABRM_STRING_LENGTH = 64
ABRM_MANUFACTURER = 0x0004
ABRM_MODEL = 0x0044
ABRM_FAMILY = 0x0084
ABRM_DEVICE_VERSION = 0x00C4
ABRM_MANUFACTURER_INFO = 0x0104
ABRM_SERIAL = 0x0144
ABRM_USER_NAME = 0x0184

ABRM_STRINGS: dict[str, int] = {
    "vendor": ABRM_MANUFACTURER,
    "model": ABRM_MODEL,
    "family": ABRM_FAMILY,
    "device_version": ABRM_DEVICE_VERSION,
    "manufacturer_info": ABRM_MANUFACTURER_INFO,
    "serial": ABRM_SERIAL,
    "user_name": ABRM_USER_NAME,
}
"""``CameraRecord`` field name -> ABRM address, in the order a probe reads them."""


class GenCPError(Exception):
    """The device's answer cannot be used."""


class MalformedAck(GenCPError):
    """Not a GenCP ack: wrong prefix, too short, or the wrong answer to what was asked."""


class StatusError(GenCPError):
    def __init__(self, status: int) -> None:
        super().__init__(f"the camera answered {status_name(status)} (0x{status:04X})")
        self.status = status


class Ack(NamedTuple):
    status: int
    ack_id: int
    request_id: int
    payload: bytes

    @property
    def pending_timeout_ms(self) -> int | None:
        """For a PENDING_ACK: how many more milliseconds the device asks for; else None."""
        if self.ack_id != PENDING_ACK:
            return None
        if len(self.payload) < PENDING_SCD.size:
            raise MalformedAck(f"PENDING_ACK with {len(self.payload)} payload bytes, expected {PENDING_SCD.size}")
        return int(PENDING_SCD.unpack_from(self.payload)[1])


def build_command(command_id: int, request_id: int, payload: bytes = b"") -> bytes:
    if not 0 <= request_id <= MAX_REQUEST_ID:
        raise ValueError(f"request id {request_id} out of range")
    return HEADER.pack(PREFIX, FLAG_ACK_REQUIRED, command_id, len(payload), request_id) + payload


def build_readmem(request_id: int, address: int, length: int) -> bytes:
    if not 0 < length <= 0xFFFF:
        raise ValueError(f"READMEM length {length} out of range")
    return build_command(READMEM_CMD, request_id, READMEM_SCD.pack(address, 0, length))


def build_ack(status: int, ack_id: int, request_id: int, payload: bytes = b"") -> bytes:
    """The device side of the protocol (used by simulators and tests)."""
    return HEADER.pack(PREFIX, status, ack_id, len(payload), request_id) + payload


def parse_command(data: bytes) -> tuple[int, int, bytes]:
    """The device side: (command id, request id, payload) of a command."""
    if len(data) < HEADER.size:
        raise MalformedAck(f"command of {len(data)} bytes is shorter than a GenCP header")
    prefix, _flags, command_id, length, request_id = HEADER.unpack_from(data)
    if prefix != PREFIX or len(data) < HEADER.size + length:
        raise MalformedAck("not a GenCP command")
    return command_id, request_id, bytes(data[HEADER.size : HEADER.size + length])


def parse_ack(data: bytes) -> Ack:
    """Split an ack into its parts; raises ``MalformedAck`` when the bytes are not one."""
    if len(data) < HEADER.size:
        raise MalformedAck(f"ack of {len(data)} bytes is shorter than a GenCP header ({HEADER.size} bytes)")
    prefix, status, ack_id, length, request_id = HEADER.unpack_from(data)
    if prefix != PREFIX:
        raise MalformedAck(f"ack prefix 0x{prefix:08X} is not U3VC")
    payload = bytes(data[HEADER.size :])
    if len(payload) < length:
        raise MalformedAck(f"ack announces {length} payload bytes but carries {len(payload)}")
    return Ack(status, ack_id, request_id, payload[:length])


def readmem_data(ack: Ack, request_id: int, length: int) -> bytes:
    """The bytes a READMEM returned, after checking the ack answers this request completely."""
    if ack.request_id != request_id:
        raise MalformedAck(f"ack for request {ack.request_id}, expected {request_id}")
    if ack.status != STATUS_SUCCESS:
        raise StatusError(ack.status)
    if ack.ack_id != READMEM_ACK:
        raise MalformedAck(f"ack id 0x{ack.ack_id:04X} is not a READMEM ack")
    if len(ack.payload) != length:
        raise MalformedAck(f"READMEM returned {len(ack.payload)} bytes, expected {length}")
    return ack.payload


def decode_string(raw: bytes) -> DecodedString:
    """A bootstrap string: NUL-terminated UTF-8 (ASCII in practice) in a fixed-size field.

    Copes with what real and broken devices send: no terminator, bytes that are not UTF-8 (replaced by U+FFFD),
    control characters (dropped), padding with spaces.
    """
    problems: list[str] = []
    end = raw.find(b"\x00")
    if end < 0:
        end = len(raw)
        if raw:
            problems.append("not NUL-terminated")
    return decode_text(raw[:end], "utf-8", "UTF-8", problems)


def encode_string(text: str, size: int = ABRM_STRING_LENGTH) -> bytes:
    """The device side: a NUL-padded field (truncated to leave room for the terminator)."""
    data = text.encode("utf-8")[: size - 1]
    return data + b"\x00" * (size - len(data))
