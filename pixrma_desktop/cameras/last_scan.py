"""The latest scan, kept in the data folder so a draft, a report or the app's next start can use it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pixrma_desktop.cameras.record import SCHEMA_VERSION, CameraRecord, record_from_dict
from pixrma_desktop.private_file import write_private_text

if TYPE_CHECKING:  # the app reads the last scan at start-up without loading the scan machinery
    from pixrma_desktop.cameras.scan_result import ScanResult

FILENAME = "last-scan.json"


@dataclass(frozen=True)
class StoredScan:
    cameras: tuple[CameraRecord, ...]
    warnings: tuple[dict[str, Any], ...]
    findings: tuple[dict[str, Any], ...]
    started_at: float


def scan_to_document(result: ScanResult, findings: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The documented JSON form of a scan (``pixrma scan --json``)."""
    document = {"schema_version": SCHEMA_VERSION, **result.to_dict()}
    document["findings"] = findings or []
    return document


def save_last_scan(data_dir: Path, result: ScanResult, findings: list[dict[str, Any]] | None = None) -> Path:
    path = data_dir / FILENAME
    write_private_text(path, json.dumps(scan_to_document(result, findings), indent=2))
    return path


def load_last_scan(data_dir: Path) -> StoredScan | None:
    """The latest scan, or None when there is none or it cannot be read."""
    try:
        data = json.loads((data_dir / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    cameras = tuple(record_from_dict(c) for c in data.get("cameras") or () if isinstance(c, dict))
    return StoredScan(
        cameras=cameras,
        warnings=tuple(w for w in data.get("warnings") or () if isinstance(w, dict)),
        findings=tuple(f for f in data.get("findings") or () if isinstance(f, dict)),
        started_at=float(data.get("started_at") or 0.0),
    )
