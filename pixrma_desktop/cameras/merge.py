"""Recognising one camera seen through several probes, and merging what each probe knew about it."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport, UsbLocation

_T = TypeVar("_T")


def _vendor_key(vendor: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (vendor or "").lower())


def _vendors_compatible(a: str | None, b: str | None) -> bool:
    ka, kb = _vendor_key(a), _vendor_key(b)
    return not ka or not kb or ka.startswith(kb) or kb.startswith(ka)


def same_camera(a: CameraRecord, b: CameraRecord) -> bool:
    """Vendor + serial, or the same USB port path, or the same MAC address."""
    if a.demo != b.demo:
        return False
    if a.serial and b.serial:
        return a.serial.strip() == b.serial.strip() and _vendors_compatible(a.vendor, b.vendor)
    if a.usb and b.usb and a.usb.port_path and a.usb.bus is not None:
        return (a.usb.bus, a.usb.port_path) == (b.usb.bus, b.usb.port_path)
    if a.network and b.network and a.network.mac and b.network.mac:
        return a.network.mac.lower() == b.network.mac.lower()
    return False


def _richer(old: Any, new: Any) -> Any:
    if old in (None, "", ()):
        return new
    if new in (None, "", ()):
        return old
    if isinstance(old, str) and isinstance(new, str) and len(new.strip()) > len(old.strip()):
        return new
    return old


def _merge_parts(old: Any, new: Any) -> Any:
    if old is None or new is None:
        return old if new is None else new
    values = {f.name: _richer(getattr(old, f.name), getattr(new, f.name)) for f in dataclasses.fields(old)}
    return type(old)(**values)


def _union(a: tuple[_T, ...], b: tuple[_T, ...]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys((*a, *b)))


def merge_records(old: CameraRecord, new: CameraRecord) -> CameraRecord:
    """Keep the richest value of each field; union the probes and warnings."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(old):
        a, b = getattr(old, f.name), getattr(new, f.name)
        if f.name in ("probes", "warnings"):
            values[f.name] = _union(a, b)
        elif f.name == "transport":
            values[f.name] = (
                a if a not in (Transport.UNKNOWN, Transport.GENTL) else (b if b != Transport.UNKNOWN else a)
            )
        elif f.name in ("in_use", "demo"):
            values[f.name] = a or b
        elif isinstance(a, UsbLocation | NetworkLocation) or isinstance(b, UsbLocation | NetworkLocation):
            values[f.name] = _merge_parts(a, b)
        else:
            values[f.name] = _richer(a, b)
    return CameraRecord(**values)
