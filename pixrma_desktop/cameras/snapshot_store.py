"""The latest configuration snapshot of each camera, kept in the data folder for the support bundle.

One JSON file per camera (``snapshots/<serial>.json``, the form ``pixrma features --json`` prints, XML
included), replaced by each newer snapshot. A request's bundle takes the snapshots of its cameras from here, so
the bundle holds them even when the camera is not attached any more.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pixrma_desktop.cameras.features import CameraSnapshot, snapshot_from_dict, snapshot_to_dict
from pixrma_desktop.notices.codes import Code

FOLDER = "snapshots"


def _file(data_dir: Path, serial: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in serial).strip(".") or "camera"
    return data_dir / FOLDER / f"{safe}.json"


def keep_snapshots(data_dir: Path, snapshots: Iterable[CameraSnapshot]) -> None:
    """Keep each snapshot that has a serial number and read something (raises OSError when the folder refuses)."""
    for snapshot in snapshots:
        if not snapshot.serial or not (snapshot.features or snapshot.xml is not None):
            continue
        if any(p.code is Code.SNAPSHOT_INTERRUPTED for p in snapshot.problems):
            continue  # a part only: the one kept before stays until a whole one replaces it
        path = _file(data_dir, snapshot.serial)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".json.tmp")
        temporary.write_text(json.dumps(snapshot_to_dict(snapshot)), encoding="utf-8")
        temporary.replace(path)


def stored_snapshots(data_dir: Path, serials: Iterable[str | None]) -> list[CameraSnapshot]:
    """The kept snapshots of these cameras, in their order; a camera without one (or a damaged file) is left out."""
    out = []
    for serial in dict.fromkeys(s for s in serials if s):
        try:
            data = json.loads(_file(data_dir, serial).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("serial") == serial:
            out.append(snapshot_from_dict(data))
    return out
