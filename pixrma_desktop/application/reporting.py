"""`pixrma report`'s use case: what goes into a support bundle made by hand (no request behind it).

The cameras come from a fresh scan (``scanning.run_scan``) or the latest kept one (``stored_scan``); the
remote-fix checks run on them as in `pixrma check`; ``report_evidence`` gathers the rest now (system report,
OS and app logs, the files the user adds). Planning and writing the zip are ``diagnostics.bundle`` and
``diagnostics.bundle_zip``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.cameras.scan_result import ScanResult
    from pixrma_desktop.diagnostics.bundle_plan import BundleInputs


def stored_scan(root: AppRoot) -> ScanResult | None:
    """The latest kept scan as a ``ScanResult`` (its warnings included), or None when there is none."""
    from pixrma_desktop.cameras.last_scan import load_last_scan
    from pixrma_desktop.cameras.probe import scan_warning_from_dict
    from pixrma_desktop.cameras.scan_result import ScanResult

    stored = load_last_scan(root.paths.data_dir)
    if stored is None:
        return None
    warnings = tuple(scan_warning_from_dict(w) for w in stored.warnings)
    return ScanResult(cameras=stored.cameras, warnings=warnings, started_at=stored.started_at)


def report_evidence(
    root: AppRoot,
    scan: ScanResult | None,
    *,
    added_files: Sequence[Path] = (),
    window_hours: float | None = None,
    redact: bool = True,
) -> BundleInputs:
    """Everything the bundle holds: the scan's cameras, warnings and findings, and what is gathered now."""
    from pixrma_desktop.cameras.snapshot_store import stored_snapshots
    from pixrma_desktop.diagnostics.checks import check_scan
    from pixrma_desktop.diagnostics.evidence import gather_evidence

    cameras = scan.cameras if scan else ()
    return gather_evidence(
        root.paths,
        root.settings,
        cameras=cameras,
        snapshots=stored_snapshots(root.paths.data_dir, [c.serial for c in cameras if not c.demo]),
        findings=check_scan(scan, root.settings.cameras) if scan is not None else [],
        scan_warnings=scan.warnings if scan else (),
        added_files=added_files,
        window_hours=window_hours,
        redact=redact,
    )
