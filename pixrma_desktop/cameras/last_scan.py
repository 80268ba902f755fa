"""The latest scan, kept in the data folder so a draft, a report or the app's next start can use it.

The app's start-up reads only the time of the latest scan (``last_scan_time``), without loading any record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pixrma_desktop.private_file import write_private_text

if TYPE_CHECKING:
    from pixrma_desktop.cameras.record import CameraRecord
    from pixrma_desktop.cameras.scan_result import ScanResult

FILENAME = "last-scan.json"


class StoredScan(NamedTuple):
    cameras: tuple[CameraRecord, ...]
    warnings: tuple[dict[str, Any], ...]
    findings: tuple[dict[str, Any], ...]
    started_at: float


def scan_to_document(result: ScanResult, findings: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The documented JSON form of a scan (``pixrma scan --json``)."""
    from pixrma_desktop.cameras.record import SCHEMA_VERSION

    document = {"schema_version": SCHEMA_VERSION, **result.to_dict()}
    document["findings"] = findings or []
    return document


def save_last_scan(data_dir: Path, result: ScanResult, findings: list[dict[str, Any]] | None = None) -> Path:
    path = data_dir / FILENAME
    # Not durable: a scan lost to a power cut is repeated in seconds, and an unreadable file reads as no scan.
    write_private_text(path, json.dumps(scan_to_document(result, findings), indent=2), durable=False)
    return path


def _document(data_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((data_dir / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def last_scan_time(data_dir: Path) -> float | None:
    """When the latest scan started (seconds since the epoch), or None when there is none or it cannot be read."""
    data = _document(data_dir)
    try:
        started = float(data.get("started_at") or 0.0) if data is not None else 0.0
    except (TypeError, ValueError):
        return None
    return started or None


def load_last_scan(data_dir: Path) -> StoredScan | None:
    """The latest scan, or None when there is none or it cannot be read."""
    from pixrma_desktop.cameras.record import record_from_dict

    data = _document(data_dir)
    if data is None:
        return None
    cameras = tuple(record_from_dict(c) for c in data.get("cameras") or () if isinstance(c, dict))
    return StoredScan(
        cameras=cameras,
        warnings=tuple(w for w in data.get("warnings") or () if isinstance(w, dict)),
        findings=tuple(f for f in data.get("findings") or () if isinstance(f, dict)),
        started_at=float(data.get("started_at") or 0.0),
    )
