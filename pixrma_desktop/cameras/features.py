"""A camera's configuration snapshot as plain data: every feature with its value, and the GenICam XML.

A snapshot is read-only evidence for support ("what is your packet size, exposure, trigger mode?"): it is taken
after the scan, never writes to the camera, and what could not be read is said in ``problems`` instead of
failing. The JSON form (``snapshot_to_dict``) is what ``pixrma features --json`` prints; values are JSON
scalars, the XML is text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from pixrma_desktop.notices.notice import Notice, legacy, notice_to_dict

SCHEMA_VERSION = 1

Scalar = str | int | float | bool | None


@dataclass(frozen=True)
class FeatureValue:
    name: str
    category: str | None
    """The feature's category (the innermost one), as the camera's XML groups them."""
    type: str
    """"integer", "float", "boolean", "enumeration", "string", "register", "command" or an SDK's own word."""
    value: Scalar
    """None when the feature cannot be read now (see ``access`` and ``error``)."""
    unit: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    increment: int | float | None = None
    access: str | None = None
    """"RO", "RW", "WO", "NA" (not available now), "NI" (not implemented)."""
    flags: tuple[str, ...] = ()
    """SDK flags (e.g. Pixelink's "MANUAL", "AUTO", "ONEPUSH"), as the SDK names them."""
    error: str | None = None
    """Why the value could not be read, when it could not."""
    module: str | None = None
    """Which node map it belongs to when a camera has several (GenTL: "system", "interface", "device",
    "stream"); None for the camera's own (remote device) features."""


@dataclass(frozen=True)
class ManifestEntry:
    """One file a USB3 Vision (GenCP) camera lists in its manifest table."""

    file_version: str
    schema_version: str
    file_format: str
    """"uncompressed" or "zip"."""
    address: int
    size: int
    sha1: str | None
    """Hex digest the camera declares; None when it declares none."""


@dataclass(frozen=True)
class CameraSnapshot:
    serial: str | None
    transport: str
    model: str | None = None
    features: tuple[FeatureValue, ...] = ()
    xml: bytes | None = None
    """The device's GenICam XML as it provides it (unzipped)."""
    xml_source: str | None = None
    """Where the XML came from, e.g. the URL register's text or the manifest entry."""
    manifest: tuple[ManifestEntry, ...] = ()
    versions: dict[str, str] = field(default_factory=dict)
    """Software versions around the camera (SDK, driver), when the transport has them."""
    problems: tuple[Notice, ...] = ()
    """What could not be read, and why (codes, worded at the edge)."""
    seconds: float = 0.0

    @property
    def readable(self) -> list[FeatureValue]:
        """The features that have a value."""
        return [f for f in self.features if f.value is not None]

    @property
    def xml_sha1(self) -> str | None:
        return hashlib.sha1(self.xml).hexdigest() if self.xml is not None else None  # noqa: S324 - a file id


def feature_to_dict(feature: FeatureValue) -> dict[str, Any]:
    out: dict[str, Any] = {"name": feature.name, "category": feature.category, "type": feature.type}
    out["value"] = feature.value
    for key in ("unit", "minimum", "maximum", "increment", "access", "error", "module"):
        value = getattr(feature, key)
        if value is not None:
            out[key] = value
    if feature.flags:
        out["flags"] = list(feature.flags)
    return out


def manifest_entry_to_dict(entry: ManifestEntry) -> dict[str, Any]:
    return {
        "file_version": entry.file_version,
        "schema_version": entry.schema_version,
        "file_format": entry.file_format,
        "address": f"0x{entry.address:X}",
        "size": entry.size,
        "sha1": entry.sha1,
    }


def xml_text(xml: bytes | None) -> str | None:
    return None if xml is None else xml.decode("utf-8", errors="replace")


def snapshot_to_dict(snapshot: CameraSnapshot, *, with_xml: bool = True) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "serial": snapshot.serial,
        "model": snapshot.model,
        "transport": snapshot.transport,
        "feature_count": len(snapshot.features),
        "readable_count": len(snapshot.readable),
        "features": [feature_to_dict(f) for f in snapshot.features],
        "xml_source": snapshot.xml_source,
        "xml_sha1": snapshot.xml_sha1,
        "xml": xml_text(snapshot.xml) if with_xml else None,
        "manifest": [manifest_entry_to_dict(e) for e in snapshot.manifest],
        "versions": dict(snapshot.versions),
        "problems": [str(p) for p in snapshot.problems],
        "problem_codes": [notice_to_dict(p) for p in snapshot.problems],
        "seconds": round(snapshot.seconds, 3),
    }


def xml_file_name(snapshot: CameraSnapshot, index: int) -> str:
    """A safe file name for the snapshot's XML: the serial (or the camera's position) and the transport."""
    base = snapshot.serial or f"camera-{index + 1}"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in base).strip(".") or f"camera-{index + 1}"
    return f"{safe}-{snapshot.transport}.xml"


def _number(value: Any) -> int | float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def feature_from_dict(data: dict[str, Any]) -> FeatureValue:
    value = data.get("value")
    return FeatureValue(
        name=str(data.get("name") or ""),
        category=_text(data.get("category")),
        type=str(data.get("type") or ""),
        value=value if isinstance(value, str | int | float | bool) else None,
        unit=_text(data.get("unit")),
        minimum=_number(data.get("minimum")),
        maximum=_number(data.get("maximum")),
        increment=_number(data.get("increment")),
        access=_text(data.get("access")),
        flags=tuple(str(f) for f in data.get("flags") or ()),
        error=_text(data.get("error")),
        module=_text(data.get("module")),
    )


def snapshot_from_dict(data: dict[str, Any]) -> CameraSnapshot:
    """A snapshot read back from its JSON form (tolerant: what is missing or damaged is left out)."""
    from pixrma_desktop.notices.notice import notice_from_dict

    xml = data.get("xml")
    codes = data.get("problem_codes")
    texts = [str(p) for p in data.get("problems") or ()]
    problems = [notice_from_dict(c) for c in codes] if isinstance(codes, list) else [legacy(t) for t in texts]
    manifest = []
    for entry in data.get("manifest") or ():
        try:
            manifest.append(
                ManifestEntry(
                    str(entry["file_version"]),
                    str(entry["schema_version"]),
                    str(entry["file_format"]),
                    int(str(entry["address"]), 0),
                    int(entry["size"]),
                    _text(entry.get("sha1")),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    versions = data.get("versions")
    return CameraSnapshot(
        serial=_text(data.get("serial")),
        transport=str(data.get("transport") or ""),
        model=_text(data.get("model")),
        features=tuple(feature_from_dict(f) for f in data.get("features") or () if isinstance(f, dict)),
        xml=xml.encode("utf-8") if isinstance(xml, str) else None,
        xml_source=_text(data.get("xml_source")),
        manifest=tuple(manifest),
        versions={str(k): str(v) for k, v in versions.items()} if isinstance(versions, dict) else {},
        problems=tuple(problems),
        seconds=float(data.get("seconds") or 0.0),
    )
