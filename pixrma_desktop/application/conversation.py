"""The conversation after filing: read it, answer it, and what to do once support issues an RMA.

`pixrma conversation`, `pixrma reply`, `pixrma status` (unread counts) and the Outbox page's conversation pane
call these. Refreshing never happens offline (the caller says so); a backend that cannot read the conversation
back (e-mail) gives ``NoConversationError`` with the sentence to show. Replies are queued in the outbox first,
then sent exactly once by the outbox's ``ReplySender``; "Try again and report" (``recheck``) lives in
``application.recheck``.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.outbox.conversation_refresh import RefreshResult
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.outbox.reply_records import ReplyFile, StoredReply
    from pixrma_desktop.outbox.reply_sender import ReplyReport
    from pixrma_desktop.rma.request import RmaRequest
    from pixrma_desktop.support.backend import SupportError
    from pixrma_desktop.support.thread import AttachmentInfo, Conversation
    from pixrma_desktop.support.timeline import ReturnInstructions, Timeline

REPLY_RETRY_S = 30.0
"""How long a reply sent now is retried after temporary failures before it is left queued for later."""


class NoRmaNumberError(ValueError):
    """No RMA number is known for the request yet, so there is nothing to write a packing slip for."""


# -- reading ---------------------------------------------------------------------------------------------------


@dataclass
class ConversationRefresh:
    results: list[RefreshResult] = field(default_factory=list)
    problem: SupportError | None = None
    """Why the server was not asked (no backend, e-mail backend) or stopped being asked (credentials refused)."""
    offline: bool = False
    rma_found: list[str] = field(default_factory=list)
    """Requests whose RMA number this refresh found (an RMA ticket in the thread) and stored."""

    @property
    def new_from_support(self) -> list[tuple[str, str]]:
        """(request id, first line) of each new item from support, for a notification."""
        return [(r.request_id, item.first_line) for r in self.results for item in r.new_from_support]

    @property
    def errors(self) -> list[tuple[str, str]]:
        return [(r.request_id, r.error) for r in self.results if r.error]


def refresh_conversations(
    root: AppRoot, request_id: str | None = None, *, offline: bool = False
) -> ConversationRefresh:
    """Read what is new on the tickets of one sent request (or of every one) and keep it; nothing when
    ``offline``."""
    from pixrma_desktop.outbox.conversation_refresh import (
        RefreshResult,
        conversation_backend,
        refresh_all,
        refresh_conversation,
    )
    from pixrma_desktop.support.backend import SupportError

    if offline:
        return ConversationRefresh(offline=True)
    try:
        reader = conversation_backend(root.backend())
    except SupportError as exc:
        return ConversationRefresh(problem=exc)
    if request_id is None:
        return _with_rma_numbers(root, ConversationRefresh(refresh_all(root.outbox, reader)))
    try:
        return _with_rma_numbers(root, ConversationRefresh([refresh_conversation(root.outbox, reader, request_id)]))
    except SupportError as exc:
        return ConversationRefresh([RefreshResult(root.outbox.resolve_id(request_id), error=str(exc))], exc)


def _with_rma_numbers(root: AppRoot, refresh: ConversationRefresh) -> ConversationRefresh:
    """Store the RMA number of each refreshed request whose thread now holds an RMA ticket, so the Outbox's
    "RMA #" column shows it before the next status refresh."""
    store = root.outbox
    rma_queue = root.settings.support.rt_rma_queue
    for result in refresh.results:
        if result.error:
            continue
        row = store.get(result.request_id)
        if row.rma_number:
            continue
        number = rma_number_of(row, store.conversation(row.id), rma_queue)
        if number:
            store.record_rma_number(row.id, number)
            refresh.rma_found.append(row.id)
    return refresh


@dataclass(frozen=True)
class ThreadView:
    row: StoredRequest
    conversation: Conversation
    replies: tuple[StoredReply, ...]
    """The user's replies as the outbox holds them (waiting ones are not on the ticket yet)."""
    unread: int


def show_thread(root: AppRoot, request_id: str) -> ThreadView:
    """The request's thread as kept (read it with ``refresh_conversations`` first when online)."""
    store = root.outbox
    row = store.get(request_id)
    return ThreadView(
        row, store.conversation(row.id), tuple(store.replies(row.id)), store.unread_counts().get(row.id, 0)
    )


def mark_read(root: AppRoot, request_id: str) -> None:
    root.outbox.mark_read(request_id)


def unread_counts(root: AppRoot) -> dict[str, int]:
    """Request id → items from support the user has not read (only requests that have some)."""
    return root.outbox.unread_counts()


def save_attachment(root: AppRoot, attachment: AttachmentInfo, folder: Path) -> Path:
    """Fetch a file support sent and save it in ``folder`` under a cleaned name (never opened);
    ``support.saved_files.SaveError`` or a ``SupportError`` say why not."""
    from pixrma_desktop.outbox.conversation_refresh import NO_CONVERSATION_BY_EMAIL, NoConversationError
    from pixrma_desktop.support.saved_files import save_file

    backend = root.backend()
    fetch = getattr(backend, "attachment_content", None)
    if not callable(fetch):
        raise NoConversationError(NO_CONVERSATION_BY_EMAIL)
    content = fetch(attachment.id)
    return save_file(folder, attachment.name, content)


# -- replying --------------------------------------------------------------------------------------------------


def reply_file(path: Path, name: str | None = None) -> ReplyFile:
    """A file to attach to a reply (its content type guessed from its name)."""
    from pixrma_desktop.outbox.reply_records import ReplyFile

    shown = name or path.name
    content_type = mimetypes.guess_type(shown)[0] or "application/octet-stream"
    return ReplyFile(str(path.resolve()), shown, content_type)


def reply_folder(root: AppRoot) -> Path:
    """Where files made for a reply (a fresh bundle, findings JSON) wait until the reply is sent."""
    folder = root.paths.data_dir / "replies"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fresh_bundle(root: AppRoot, request_id: str) -> ReplyFile:
    """A new support bundle for the request (system report, logs, the user's files), to attach to a reply."""
    row = root.outbox.get(request_id)
    bundle = root.bundle_maker()(row.request)
    return reply_file(bundle, f"support-bundle-{row.id[:8]}.zip")


@dataclass(frozen=True)
class ReplyOutcome:
    reply: StoredReply
    """The reply as the outbox holds it after the attempt (sent, still queued, or needing attention)."""
    report: ReplyReport | None = None
    problem: SupportError | None = None
    """Why no attempt was made (no backend, e-mail backend); the reply stays queued."""


def send_reply(
    root: AppRoot,
    request_id: str,
    text: str,
    files: Sequence[ReplyFile] = (),
    *,
    with_bundle: bool = False,
    ticket: str | None = None,
    retry_for_s: float = REPLY_RETRY_S,
    offline: bool = False,
) -> ReplyOutcome:
    """Queue a reply (text, files, optionally a fresh support bundle) and send it now, exactly once. Offline,
    or without a backend, it stays queued and ``resend_waiting`` sends it later."""
    from pixrma_desktop.outbox.reply_sender import replying_backend
    from pixrma_desktop.support.backend import SupportError

    store = root.outbox
    files = list(files)
    if with_bundle:
        files.append(fresh_bundle(root, request_id))
    stored = store.queue_reply(request_id, text, files, ticket=ticket)
    if offline:
        return ReplyOutcome(stored)
    try:
        backend = replying_backend(root.backend())
    except SupportError as exc:
        return ReplyOutcome(stored, problem=exc)
    return ReplyOutcome(*_send(root, backend, stored.request_id, stored.id, retry_for_s))


def add_as_reply(
    root: AppRoot, request_id: str, request: RmaRequest, *, ticket: str | None = None, offline: bool = False
) -> ReplyOutcome:
    """The duplicate dialog's "add this as a reply": what ``request`` says about its cameras, queued and sent as
    a reply on the sent request ``request_id`` (its support ticket, or ``ticket``)."""
    from pixrma_desktop.rma.render import problem_description

    text = "More about the camera(s) of this ticket:\n\n" + problem_description(request).rstrip() + "\n"
    return send_reply(root, request_id, text, ticket=ticket, offline=offline)


def _send(
    root: AppRoot, backend: object, request_id: str, reply_id: str, retry_for_s: float
) -> tuple[StoredReply, ReplyReport]:
    from pixrma_desktop.outbox.reply_sender import ReplySender, replying_backend

    report = ReplySender(root.outbox, replying_backend(backend), clock=root.clock).run(
        retry_for_s=retry_for_s, request_id=request_id
    )
    return root.outbox.reply(reply_id), report


def resend_reply(root: AppRoot, reply_id: str, *, retry_for_s: float = REPLY_RETRY_S) -> ReplyOutcome:
    """Send a reply that needed attention again (after the user fixed the cause)."""
    from pixrma_desktop.outbox.reply_sender import replying_backend
    from pixrma_desktop.support.backend import SupportError

    stored = root.outbox.requeue_reply(reply_id)
    try:
        backend = replying_backend(root.backend())
    except SupportError as exc:
        return ReplyOutcome(stored, problem=exc)
    return ReplyOutcome(*_send(root, backend, stored.request_id, stored.id, retry_for_s))


def send_waiting(root: AppRoot, request_id: str | None = None, *, retry_for_s: float = 0.0) -> list[ReplyOutcome]:
    """Send the replies waiting in the outbox (of one request, or all): at start-up, when the network is back,
    or on `pixrma reply ID --resend`. Nothing waiting: no backend is needed."""
    from pixrma_desktop.outbox.reply_records import ReplyState
    from pixrma_desktop.outbox.reply_sender import replying_backend
    from pixrma_desktop.support.backend import SupportError

    store = root.outbox
    waiting = store.replies(request_id, [ReplyState.QUEUED, ReplyState.SENDING])
    if not waiting:
        return []
    try:
        backend = replying_backend(root.backend())
    except SupportError as exc:
        return [ReplyOutcome(r, problem=exc) for r in waiting]
    from pixrma_desktop.outbox.reply_sender import ReplySender

    report = ReplySender(store, backend, clock=root.clock).run(retry_for_s=retry_for_s, request_id=request_id)
    return [ReplyOutcome(store.reply(r.id), report) for r in waiting]


# -- the RMA ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RmaView:
    rma_number: str
    """The number to write on the parcel; "" while support has issued none."""
    timeline: Timeline
    instructions: tuple[ReturnInstructions, ...]
    rules: tuple[str, ...]
    """The vendor's rules for a return (RMA number on the parcel, shipping cost, quote out of warranty)."""


def rma_number_of(row: StoredRequest, conversation: Conversation, rma_queue: str) -> str:
    """The RMA number: as the status refresh stored it, else the first RMA ticket in the thread."""
    from pixrma_desktop.support.timeline import return_instructions

    if row.rma_number:
        return row.rma_number
    found = return_instructions(conversation, rma_queue)
    return found[0].rma_number if found else ""


def rma_view(root: AppRoot, request_id: str) -> RmaView:
    """The status timeline in the vendor's words, and once an RMA exists its return instructions and rules."""
    from pixrma_desktop.rma.packing_slip import RULES
    from pixrma_desktop.support.timeline import return_instructions, timeline

    store = root.outbox
    row = store.get(request_id)
    conversation = store.conversation(row.id)
    queue = root.settings.support.rt_rma_queue
    number = rma_number_of(row, conversation, queue)
    rules = tuple(rule.format(ticket=row.support_ticket_number or "?") for rule in RULES) if number else ()
    return RmaView(
        number,
        timeline(conversation, row.support_ticket_number or "", queue),
        tuple(return_instructions(conversation, queue)),
        rules,
    )


def write_slip(root: AppRoot, request_id: str, path: Path) -> Path:
    """Write the packing slip PDF for the request's RMA; ``NoRmaNumberError`` while support has issued none."""
    from pixrma_desktop.rma.packing_slip import PackingSlip, write_packing_slip

    store = root.outbox
    row = store.get(request_id)
    number = rma_number_of(row, store.conversation(row.id), root.settings.support.rt_rma_queue)
    if not number:
        raise NoRmaNumberError(
            "No RMA number is known for this request yet. Support issues one (with the return instructions) "
            "when a remote fix does not help; refresh the conversation to see whether it has."
        )
    slip = PackingSlip.for_request(row.request, rma_number=number, support_ticket=row.support_ticket_number or "")
    return write_packing_slip(slip, path)


def new_file_name(stem: str, suffix: str) -> str:
    return f"{stem}-{uuid.uuid4().hex[:8]}{suffix}"
