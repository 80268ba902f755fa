"""The Request page's background jobs, run in workers: open, load, submit, dealer package, system section.

Each calls a use case of ``pixrma_desktop.application`` (never a widget) and notes the revision it read, so
an autosave later notices edits made elsewhere; ``camera_entry`` turns a Cameras-page row into a request
camera, and ``fresh_request`` starts a new request from the remembered contact.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.rma.request import CameraEntry, CameraSource, RmaRequest
from pixrma_desktop.ui.outbox_service import OutboxService

if TYPE_CHECKING:
    from pixrma_desktop.diagnostics.finding import Finding


def camera_entry(record: CameraRecord) -> CameraEntry:
    """A request camera from a Cameras-page row: read-only identity when scanned, editable when typed in."""
    from pixrma_desktop.cameras.record import Transport
    from pixrma_desktop.rma.prefill import camera_from_record

    entry = camera_from_record(record)
    if record.transport is Transport.MANUAL:
        entry = entry.model_copy(update={"source": CameraSource.MANUAL, "scanned": None})
    return entry


def fresh_request(config_dir: Path, cameras: Sequence[CameraRecord], findings: Sequence[Finding]) -> RmaRequest:
    """A new request: the remembered contact and purchase, the given cameras and the scan's findings."""
    from pixrma_desktop.rma.contact_profile import load_profile
    from pixrma_desktop.rma.prefill import new_request

    profile = load_profile(config_dir)
    request = new_request(
        [],
        contact=profile.contact if profile else None,
        purchase=profile.purchase if profile else None,
        findings=[f.to_dict() for f in findings],
    )
    return request.model_copy(update={"cameras": [camera_entry(r) for r in cameras]})


def system_job(root: AppRoot) -> Any:
    """The request's system section from the full system report (reads sysfs and versions: in a worker)."""
    from pixrma_desktop.rma.system_prefill import current_system_summary

    return current_system_summary(root.settings.cameras.producer_paths)


def latest_draft_job(root: AppRoot, service: OutboxService) -> RmaRequest | None:
    from pixrma_desktop.application.drafts import open_latest_draft

    opened = open_latest_draft(root)
    if opened is None:
        return None
    service.revisions[opened.request.id] = opened.revision
    return opened.request


def load_job(root: AppRoot, service: OutboxService, request_id: str) -> RmaRequest:
    from pixrma_desktop.application.drafts import open_draft

    opened = open_draft(root, request_id)
    service.revisions[opened.request.id] = opened.revision
    return opened.request


def submit_job(root: AppRoot, request: RmaRequest, *, online: bool = True, file_anyway: str | None = None) -> str:
    """Save the final text, then queue it behind the duplicate guard (``DuplicateRequestError`` while other
    open requests name one of its cameras; ``online``: the support server's open tickets are searched too)."""
    from pixrma_desktop.application.duplicate_guard import submit_draft_checked

    return submit_draft_checked(root, request, file_anyway=file_anyway, online=online)


def dealer_job(root: AppRoot, request: RmaRequest) -> Any:
    from pixrma_desktop.application.dealer import dealer_package, default_dealer_folder

    return dealer_package(root, request, default_dealer_folder(root))
