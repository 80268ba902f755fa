"""Other requests that name the same camera: the duplicate guard's local half (drafts, waiting and open requests).

The serial number is a camera's signature: one report for all affected cameras is the vendor's rule, so a
second request naming a serial that is already in an open request is shown before it is queued or filed.
The server's half (the user's open tickets naming the serial) is ``RtBackend.open_tickets_naming``;
``with_server_tickets`` adds those that no local request stands for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pixrma_desktop.outbox.records import StoredRequest
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.rma.request import DraftFormatError
from pixrma_desktop.support.backend import OpenTicket

OPEN_STATES = frozenset(RequestState) - {RequestState.CLOSED}
"""A closed case is history; every other state (drafts included) is a request the camera may already be in."""


@dataclass(frozen=True)
class DuplicateMatch:
    """Another request, or a ticket on the server, that names one of the serials."""

    serials: tuple[str, ...]
    """The serials it shares with the request being checked."""
    request_id: str | None = None
    """The local request (None for a ticket found only on the server)."""
    title: str = ""
    state: str = ""
    """Outbox state (``RequestState``) or the server's status word."""
    ticket_number: str | None = None
    rma_number: str | None = None
    when: float | None = None
    """When it was filed (or last changed, for a draft), ``time.time()`` seconds."""


def normalise_serial(serial: str) -> str:
    return "".join(serial.split()).upper()


def local_matches(rows: Iterable[StoredRequest], serials: Iterable[str], exclude_id: str) -> list[DuplicateMatch]:
    """Open requests other than ``exclude_id`` that name any of ``serials``, newest change first."""
    wanted = {normalise_serial(s): s.strip() for s in serials if s.strip()}
    found: list[DuplicateMatch] = []
    for row in rows:
        if row.id == exclude_id or row.state not in OPEN_STATES:
            continue
        try:
            theirs = {normalise_serial(c.serial) for c in row.request.cameras if c.serial.strip()}
        except DraftFormatError:
            continue  # a damaged draft is shown by the outbox itself
        shared = tuple(wanted[s] for s in wanted if s in theirs)
        if shared:
            found.append(
                DuplicateMatch(
                    serials=shared,
                    request_id=row.id,
                    title=row.title,
                    state=str(row.state),
                    ticket_number=row.support_ticket_number,
                    rma_number=row.rma_number,
                    when=row.submitted_at or row.updated_at,
                )
            )
    return sorted(found, key=lambda m: m.when or 0.0, reverse=True)


def with_server_tickets(local: list[DuplicateMatch], tickets: Iterable[OpenTicket]) -> list[DuplicateMatch]:
    """Local matches plus the server's open tickets that no local request already stands for (a ticket filed
    from another computer, or before this outbox existed)."""
    known = {m.ticket_number for m in local if m.ticket_number}
    return local + [
        DuplicateMatch(
            serials=t.serials,
            title=t.subject,
            state=t.status,
            ticket_number=t.ticket_id,
            rma_number=t.rma_number,
            when=_iso_seconds(t.created),
        )
        for t in tickets
        if t.ticket_id not in known
    ]


def _iso_seconds(text: str) -> float | None:
    from datetime import datetime

    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None
