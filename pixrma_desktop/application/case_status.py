"""Where sent requests stand: ask the support server about each filed case and remember the answer.

The one implementation behind `pixrma status` and the app's Outbox page (its Refresh button and its timer).
Each answer is stored (``OutboxStore.record_status``): the case step and, once support issued one, the RMA
number. A request sent by e-mail has no ticket number until the user records the one from support's
autoreply (``record_ticket_number``). ``status_inquiry`` writes the e-mail the vendor asks for to ask about
a case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.rma.request import RmaRequest
    from pixrma_desktop.support.backend import SupportError
    from pixrma_desktop.support.case_tracking import InquiryEmail


class NotSentError(ValueError):
    """The request has not been sent yet, so there is no case to ask about."""

    def __init__(self, row: StoredRequest) -> None:
        super().__init__(f"{row.id} has not been sent yet ({row.state}).")
        self.row = row


class NoTicketNumberError(ValueError):
    """No support ticket number: the text given as one holds none, or the request has none yet."""


class Refreshed(Enum):
    YES = "refreshed"
    FAILED = "not refreshed"
    NO_TICKET = "no ticket number yet"
    """Sent by e-mail: the ticket number comes with support's autoreply."""
    SKIPPED = "not asked"
    """Offline, no backend, or the server refused the credentials earlier in this refresh."""


@dataclass(frozen=True)
class CaseLine:
    row: StoredRequest
    """The request as stored after the refresh."""
    refreshed: Refreshed
    detail: str = ""
    """With YES: the server's words about the case."""
    problem: SupportError | None = None
    """With FAILED: why the server could not be asked."""


@dataclass
class StatusRefresh:
    lines: list[CaseLine] = field(default_factory=list)
    backend_problem: SupportError | None = None
    """Why the server was not asked at all, or stopped being asked: no backend could be made, or it refused
    the stored credentials (``AuthError``). The rest shows what is stored."""

    @property
    def failures(self) -> list[SupportError]:
        return [line.problem for line in self.lines if line.problem is not None]


def filed_requests(root: AppRoot, *, include_closed: bool = False) -> list[StoredRequest]:
    """The sent requests, oldest submission first (closed ones only with ``include_closed``)."""
    from pixrma_desktop.outbox.state import FILED_STATES, RequestState

    states = FILED_STATES if include_closed else FILED_STATES - {RequestState.CLOSED}
    return sorted(root.outbox.list(states), key=lambda r: r.submitted_at or 0.0)


def sent_request(root: AppRoot, id_or_prefix: str) -> StoredRequest:
    """One sent request; ``NotSentError`` when it has not been sent yet."""
    from pixrma_desktop.outbox.state import FILED_STATES

    row = root.outbox.get(id_or_prefix)
    if row.state not in FILED_STATES:
        raise NotSentError(row)
    return row


def record_ticket_number(root: AppRoot, request_id: str, text: str) -> StoredRequest:
    """Store the ticket number from support's autoreply (``1234``, ``#1234`` or the autoreply's subject)."""
    from pixrma_desktop.support.case_tracking import ticket_number_in

    number = ticket_number_in(text)
    if number is None:
        raise NoTicketNumberError(f"no support ticket number in {text!r}.")
    return root.outbox.record_ticket_number(request_id, number)


def refresh_status(root: AppRoot, rows: Sequence[StoredRequest], *, offline: bool = False) -> StatusRefresh:
    """Ask the server about each of ``rows`` (unless ``offline``) and store the answers."""
    from pixrma_desktop.support.backend import AuthError, SupportBackend, SupportError, TicketRef

    result = StatusRefresh()
    backend: SupportBackend | None = None
    if not offline and rows:
        try:
            backend = root.backend()
        except SupportError as exc:
            result.backend_problem = exc
    for row in rows:
        if backend is None:
            result.lines.append(CaseLine(row, Refreshed.SKIPPED))
            continue
        if not row.support_ticket_number:
            result.lines.append(CaseLine(row, Refreshed.NO_TICKET))
            continue
        ticket = TicketRef(row.support_ticket_number, row.support_ticket_url, backend.name)
        try:
            status = backend.status(ticket)
        except AuthError as exc:
            result.backend_problem, backend = exc, None
            result.lines.append(CaseLine(row, Refreshed.SKIPPED))
        except SupportError as exc:
            result.lines.append(CaseLine(row, Refreshed.FAILED, problem=exc))
        else:
            result.lines.append(CaseLine(root.outbox.record_status(row.id, status), Refreshed.YES, status.detail))
    return result


def inquiry_address(root: AppRoot, row: StoredRequest | None = None) -> str:
    """Where status inquiries go: the configured inquiry address (``support.inquiry_to``), else the correspond
    address the server told (the saved server profile) of the queue ``row``'s support ticket is in, or of the
    support queue; else the address support's latest mail about ``row`` came from (when the thread kept one);
    else the support mail address ("" if none is known)."""
    support = root.settings.support
    if support.inquiry_to:
        return support.inquiry_to
    from pixrma_desktop.support.server_profile import load

    conversation = root.outbox.conversation(row.id) if row is not None else None
    queues = [support.rt_support_queue]
    if conversation is not None and row is not None and row.support_ticket_number:
        queues.insert(0, conversation.tickets.get(row.support_ticket_number, support.rt_support_queue))
    profile = load(root.paths.data_dir)
    for name in queues:
        queue = profile.queue(name) if profile is not None else None
        if queue is not None and queue.correspond_address:
            return queue.correspond_address
    if conversation is not None:
        from pixrma_desktop.support.thread import support_address

        found = support_address(conversation)
        if found:
            return found
    return support.smtp_to


def status_inquiry(root: AppRoot, row: StoredRequest) -> InquiryEmail:
    """The repair status inquiry the vendor asks for (``[#ticket]`` in the subject) for a sent request, to
    ``inquiry_address``; ``NoTicketNumberError`` while its ticket number is not known."""
    from pixrma_desktop.rma.request import DraftFormatError
    from pixrma_desktop.support.case_tracking import inquiry_email

    if not row.support_ticket_number:
        raise NoTicketNumberError("the support ticket number is not known yet, so the inquiry cannot name it.")
    try:
        request = row.request
        serials = tuple(c.serial for c in request.cameras)
        sender, name = request.contact.email, request.contact.name
    except DraftFormatError:
        serials, sender, name = (), "", ""
    return inquiry_email(
        row.support_ticket_number,
        inquiry_address(root, row),
        serials=serials,
        rma_number=row.rma_number,
        sender=sender,
        name=name,
    )


def reply_inquiry(
    root: AppRoot, ticket_number: str, request: RmaRequest, *, rma_number: str | None = None
) -> InquiryEmail:
    """What this request says, as an e-mail about the open ticket ``ticket_number`` (``[#N]`` in the subject,
    so support files it with that ticket): the duplicate dialog's "add this as a reply" until the app can
    reply in a ticket itself."""
    from pixrma_desktop.rma.render import problem_description
    from pixrma_desktop.support.case_tracking import InquiryEmail, ticket_number_in

    number = ticket_number_in(ticket_number)
    if number is None:
        raise NoTicketNumberError(f"{ticket_number!r} is not a support ticket number.")
    lines = [
        "Hello,",
        "",
        "More about the camera(s) of this support ticket:",
        "",
        f"Support ticket number: #{number}",
        f"RMA number: {rma_number}" if rma_number else "RMA number: not issued yet",
        "",
        problem_description(request),
        "",
        "Thank you,",
        request.contact.name,
    ]
    return InquiryEmail(
        to=inquiry_address(root),
        subject=f"[#{number}] More about this request",
        body="\n".join(lines).rstrip() + "\n",
        sender=request.contact.email,
    )
