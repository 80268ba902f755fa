"""Scanning and checking: find the attached cameras, keep the result as the latest scan, run the checks.

`pixrma scan`, `pixrma check` and `pixrma report` scan through ``run_scan`` (the root's scanner factory, so
tests inject fake probes); the scan is kept in the data folder for drafts and reports. ``check_result`` runs
the remote-fix checks (``diagnostics.checks``) on a scan and keeps the findings with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.settings import CameraSettings, DemoMode

if TYPE_CHECKING:
    from pixrma_desktop.cameras.scan_result import ScanEvent, ScanResult
    from pixrma_desktop.diagnostics.checks import SystemFacts
    from pixrma_desktop.diagnostics.finding import Finding


def run_scan(
    root: AppRoot,
    settings: CameraSettings,
    demo_mode: DemoMode,
    *,
    timeout: float | None = None,
    on_event: Callable[[ScanEvent], None] | None = None,
) -> ScanResult:
    """Scan once with every probe, streaming events to ``on_event``; blocks until done or timed out."""
    return root.scanner(settings, demo_mode, timeout).run(on_event)


def keep_scan(root: AppRoot, result: ScanResult, findings: list[dict[str, Any]] | None = None) -> OSError | None:
    """Keep ``result`` (and its findings) as the latest scan; the error when the data folder refused it."""
    from pixrma_desktop.cameras.last_scan import save_last_scan

    try:
        save_last_scan(root.paths.data_dir, result, findings)
    except OSError as exc:
        return exc
    return None


class ScanOutcome(NamedTuple):
    result: ScanResult
    keep_problem: OSError | None
    """Why the scan could not be kept as the latest one (it was still made)."""


def scan_cameras(
    root: AppRoot,
    settings: CameraSettings,
    demo_mode: DemoMode,
    *,
    timeout: float | None = None,
    on_event: Callable[[ScanEvent], None] | None = None,
) -> ScanOutcome:
    """`pixrma scan`: scan, and keep the result as the latest scan."""
    result = run_scan(root, settings, demo_mode, timeout=timeout, on_event=on_event)
    return ScanOutcome(result, keep_scan(root, result))


def system_facts(root: AppRoot, result: ScanResult) -> SystemFacts:
    """What the checks need to know about this computer (network interfaces, USB and network settings, camera
    software), and the stream packet size of each GigE camera (read from its configuration, read-only)."""
    from pixrma_desktop.application.features import packet_sizes, snapshot_cameras
    from pixrma_desktop.diagnostics.checks import facts_for_scan

    gige = [c for c in result.cameras if c.network and c.network.ip and not c.demo and not c.in_use]
    snapshots = snapshot_cameras(root, gige)[0] if gige else []
    return facts_for_scan(result, root.settings.cameras, packet_sizes(gige, snapshots))


class CheckOutcome(NamedTuple):
    result: ScanResult
    findings: list[Finding]
    documents: list[dict[str, Any]]
    """The findings as the documented JSON objects (also in ``result.extra["findings"]``)."""
    keep_problem: OSError | None


def check_result(root: AppRoot, result: ScanResult, facts: SystemFacts) -> CheckOutcome:
    """`pixrma check` after its scan: run the checks, attach the findings, keep both as the latest scan."""
    from pixrma_desktop.diagnostics.checks import run_checks

    findings = run_checks(result, facts)
    documents = [f.to_dict() for f in findings]
    result.extra["findings"] = documents
    return CheckOutcome(result, findings, documents, keep_scan(root, result, documents))
