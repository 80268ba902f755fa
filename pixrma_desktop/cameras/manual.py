"""Cameras the user added by hand (one that no longer shows up at all), kept in the data folder."""

from __future__ import annotations

import json
from pathlib import Path

from pixrma_desktop.cameras.record import CameraRecord, Transport, record_from_dict, record_to_dict
from pixrma_desktop.private_file import write_private_text

FILENAME = "manual-cameras.json"


def manual_record(
    *, model: str, serial: str, firmware: str = "", vendor: str = "Pixelink", note: str = ""
) -> CameraRecord:
    """A record for a camera entered by hand; the serial number is what support needs most."""
    return CameraRecord(
        vendor=vendor.strip() or None,
        model=model.strip() or None,
        serial=serial.strip() or None,
        firmware_version=firmware.strip() or None,
        description=note.strip() or None,
        transport=Transport.MANUAL,
        probes=("manual",),
    )


def load_manual_cameras(data_dir: Path) -> list[CameraRecord]:
    try:
        data = json.loads((data_dir / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    items = data.get("cameras") if isinstance(data, dict) else None
    return [record_from_dict(c) for c in items or () if isinstance(c, dict)]


def save_manual_cameras(data_dir: Path, cameras: list[CameraRecord]) -> None:
    document = {"cameras": [record_to_dict(c) for c in cameras]}
    write_private_text(data_dir / FILENAME, json.dumps(document, indent=2) + "\n")
