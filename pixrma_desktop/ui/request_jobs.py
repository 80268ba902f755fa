"""The Request page's background jobs: plain functions run in workers (open, load, submit, dealer package).

They read and write the outbox store and the disk, never a widget; ``camera_entry`` turns a Cameras-page row
into a request camera.
"""

from __future__ import annotations

from typing import Any

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.rma.request import CameraEntry, CameraSource, RmaRequest
from pixrma_desktop.ui.outbox_service import OutboxService, make_bundle_function


def camera_entry(record: CameraRecord) -> CameraEntry:
    """A request camera from a Cameras-page row: read-only identity when scanned, editable when typed in."""
    from pixrma_desktop.cameras.record import Transport
    from pixrma_desktop.rma.prefill import camera_from_record

    entry = camera_from_record(record)
    if record.transport is Transport.MANUAL:
        entry = entry.model_copy(update={"source": CameraSource.MANUAL, "scanned": None})
    return entry


def system_job(settings: Any) -> Any:
    """The request's system section from the full system report (reads sysfs and versions: in a worker)."""
    from pixrma_desktop.rma.system_prefill import current_system_summary

    return current_system_summary(settings.cameras.producer_paths)


def latest_draft_job(service: OutboxService) -> RmaRequest | None:
    from pixrma_desktop.outbox.state import RequestState

    for row in service.store.list([RequestState.DRAFT]):
        try:
            request = row.request
        except ValueError:
            continue
        service.revisions[row.id] = row.revision
        return request
    return None


def load_job(service: OutboxService, request_id: str) -> RmaRequest:
    row = service.store.get(request_id)
    service.revisions[row.id] = row.revision
    return row.request


def _save_final(service: OutboxService, request: RmaRequest) -> None:
    """Save the request as it stands (creating it if it was never saved) and remember the contact details."""
    from pixrma_desktop.outbox.errors import RequestNotFoundError
    from pixrma_desktop.rma.contact_profile import remember_from

    try:
        service.store.save_draft(request)
    except RequestNotFoundError:
        service.store.create_draft(request)
    remember_from(service.paths.config_dir, request)


def submit_job(service: OutboxService, request: RmaRequest) -> str:
    """Save the final text, then queue it (the store checks it is complete)."""
    _save_final(service, request)
    service.store.queue(request.id)
    return request.id


def dealer_job(service: OutboxService, request: RmaRequest) -> Any:
    from pixrma_desktop.rma.dealer import build_dealer_package

    _save_final(service, request)
    make_bundle = make_bundle_function(service.paths, service.settings)
    return build_dealer_package(request, service.paths.data_dir / "dealer", make_bundle)
