"""Writing a planned support bundle: a deterministic zip, private (0600) and written atomically.

Entries come in the plan's order (sorted by name) with the plan's ``created_at`` as their timestamp, fixed
permissions and compression, so the same plan gives the same bytes. Each entry is checked against the size
and sha256 the preview showed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pixrma_desktop.diagnostics.bundle_plan import BundleError, BundlePlan, PlannedFile
from pixrma_desktop.diagnostics.bundle_spool import planned_blocks


@dataclass(frozen=True)
class BundleManifest:
    path: Path
    files: tuple[PlannedFile, ...]
    document: dict[str, Any]
    zip_size: int


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    utc = moment.astimezone(UTC) if moment.tzinfo else moment
    if utc.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)


def write_bundle(plan: BundlePlan, path: Path) -> BundleManifest:
    """Write exactly the planned files into a zip at ``path`` (private: 0600, and atomic: a temporary file
    renamed into place). Raises ``BundleError`` with what to do when it cannot."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BundleError(f"Cannot write into {folder} ({exc.strerror}); choose another folder with --out.") from exc
    tmp = Path(tmp_name)
    stamp = _zip_time(plan.created_at)
    try:
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for planned in plan.files:
                info = zipfile.ZipInfo(planned.path, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = 0o100600 << 16
                info.file_size = planned.size
                digest, size = hashlib.sha256(), 0
                with archive.open(info, "w") as member:
                    for block in planned_blocks(planned, plan.spool):
                        digest.update(block)
                        size += len(block)
                        member.write(block)
                if digest.hexdigest() != planned.sha256 or size != planned.size:
                    raise BundleError(f"{planned.path} does not match the preview; prepare the bundle again.")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    manifest = json.loads(next(f.content for f in plan.files if f.path == "manifest.json") or b"{}")
    return BundleManifest(path, plan.files, manifest, path.stat().st_size)
