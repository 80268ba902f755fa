"""Cameras the user added by hand (one that no longer shows up at all), kept in the data folder.

``record`` is imported when there is a camera to read or make: the app checks this file before its first window.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from pixrma_desktop.private_file import write_private_text

if TYPE_CHECKING:
    from pixrma_desktop.cameras.record import CameraRecord

FILENAME = "manual-cameras.json"


def manual_record(
    *, model: str, serial: str, firmware: str = "", vendor: str = "Pixelink", note: str = ""
) -> CameraRecord:
    """A record for a camera entered by hand; the serial number is what support needs most."""
    from pixrma_desktop.cameras.record import CameraRecord, Transport

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
    from pixrma_desktop.cameras.record import record_from_dict

    return [record_from_dict(c) for c in items or () if isinstance(c, dict)]


def save_manual_cameras(data_dir: Path, cameras: list[CameraRecord]) -> None:
    from pixrma_desktop.cameras.record import record_to_dict

    document = {"cameras": [record_to_dict(c) for c in cameras]}
    write_private_text(data_dir / FILENAME, json.dumps(document, indent=2) + "\n")
