"""USB3 Vision facts a probe needs, as pure functions: class codes, the device-info descriptor, link speeds."""

from __future__ import annotations

import struct
from typing import NamedTuple

from pixrma_desktop.cameras.device_text import DecodedString, decode_text

PIXELINK_VENDOR_ID = 0x1996
VENDOR_NAMES: dict[int, str] = {PIXELINK_VENDOR_ID: "Pixelink"}
"""USB vendor ids whose cameras we recognise without a USB3 Vision interface."""

INTERFACE_CLASS = 0xEF
INTERFACE_SUBCLASS = 0x05
PROTOCOL_CONTROL = 0x00
PROTOCOL_EVENT = 0x01
PROTOCOL_STREAM = 0x02

DEVICE_INFO_TYPE = 0x24
DEVICE_INFO_SUBTYPE = 0x01
DEVICE_INFO = struct.Struct("<BBBII8BB")
"""bLength, bDescriptorType, bDescriptorSubtype, bGenCPVersion, bU3VVersion, eight string indices
(GUID, vendor, model, family, device version, manufacturer info, serial, user name), bmSpeedSupport."""

SPEED_NAMES: dict[int, str] = {1: "low", 2: "full", 3: "high", 4: "super", 5: "super-plus"}
"""libusb's speed codes (pyusb ``Device.speed``)."""
SPEED_MBITS: dict[str, int] = {"low": 1, "full": 12, "high": 480, "super": 5000, "super-plus": 10000}
USB3_SPEEDS = frozenset({"super", "super-plus"})

_SPEED_SUPPORT_BITS = ("low", "full", "high", "super", "super-plus")


class DeviceInfo(NamedTuple):
    """The U3V device-info descriptor: GenCP/U3V versions and the string descriptor index of each identity."""

    gencp_version: tuple[int, int]
    u3v_version: tuple[int, int]
    guid_index: int
    vendor_index: int
    model_index: int
    family_index: int
    device_version_index: int
    manufacturer_info_index: int
    serial_index: int
    user_name_index: int
    supported_speeds: tuple[str, ...]

    def string_indices(self) -> dict[str, int]:
        """``CameraRecord`` field name -> string descriptor index (0 = not provided)."""
        return {
            "vendor": self.vendor_index,
            "model": self.model_index,
            "family": self.family_index,
            "device_version": self.device_version_index,
            "manufacturer_info": self.manufacturer_info_index,
            "serial": self.serial_index,
            "user_name": self.user_name_index,
        }


def _version(raw: int) -> tuple[int, int]:
    return raw >> 16, raw & 0xFFFF


def speeds_from_bits(bits: int) -> tuple[str, ...]:
    return tuple(name for bit, name in enumerate(_SPEED_SUPPORT_BITS) if bits & (1 << bit))


def parse_device_info(extra: bytes) -> DeviceInfo | None:
    """Find and decode the device-info descriptor among the class-specific descriptors of an interface."""
    offset = 0
    while offset + 2 <= len(extra):
        length, kind = extra[offset], extra[offset + 1]
        if length < 2:
            return None  # a zero-length descriptor would loop forever; the rest is unreadable
        chunk = extra[offset : offset + length]
        if kind == DEVICE_INFO_TYPE and len(chunk) >= DEVICE_INFO.size and chunk[2] == DEVICE_INFO_SUBTYPE:
            _, _, _, gencp, u3v, guid, vendor, model, family, version, info, serial, user, speed_bits = (
                DEVICE_INFO.unpack_from(chunk)
            )
            return DeviceInfo(
                _version(gencp),
                _version(u3v),
                guid,
                vendor,
                model,
                family,
                version,
                info,
                serial,
                user,
                speeds_from_bits(speed_bits),
            )
        offset += length
    return None


def build_device_info(
    indices: tuple[int, int, int, int, int, int, int, int],
    supported_speeds: tuple[str, ...],
    *,
    gencp_version: tuple[int, int] = (1, 0),
    u3v_version: tuple[int, int] = (1, 0),
) -> bytes:
    """The descriptor bytes, as a device sends them (simulators and tests)."""
    bits = sum(1 << _SPEED_SUPPORT_BITS.index(s) for s in supported_speeds)
    return DEVICE_INFO.pack(
        DEVICE_INFO.size,
        DEVICE_INFO_TYPE,
        DEVICE_INFO_SUBTYPE,
        (gencp_version[0] << 16) | gencp_version[1],
        (u3v_version[0] << 16) | u3v_version[1],
        *indices,
        bits,
    )


def speed_name(code: int | None) -> str | None:
    return SPEED_NAMES.get(code) if code is not None else None


def supported_speeds_from_bcd(bcd_usb: int) -> tuple[str, ...]:
    """What the device descriptor's USB version says the device can do at best (a 3.1 or 3.2 version number does
    not promise more than 5 Gbit/s, so it says "super")."""
    if bcd_usb >= 0x0300:
        return ("high", "super")
    if bcd_usb >= 0x0200:
        return ("full", "high")
    return ("full",)


def is_slow_link(negotiated: str | None, supported: tuple[str, ...]) -> bool:
    """ "USB 3 camera on a USB 2 link": the most common cause of a frame-rate complaint that is not a fault."""
    return negotiated is not None and negotiated not in USB3_SPEEDS and bool(USB3_SPEEDS.intersection(supported))


STRING_DESCRIPTOR_TYPE = 3


def decode_string_descriptor(buf: bytes) -> DecodedString:
    """A USB string descriptor (bLength, bDescriptorType 3, UTF-16LE text), whatever the device put in it."""
    if len(buf) < 2 or buf[1] != STRING_DESCRIPTOR_TYPE:
        return DecodedString(None, ("not a string descriptor",))
    problems: list[str] = []
    body = buf[2 : min(buf[0], len(buf))]
    if len(body) % 2:
        problems.append("odd length")
        body = body[:-1]
    return decode_text(body, "utf-16-le", "UTF-16", problems)


BOS_DESCRIPTOR_TYPE = 0x0F
DEVICE_CAPABILITY_TYPE = 0x10
CAPABILITY_SUPERSPEED = 0x03
CAPABILITY_SUPERSPEED_PLUS = 0x0A
_SPEED_ORDER = ("low", "full", "high", "super", "super-plus")


def speeds_from_bos(bos: bytes) -> tuple[str, ...]:
    """Speeds a device declares in its BOS descriptor (SuperSpeed / SuperSpeedPlus device capabilities).

    This is how a USB 3 device that is plugged into a USB 2 port still tells it could go faster: on such a
    link its device descriptor says USB 2.1, but its BOS descriptor keeps the SuperSpeed capability.
    """
    if len(bos) < 5 or bos[1] != BOS_DESCRIPTOR_TYPE:
        return ()
    speeds: set[str] = set()
    offset = bos[0]
    end = min(len(bos), int.from_bytes(bos[2:4], "little"))
    while offset + 3 <= end:
        length, kind, capability = bos[offset], bos[offset + 1], bos[offset + 2]
        if length < 3:
            break
        if kind == DEVICE_CAPABILITY_TYPE and capability == CAPABILITY_SUPERSPEED and length >= 10:
            bits = int.from_bytes(bos[offset + 4 : offset + 6], "little")
            speeds.update(speeds_from_bits(bits & 0x0F))
        elif kind == DEVICE_CAPABILITY_TYPE and capability == CAPABILITY_SUPERSPEED_PLUS:
            speeds.add("super-plus")
        offset += length
    return tuple(s for s in _SPEED_ORDER if s in speeds)


def build_bos(speeds: tuple[str, ...]) -> bytes:
    """A BOS descriptor declaring ``speeds`` (simulators and tests)."""
    caps: list[bytes] = []
    if "super" in speeds or "super-plus" in speeds:
        bits = sum(1 << _SPEED_SUPPORT_BITS.index(s) for s in speeds if s != "super-plus")
        caps.append(
            bytes([10, DEVICE_CAPABILITY_TYPE, CAPABILITY_SUPERSPEED, 0]) + bits.to_bytes(2, "little") + bytes(4)
        )
    if "super-plus" in speeds:
        caps.append(bytes([12, DEVICE_CAPABILITY_TYPE, CAPABILITY_SUPERSPEED_PLUS]) + bytes(9))
    body = b"".join(caps)
    return bytes([5, BOS_DESCRIPTOR_TYPE]) + (5 + len(body)).to_bytes(2, "little") + bytes([len(caps)]) + body


def merge_speeds(*groups: tuple[str, ...]) -> tuple[str, ...]:
    wanted = {s for group in groups for s in group}
    return tuple(s for s in _SPEED_ORDER if s in wanted)
