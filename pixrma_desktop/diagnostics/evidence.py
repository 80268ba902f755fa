"""Gathering everything a support bundle holds, in one call, for the command line, the GUI and the outbox.

The caller brings what it already has (the cameras and warnings of a scan, the remote-fix findings, files the
user added); this collects the rest now: the system report, the OS log lines for the window and the app's
own log. The result goes to ``bundle.plan_bundle``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from pixrma_desktop.cameras.features import CameraSnapshot
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.diagnostics.applog import log_files
from pixrma_desktop.diagnostics.bundle_plan import BundleInputs, LogSource
from pixrma_desktop.diagnostics.command_runner import CommandRunner
from pixrma_desktop.diagnostics.finding import Finding
from pixrma_desktop.diagnostics.oslogs import collect_os_logs, since_hours
from pixrma_desktop.diagnostics.system import collect_system_report
from pixrma_desktop.paths import AppPaths
from pixrma_desktop.settings import Settings

APP_LOG_NAME = "logs/app/pixrma.log"


def gather_evidence(
    paths: AppPaths,
    settings: Settings,
    *,
    cameras: Sequence[CameraRecord] = (),
    snapshots: Sequence[CameraSnapshot] = (),
    findings: Sequence[Finding] = (),
    scan_warnings: Sequence[ScanWarning] = (),
    added_files: Sequence[Path] = (),
    window_hours: float | None = None,
    redact: bool = True,
    runner: CommandRunner | None = None,
    now: datetime | None = None,
) -> BundleInputs:
    """The inputs of a support bundle; ``window_hours`` defaults to the evidence settings (48 h)."""
    now = now or datetime.now(UTC)
    hours = settings.evidence.log_window_hours if window_hours is None else window_hours
    since = since_hours(hours, now)
    return BundleInputs(
        cameras=list(cameras),
        snapshots=list(snapshots),
        findings=list(findings),
        scan_warnings=list(scan_warnings),
        system=collect_system_report(producer_paths=settings.cameras.producer_paths, now=now),
        os_logs=collect_os_logs(since, runner=runner),
        logs=[LogSource(APP_LOG_NAME, tuple(log_files(paths.log_dir)), "pixrma-desktop's own log")],
        added_files=list(added_files),
        settings=settings.evidence,
        redact=redact,
        created_at=now,
        log_window=f"since {since.isoformat(timespec='minutes')} ({hours:g} h)",
    )
