"""The duplicate guard: before a camera joins a request, and before a request is queued or sent, look for other
requests that name the same serial number, so one camera does not end up in two support tickets.

Local half: drafts, waiting and open requests in the outbox (``outbox.duplicates.local_matches``). Server half
(online, and only with a backend that can search, i.e. Request Tracker): the user's open tickets naming the
serial (``RtBackend.open_tickets_naming``; a customer sees only their own). A server that cannot be asked is
not an error: the check says so and the local half stands.

``queue_checked`` and ``submit_checked`` refuse with ``DuplicateRequestError`` while matches exist, unless
the user gives a reason to file anyway; the reason (and which requests were found) then goes into the report
text, so support sees it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.application.sending import SubmitOutcome
    from pixrma_desktop.outbox.duplicates import DuplicateMatch
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.rma.request import RmaRequest


@dataclass(frozen=True)
class DuplicateCheck:
    matches: tuple[DuplicateMatch, ...] = ()
    server_asked: bool = False
    """The server's open tickets were searched too."""
    server_problem: str = ""
    """Why the server was not searched (offline, not configured, unreachable); "" when it was, or need not be."""

    @property
    def found(self) -> bool:
        return bool(self.matches)


class DuplicateRequestError(Exception):
    """Other open requests name a camera of this request; nothing was queued or sent."""

    def __init__(self, request_id: str, check: DuplicateCheck) -> None:
        super().__init__(
            f"Another open request already names {'these cameras' if len(_serials(check)) > 1 else 'this camera'} "
            f"({', '.join(_serials(check))}): {'; '.join(describe_match(m) for m in check.matches)}."
        )
        self.request_id = request_id
        self.check = check


def _serials(check: DuplicateCheck) -> list[str]:
    return list(dict.fromkeys(s for m in check.matches for s in m.serials))


def describe_match(match: DuplicateMatch) -> str:
    """One line for the user: "support ticket #12 (RMA 34, open) filed 2026-12-04: RMA request: PL-D755MU"."""
    from datetime import datetime

    if match.ticket_number:
        what = f"support ticket #{match.ticket_number}"
    else:
        what = f"request {(match.request_id or '')[:8]}"
    extra = [f"RMA {match.rma_number}"] if match.rma_number else []
    extra.append(match.state or "open")
    when = f" of {datetime.fromtimestamp(match.when).strftime('%Y-%m-%d')}" if match.when else ""
    where = "" if match.request_id else ", on the server only"
    return f"{what} ({', '.join(extra)}{where}){when}: {match.title}".rstrip(": ")


def match_document(match: DuplicateMatch) -> dict[str, Any]:
    """A match as JSON for ``--json`` output."""
    return {
        "serials": list(match.serials),
        "request_id": match.request_id,
        "support_ticket_number": match.ticket_number,
        "rma_number": match.rma_number,
        "state": match.state,
        "title": match.title,
        "when": match.when,
    }


def find_duplicates(
    root: AppRoot, serials: Iterable[str], exclude_id: str = "", *, online: bool = True
) -> DuplicateCheck:
    """Other open requests (local, and with ``online`` the user's open tickets on the server) naming any of
    ``serials``; ``exclude_id`` is the request being checked."""
    from pixrma_desktop.outbox.duplicates import local_matches, with_server_tickets
    from pixrma_desktop.support.backend import SupportError

    wanted = [s for s in serials if s.strip()]
    if not wanted:
        return DuplicateCheck()
    local = local_matches(root.outbox.list(), wanted, exclude_id)
    if not online:
        return DuplicateCheck(tuple(local), server_problem="offline: only this computer's requests were searched")
    try:
        backend = root.backend()
    except SupportError as exc:
        return DuplicateCheck(tuple(local), server_problem=str(exc))
    search = getattr(backend, "open_tickets_naming", None)
    if search is None:
        return DuplicateCheck(tuple(local))  # e-mail support cannot be searched; nothing to say about it
    try:
        tickets = search(wanted)
    except SupportError as exc:
        return DuplicateCheck(tuple(local), server_problem=str(exc))
    return DuplicateCheck(tuple(with_server_tickets(local, tickets)), server_asked=True)


def duplicates_of(root: AppRoot, id_or_prefix: str, *, online: bool = True) -> DuplicateCheck:
    """``find_duplicates`` for the cameras of a stored request."""
    row = root.outbox.get(id_or_prefix)
    return find_duplicates(root, (c.serial for c in row.request.cameras), row.id, online=online)


def filed_anyway_text(check: DuplicateCheck, reason: str) -> str:
    """What the report says when the user files a new request although others name the same camera."""
    lines = [f"Other open requests name the same camera ({', '.join(_serials(check))}):"]
    lines += [f"- {describe_match(m)}" for m in check.matches]
    lines.append(f"Reason given for a new request: {reason.strip()}")
    return "\n".join(lines)


def record_reason(root: AppRoot, id_or_prefix: str, check: DuplicateCheck, reason: str) -> None:
    """Write the reason (and what was found) into the stored request's report text."""
    row = root.outbox.get(id_or_prefix)
    request = row.request.model_copy(update={"filed_anyway": filed_anyway_text(check, reason)})
    root.outbox.save_draft(request)


def _guard(root: AppRoot, row: StoredRequest, file_anyway: str | None, online: bool) -> DuplicateCheck:
    from pixrma_desktop.outbox.state import EDITABLE_STATES

    if row.state not in EDITABLE_STATES:
        return DuplicateCheck()  # already queued or sent: the guard ran when it was queued
    check = find_duplicates(root, (c.serial for c in row.request.cameras), row.id, online=online)
    if check.found:
        if not (file_anyway or "").strip():
            raise DuplicateRequestError(row.id, check)
        record_reason(root, row.id, check, file_anyway or "")
    return check


def queue_checked(
    root: AppRoot, id_or_prefix: str, *, file_anyway: str | None = None, online: bool = True
) -> tuple[StoredRequest, DuplicateCheck]:
    """``drafts.queue_request`` behind the duplicate guard: ``DuplicateRequestError`` when other open requests
    name one of its cameras, unless ``file_anyway`` gives the reason (it goes into the report)."""
    from pixrma_desktop.application.drafts import queue_request

    row = root.outbox.get(id_or_prefix)
    check = _guard(root, row, file_anyway, online)
    return queue_request(root, row.id), check


def submit_checked(
    root: AppRoot, id_or_prefix: str, *, file_anyway: str | None = None
) -> tuple[SubmitOutcome, DuplicateCheck]:
    """``sending.submit_now`` behind the duplicate guard (as ``queue_checked``)."""
    from pixrma_desktop.application.sending import submit_now

    row = root.outbox.get(id_or_prefix)
    check = _guard(root, row, file_anyway, online=True)
    return submit_now(root, row.id), check


def submit_draft_checked(
    root: AppRoot, request: RmaRequest, *, file_anyway: str | None = None, online: bool = True
) -> str:
    """The app's Submit behind the duplicate guard: save the final text, remember the contact, then queue it
    (``DuplicateRequestError`` while other open requests name one of its cameras and no reason is given)."""
    from pixrma_desktop.application.drafts import save_final

    save_final(root, request)
    queue_checked(root, request.id, file_anyway=file_anyway, online=online)
    return request.id
