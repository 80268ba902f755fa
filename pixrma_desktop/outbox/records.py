"""What the outbox hands out: a stored request (one row of ``requests``) and a sender's lease on one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pixrma_desktop.outbox.state import EDITABLE_STATES, RequestState
from pixrma_desktop.rma.request import RmaRequest, load_request


@dataclass(frozen=True)
class StoredRequest:
    """One row of the outbox: the request's JSON plus where it stands."""

    id: str
    state: RequestState
    title: str
    document: str
    revision: int
    created_at: float
    updated_at: float
    queued_at: float | None
    submitted_at: float | None
    support_ticket_number: str | None
    """The support system's ticket number (NOT the RMA number)."""
    support_ticket_url: str | None
    rma_number: str | None
    """The RMA number, once support has issued one (NOT the ticket number)."""
    case_step: str | None
    server_status: str
    attention_message: str | None
    """Why the request needs the user, in the server's words."""
    attempts: int
    next_attempt_at: float
    last_error: str | None
    maybe_sent: bool
    """An earlier attempt may have reached the server: look the submission id up before sending again."""
    lease_owner: str | None
    lease_expires_at: float | None

    @property
    def request(self) -> RmaRequest:
        """The request itself (raises ``DraftFormatError`` if the stored JSON is damaged)."""
        return load_request(self.document)

    @property
    def editable(self) -> bool:
        return self.state in EDITABLE_STATES


COLUMNS = (
    "id, state, title, document, revision, created_at, updated_at, queued_at, submitted_at, "
    "support_ticket_number, support_ticket_url, rma_number, case_step, server_status, attention_message, "
    "attempts, next_attempt_at, last_error, maybe_sent, lease_owner, lease_expires_at"
)
"""The ``requests`` columns in ``StoredRequest`` field order, for ``SELECT {COLUMNS} FROM requests``."""


def stored_request(values: tuple[Any, ...]) -> StoredRequest:
    """The ``StoredRequest`` for a row selected with ``COLUMNS``."""
    v = list(values)
    v[1] = RequestState(v[1])
    v[18] = bool(v[18])
    return StoredRequest(*v)


@dataclass(frozen=True)
class Lease:
    """A request held by one sender until ``expires_at``; ``lookup_first`` when it may already be filed."""

    request_id: str
    owner: str
    expires_at: float
    lookup_first: bool
    stored: StoredRequest


def request_title(request: RmaRequest) -> str:
    """The title a request is stored and listed under (its subject line)."""
    from pixrma_desktop.rma.render import subject

    return subject(request)
