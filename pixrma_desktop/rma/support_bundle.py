"""The full support bundle for a request: its cameras and findings plus the system report, the OS and app logs
and the files the user attached, redacted (``diagnostics.bundle``).

``request_evidence`` gathers what goes in (the one list the bundle and its preview share);
``support_bundle_maker(paths, settings)`` is the ``make_bundle(request) -> Path`` the sender and the dealer
package take.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pixrma_desktop.cameras.record import CameraRecord, Transport, record_from_dict
from pixrma_desktop.diagnostics.bundle import plan_bundle
from pixrma_desktop.diagnostics.bundle_plan import BundleInputs
from pixrma_desktop.diagnostics.bundle_zip import write_bundle
from pixrma_desktop.diagnostics.command_runner import CommandRunner
from pixrma_desktop.diagnostics.evidence import gather_evidence
from pixrma_desktop.diagnostics.finding import Finding, Severity, finding
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import code_from
from pixrma_desktop.paths import AppPaths
from pixrma_desktop.rma.request import CameraEntry, RmaRequest
from pixrma_desktop.settings import Settings


def camera_record(entry: CameraEntry) -> CameraRecord:
    """The scan's record of a scanned camera, or what the user typed for one added by hand."""
    if entry.scanned:
        record = record_from_dict(entry.scanned)
        if record.serial:
            return record
    return CameraRecord(
        vendor=entry.vendor or None,
        model=entry.model or None,
        serial=entry.serial or None,
        firmware_version=entry.firmware or None,
        transport=Transport.MANUAL,
        demo=entry.demo,
    )


def request_findings(request: RmaRequest) -> list[Finding]:
    """The findings noted in the request, with the words it saved (support reads the same in the request)."""
    return [
        finding(
            code_from(note.code) or Code.LEGACY_TEXT,
            Severity.INFO,
            cameras=tuple(note.cameras),
            details="noted in the request",
            saved_title=note.title,
        )
        for note in request.findings
    ]


def request_evidence(
    request: RmaRequest, paths: AppPaths, settings: Settings, *, runner: CommandRunner | None = None
) -> BundleInputs:
    """Everything the request's support bundle holds, gathered now: its cameras and findings, the system
    report, the logs and the files the user attached."""
    from pixrma_desktop.cameras.snapshot_store import stored_snapshots

    cameras = [camera_record(c) for c in request.cameras]
    return gather_evidence(
        paths,
        settings,
        cameras=cameras,
        snapshots=stored_snapshots(paths.data_dir, [c.serial for c in cameras if not c.demo]),
        findings=request_findings(request),
        added_files=[Path(name) for name in request.evidence.files],
        runner=runner,
    )


def make_support_bundle(
    request: RmaRequest,
    paths: AppPaths,
    settings: Settings,
    folder: Path,
    *,
    runner: CommandRunner | None = None,
) -> Path:
    """Write ``folder/support-bundle-<submission id>.zip`` (replacing an older one) and return its path."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    inputs = request_evidence(request, paths, settings, runner=runner)
    path = folder / f"support-bundle-{request.submission_id}.zip"
    with plan_bundle(inputs) as plan:
        write_bundle(plan, path)
    return path


def support_bundle_maker(paths: AppPaths, settings: Settings) -> Callable[[RmaRequest], Path]:
    """The ``make_bundle`` the command line and the app hand to the sender and the dealer package."""
    folder = bundles_folder(paths)

    def make(request: RmaRequest) -> Path:
        """The bundle the user reviewed, when it still stands for the request; else a new one."""
        from pixrma_desktop.rma.reviewed_bundle import reviewed_bundle

        return reviewed_bundle(request) or make_support_bundle(request, paths, settings, folder)

    return make


def bundles_folder(paths: AppPaths) -> Path:
    """Where the support bundles of requests are written (by the review, or when sending)."""
    return paths.cache_dir / "bundles"
