"""The Request page's background jobs, run in workers: open, load, submit, dealer package, system section.

Each calls a use case of ``pixrma_desktop.application`` (never a widget) and notes the revision it read, so
an autosave later notices edits made elsewhere; ``camera_entry`` turns a Cameras-page row into a request
camera.
"""

from __future__ import annotations

from typing import Any

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.rma.request import CameraEntry, CameraSource, RmaRequest
from pixrma_desktop.ui.outbox_service import OutboxService


def camera_entry(record: CameraRecord) -> CameraEntry:
    """A request camera from a Cameras-page row: read-only identity when scanned, editable when typed in."""
    from pixrma_desktop.cameras.record import Transport
    from pixrma_desktop.rma.prefill import camera_from_record

    entry = camera_from_record(record)
    if record.transport is Transport.MANUAL:
        entry = entry.model_copy(update={"source": CameraSource.MANUAL, "scanned": None})
    return entry


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
