"""Writing requests: new draft, list, open, edit, autosave, queue and unqueue, delete.

Drafts live in the outbox database (``root.outbox``); an id may be any unique prefix. Each function does one
thing a user asks for and returns plain data; the store's errors (``outbox.errors``) reach the caller, who
tells the user in its own way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.cameras.record import CameraRecord
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.outbox.state import RequestState
    from pixrma_desktop.rma.request import RmaRequest


class NewDraft(NamedTuple):
    request: RmaRequest
    from_profile: bool
    """The contact details came from the user's last request."""


class OpenedDraft(NamedTuple):
    request: RmaRequest
    revision: int
    """The stored revision as read (an autosave later checks nobody changed it since)."""


@dataclass(frozen=True)
class DraftEdit:
    """What ``draft edit`` changes, applied in this order: a JSON overlay, removed cameras, assignments."""

    json_file: Path | None = None
    remove_cameras: Sequence[int] = ()
    assignments: Sequence[str] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return self.json_file is None and not self.remove_cameras and not self.assignments


def new_draft(root: AppRoot, cameras: Iterable[CameraRecord] = (), findings: Iterable[dict[str, Any]] = ()) -> NewDraft:
    """A new draft with these cameras and findings, the remembered contact details and this computer's
    system section, stored in the outbox."""
    from pixrma_desktop.rma.contact_profile import load_profile
    from pixrma_desktop.rma.prefill import new_request
    from pixrma_desktop.rma.system_prefill import current_system_summary

    profile = load_profile(root.paths.config_dir)
    request = new_request(
        cameras,
        contact=profile.contact if profile else None,
        purchase=profile.purchase if profile else None,
        system=current_system_summary(root.settings.cameras.producer_paths),
        findings=findings,
    )
    root.outbox.create_draft(request)
    return NewDraft(request, profile is not None)


def list_requests(root: AppRoot, states: Iterable[RequestState] | None = None) -> list[StoredRequest]:
    """The stored requests (only those in ``states`` when given), newest change first."""
    return root.outbox.list(list(states) if states is not None else None)


def get_request(root: AppRoot, id_or_prefix: str) -> StoredRequest:
    return root.outbox.get(id_or_prefix)


def open_latest_draft(root: AppRoot) -> OpenedDraft | None:
    """The draft changed last that can still be read, or None."""
    from pixrma_desktop.outbox.state import RequestState

    for row in root.outbox.list([RequestState.DRAFT]):
        try:
            request = row.request
        except ValueError:
            continue
        return OpenedDraft(request, row.revision)
    return None


def open_draft(root: AppRoot, id_or_prefix: str) -> OpenedDraft:
    row = root.outbox.get(id_or_prefix)
    return OpenedDraft(row.request, row.revision)


def edit_draft(root: AppRoot, id_or_prefix: str, edit: DraftEdit) -> RmaRequest:
    """Apply ``edit`` to a stored draft and save it; ``rma.edit.EditError`` (or ``OSError``/``ValueError`` from
    the JSON file) when a change cannot be made: then nothing is saved."""
    from pixrma_desktop.rma.edit import EditError, apply_edit, merge_json, read_json_changes

    request = root.outbox.get(id_or_prefix).request
    if edit.json_file is not None:
        request = merge_json(request, read_json_changes(edit.json_file))
    for index in sorted(set(edit.remove_cameras), reverse=True):
        if not 0 <= index < len(request.cameras):
            raise EditError(f"There is no camera {index} (there are {len(request.cameras)}).")
        cameras = [c for n, c in enumerate(request.cameras) if n != index]
        request = request.model_copy(update={"cameras": cameras})
    for assignment in edit.assignments:
        name, sep, value = assignment.partition("=")
        if not sep:
            raise EditError(f"“{assignment}” is not FIELD=VALUE.")
        request = apply_edit(request, name, value)
    root.outbox.save_draft(request)
    return request


def save_draft(root: AppRoot, request: RmaRequest, expected_revision: int | None = None) -> int:
    """Save the draft (creating it when it was never saved) and return its new revision. A draft changed
    elsewhere since ``expected_revision`` is not overwritten: ``EditConflictError``."""
    from pixrma_desktop.outbox.errors import RequestNotFoundError

    try:
        return root.outbox.save_draft(request, expected_revision=expected_revision)
    except RequestNotFoundError:
        return root.outbox.create_draft(request).revision


def save_final(root: AppRoot, request: RmaRequest) -> None:
    """Save the request as it stands and remember its contact details for the next one."""
    from pixrma_desktop.rma.contact_profile import remember_from

    save_draft(root, request)
    remember_from(root.paths.config_dir, request)


def queue_request(root: AppRoot, id_or_prefix: str, *, remember_contact: bool = True) -> StoredRequest:
    """Mark a complete draft (or one needing attention, fixed) ready to send; the store checks it is
    complete (``RequestIncompleteError``) and not a dealer's (``DealerRequestError``)."""
    from pixrma_desktop.rma.contact_profile import remember_from

    row = root.outbox.queue(id_or_prefix)
    if remember_contact:
        remember_from(root.paths.config_dir, row.request)
    return row


def submit_draft(root: AppRoot, request: RmaRequest) -> str:
    """The app's Submit: save the final text, remember the contact, queue it; returns the request id."""
    save_final(root, request)
    root.outbox.queue(request.id)
    return request.id


def unqueue_request(root: AppRoot, id_or_prefix: str) -> StoredRequest:
    return root.outbox.unqueue(id_or_prefix)


def delete_draft(root: AppRoot, id_or_prefix: str) -> str:
    """Delete a draft (or a request needing attention); returns its full id."""
    request_id = root.outbox.resolve_id(id_or_prefix)
    root.outbox.delete_draft(request_id)
    return request_id


class OutboxOverview(NamedTuple):
    drafts: int
    requests: list[StoredRequest]
    """Every request past the draft stage (queued, sent, needing attention), newest change first."""


def outbox_overview(root: AppRoot) -> OutboxOverview:
    from pixrma_desktop.outbox.state import RequestState

    rows = root.outbox.list([s for s in RequestState if s is not RequestState.DRAFT])
    return OutboxOverview(root.outbox.counts().get(RequestState.DRAFT, 0), rows)
