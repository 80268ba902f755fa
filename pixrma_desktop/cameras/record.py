"""`CameraRecord`: what the app knows about one camera, as plain data with a versioned JSON form.

The JSON form (``record_to_dict`` / ``record_from_dict``) is documented in the README. Fields a probe could not
learn are ``None``; lists are never ``None``. Reading is tolerant: unknown keys are ignored, so records written
by a newer version still load. Warnings are written twice: ``warnings`` holds their English text (as before
codes existed) and ``warning_codes`` the same warnings as ``{"code", "params", "text"}``; a record without
``warning_codes`` (saved by an older version) loads its text as ``legacy-text`` warnings.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pixrma_desktop.notices.notice import Notice, legacy, notice_from_dict, notice_to_dict

SCHEMA_VERSION = 1


class Transport(StrEnum):
    USB3_VISION = "usb3vision"
    GIGE_VISION = "gigevision"
    GENTL = "gentl"
    PIXELINK_USB2 = "pixelink-usb2"
    MANUAL = "manual"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class UsbLocation:
    bus: int | None = None
    port_path: str | None = None
    """Ports from the root hub, dot-separated, as Linux names them ("2-1.4" is bus 2, path "1.4")."""
    address: int | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    speed: str | None = None
    """Negotiated link speed: "low", "full", "high" (USB 2), "super", "super-plus" (USB 3)."""
    supported_speeds: tuple[str, ...] = ()


@dataclass(frozen=True)
class NetworkLocation:
    mac: str | None = None
    ip: str | None = None
    subnet: str | None = None
    gateway: str | None = None
    ip_config: str | None = None
    """How the camera got its address: "persistent", "dhcp", "lla" (link-local), joined by "+"."""
    nic: str | None = None
    nic_ip: str | None = None
    nic_netmask: str | None = None
    nic_mtu: int | None = None


@dataclass(frozen=True)
class CameraRecord:
    vendor: str | None = None
    model: str | None = None
    serial: str | None = None
    firmware_version: str | None = None
    fpga_version: str | None = None
    xml_version: str | None = None
    bootloader_version: str | None = None
    device_version: str | None = None
    family: str | None = None
    user_name: str | None = None
    manufacturer_info: str | None = None
    description: str | None = None
    lens: str | None = None
    transport: Transport = Transport.UNKNOWN
    link_speed: str | None = None
    """As the camera reports it (SFNC DeviceLinkSpeed, SDK link speed), human readable."""
    usb: UsbLocation | None = None
    network: NetworkLocation | None = None
    temperature_c: float | None = None
    in_use: bool = False
    """Another program holds the camera; identity then comes from enumeration only."""
    demo: bool = False
    """A simulated camera (demo mode): never part of a real request."""
    producer: str | None = None
    """The GenTL producer (.cti path) that reported it, for GenTL records."""
    probes: tuple[str, ...] = ()
    warnings: tuple[Notice, ...] = ()
    """Codes with their parameters; the JSON form also carries each one's English text."""

    @property
    def display_name(self) -> str:
        name = " ".join(part for part in (self.vendor, self.model) if part) or "Unknown camera"
        return f"{name} (S/N {self.serial})" if self.serial else name

    def with_warning(self, warning: Notice) -> CameraRecord:
        if warning in self.warnings:
            return self
        return dataclasses.replace(self, warnings=(*self.warnings, warning))


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def record_to_dict(record: CameraRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name == "warnings":
            out["warnings"] = [str(w) for w in value]
            out["warning_codes"] = [notice_to_dict(w) for w in value]
            continue
        if isinstance(value, UsbLocation | NetworkLocation):
            value = {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
        out[f.name] = _plain(value)
    return out


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _opt_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _opt_float(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _str_tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()


def _usb_from(data: Any) -> UsbLocation | None:
    if not isinstance(data, dict):
        return None
    return UsbLocation(
        bus=_opt_int(data.get("bus")),
        port_path=_opt_str(data.get("port_path")),
        address=_opt_int(data.get("address")),
        vendor_id=_opt_int(data.get("vendor_id")),
        product_id=_opt_int(data.get("product_id")),
        speed=_opt_str(data.get("speed")),
        supported_speeds=_str_tuple(data.get("supported_speeds")),
    )


def _network_from(data: Any) -> NetworkLocation | None:
    if not isinstance(data, dict):
        return None
    text = {
        k: _opt_str(data.get(k))
        for k in ("mac", "ip", "subnet", "gateway", "ip_config", "nic", "nic_ip", "nic_netmask")
    }
    return NetworkLocation(**text, nic_mtu=_opt_int(data.get("nic_mtu")))


_TEXT_FIELDS = (
    "vendor",
    "model",
    "serial",
    "firmware_version",
    "fpga_version",
    "xml_version",
    "bootloader_version",
    "device_version",
    "family",
    "user_name",
    "manufacturer_info",
    "description",
    "lens",
    "link_speed",
    "producer",
)


def _warnings_from(data: dict[str, Any]) -> tuple[Notice, ...]:
    """``warning_codes`` when present; the English ``warnings`` of a record saved before codes existed become
    legacy notices that keep their text."""
    texts = _str_tuple(data.get("warnings"))
    coded = data.get("warning_codes")
    if isinstance(coded, list) and coded:
        return tuple(notice_from_dict(item, texts[i] if i < len(texts) else "") for i, item in enumerate(coded))
    return tuple(legacy(text) for text in texts)


def record_from_dict(data: dict[str, Any]) -> CameraRecord:
    try:
        transport = Transport(data.get("transport", "unknown"))
    except ValueError:
        transport = Transport.UNKNOWN
    return CameraRecord(
        **{name: _opt_str(data.get(name)) for name in _TEXT_FIELDS},
        transport=transport,
        usb=_usb_from(data.get("usb")),
        network=_network_from(data.get("network")),
        temperature_c=_opt_float(data.get("temperature_c")),
        in_use=bool(data.get("in_use", False)),
        demo=bool(data.get("demo", False)),
        probes=_str_tuple(data.get("probes")),
        warnings=_warnings_from(data),
    )
