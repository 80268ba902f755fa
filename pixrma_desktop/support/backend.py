"""The interface between the outbox and a support system, and its small error taxonomy.

The outbox's sender talks only to a ``SupportBackend``; Request Tracker and e-mail are implementations. A
``Submission`` is plain data built from an RMA request (the form never talks HTTP; the backend never sees the
form).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class Attachment:
    path: Path
    filename: str
    content_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Submission:
    submission_id: str
    """UUID fixed when the draft was created; the key that makes sending exactly-once."""
    subject: str
    requestor_email: str
    body: str
    serials: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    firmware_versions: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class TicketRef:
    ticket_id: str
    """The support ticket number. It is NOT the RMA number."""
    url: str | None = None
    backend: str = ""
    unsaved_fields: tuple[str, ...] = ()
    """Fields the server silently dropped (e.g. custom fields it does not know), for the user to see."""
    tracked: bool = True
    """False for a request sent by e-mail: no server can be asked where it stands."""

    @property
    def description(self) -> str:
        """How the user should read it: the ticket number, or where it will come from when not known yet."""
        if self.ticket_id:
            return f"support ticket #{self.ticket_id}"
        return "sent by e-mail; the support ticket number arrives in the autoreply (type it in when it does)"


@dataclass(frozen=True)
class OpenTicket:
    """A ticket of the user's on the server that is not resolved or rejected (for the duplicate guard)."""

    ticket_id: str
    status: str
    subject: str = ""
    created: str = ""
    """As the server wrote it (ISO 8601 for RT)."""
    serials: tuple[str, ...] = ()
    """Which of the asked-about serials it names."""
    rma_number: str | None = None


class CaseStep(StrEnum):
    """Where a case stands, in the vendor's own steps."""

    RECEIVED = "received"
    SENT_BY_EMAIL = "sent-by-email"
    """Sent by e-mail: nothing tracks it (a mailbox cannot be asked where a case stands)."""
    UNDER_REVIEW = "under-review"
    REMOTE_FIX_PROPOSED = "remote-fix-proposed"
    RMA_ISSUED = "rma-issued"
    QUOTE_PENDING = "quote-pending"
    REPAIRED_SHIPPED = "repaired-shipped"
    CLOSED = "closed"


@dataclass(frozen=True)
class TicketStatus:
    ticket: TicketRef
    step: CaseStep
    server_status: str = ""
    """The support system's own word for it (e.g. RT's "open")."""
    rma_number: str | None = None
    """Set once support has issued an RMA (a ticket in the RMA queue linked to this one)."""
    detail: str = ""


class SupportError(Exception):
    """Base of every error a backend raises; ``str()`` is a sentence a user can act on."""


class TransientError(SupportError):
    """Worth retrying later: network down, timeout, 5xx, 429."""

    def __init__(self, message: str, *, retry_after: float | None = None, uncertain: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.uncertain = uncertain
        """The request may have reached the server: look the submission up before sending again."""


@dataclass
class FieldProblem:
    field: str
    message: str


class PermanentError(SupportError):
    """The server refused the request as it is (4xx): it needs the user's attention, not another retry."""

    def __init__(
        self, message: str, problems: list[FieldProblem] | None = None, *, status_code: int | None = None
    ) -> None:
        super().__init__(message)
        self.problems = problems or []
        self.status_code = status_code
        """The HTTP status the server answered with, when it was an HTTP refusal."""


class AuthError(SupportError):
    """Missing or rejected credentials: ask the user to log in again."""


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    message: str
    details: list[str] = field(default_factory=list)


class SupportBackend(Protocol):
    name: str

    def create(self, submission: Submission) -> TicketRef:
        """File the request; raise a ``SupportError`` subclass on failure."""
        ...

    def find(self, submission_id: str) -> TicketRef | None:
        """The ticket already filed for this submission id, if any."""
        ...

    def status(self, ticket: TicketRef) -> TicketStatus:
        """Where the case stands now, including the RMA number once one exists."""
        ...
