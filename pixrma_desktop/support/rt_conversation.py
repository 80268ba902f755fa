"""The conversation on a Request Tracker ticket through REST2: reading it, fetching a file, replying once.

Reading costs two requests per ticket whatever its length (more only past 100 transactions or MIME parts):
the history and the MIME parts, both filtered on the server to what is newer than the last transaction
already read (REST2 accepts a JSON list of conditions in the body of a ``POST`` to a collection). File
contents are not fetched: ``attachment_content`` gets one when the user saves it.

A reply is a ``POST /ticket/N/correspond``, which is not idempotent: each reply carries its own id in a
footer line (``pixrma-reply-id: …``), and ``reply_arrived`` looks for it in the ticket before a retry.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support import rt_parse
from pixrma_desktop.support.backend import Attachment, PermanentError
from pixrma_desktop.support.json_body import FileContent, StreamedJsonBody
from pixrma_desktop.support.rt_http import RtHttp
from pixrma_desktop.support.rt_thread import (
    ATTACHMENT_FIELDS,
    CONTENT_TYPES,
    HISTORY_FIELDS,
    REPLY_ID_LINE,
    read_thread,
    reply_ids_in,
)
from pixrma_desktop.support.thread import Conversation, TicketThread

PER_PAGE = 100
"""RT's largest page."""
MAX_PAGES = 50

REPLY_RIGHT = "ReplyToTicket"


def reply_footer(reply_id: str) -> str:
    return f"{REPLY_ID_LINE} {reply_id}"


def read_ticket(
    http: RtHttp, ticket_id: str, queue: str, *, after: int = 0, you: Iterable[str] = (), opened_by_you: bool = False
) -> TicketThread:
    """What happened on ``ticket_id`` after transaction ``after``: two requests when nothing is long."""
    history = _collect(http, f"/ticket/{ticket_id}/history", HISTORY_FIELDS, [_after("id", after)])
    if not history and after == 0:  # every ticket has its Create transaction; RT hides all of another's
        raise PermanentError(
            f"Your support account cannot see ticket #{ticket_id}. Check the ticket number, and that you are "
            "logged in with the account that filed the request (`pixrma login`).",
            status_code=403,
        )
    newest = max((rt_parse.as_int(t.get("id")) for t in history), default=after)
    messages = {rt_parse.as_int(t.get("id")) for t in history if rt_parse.as_text(t.get("Type")) in CONTENT_TYPES}
    parts: list[dict[str, Any]] = []
    if messages:
        conditions = [
            _after("TransactionId", after),
            {"field": "TransactionId", "operator": "<=", "value": str(newest)},
        ]
        parts = _collect(http, f"/ticket/{ticket_id}/attachments", ATTACHMENT_FIELDS, conditions, until=max(messages))
    return read_thread(ticket_id, queue, history, parts, you=you, opened_by_you=opened_by_you, after=after)


def _after(field: str, after: int) -> dict[str, str]:
    return {"field": field, "operator": ">", "value": str(after)}


def _collect(
    http: RtHttp, path: str, fields: str, conditions: list[dict[str, str]], *, until: int = 0
) -> list[dict[str, Any]]:
    """Every item of a filtered collection, page by page.

    RT counts a page before it hides what the account may not see, and leaves ``pages`` empty then: a page
    with fewer items than asked for may still have a next one. So another page is read only when this one
    was full, or (for MIME parts) when a message transaction newer than the last part read (``until``) still
    has no part."""
    items: list[dict[str, Any]] = []
    for page in range(1, MAX_PAGES + 1):
        body = http.query_json(
            path, conditions, params={"fields": fields, "per_page": str(PER_PAGE), "page": str(page)}
        )
        batch = list(rt_parse.search_items(body))
        items.extend(batch)
        pages = rt_parse.as_int(body.get("pages"), 0) if isinstance(body, dict) else 0
        if not batch:
            break
        if pages and page < pages:
            continue
        newest_part = max((rt_parse.as_int(i.get("TransactionId")) for i in items), default=0)
        if len(batch) >= PER_PAGE or (until and newest_part < until):
            continue
        break
    return items


def attachment_content(http: RtHttp, attachment_id: str) -> bytes:
    """The content of one MIME part (a file support sent), decoded."""
    found = rt_parse.as_id(attachment_id)
    if found is None:
        raise PermanentError(f"{attachment_id!r} is not an attachment number.")
    body = http.get_json(f"/attachment/{found}")
    content = body.get("Content") if isinstance(body, dict) else None
    if not isinstance(content, str):
        raise PermanentError(f"The support server sent no content for attachment {found}.")
    try:
        return base64.b64decode("".join(content.split()), validate=True)  # REST2 sends every part as base64
    except (binascii.Error, ValueError):
        raise PermanentError(f"The support server sent attachment {found} in a form the app cannot read.") from None


def send_reply(
    http: RtHttp, ticket_id: str, text: str, attachments: Iterable[Attachment], reply_id: str, subject: str = ""
) -> None:
    """Add one correspondence to ``ticket_id``: the text, its reply id footer, and the files."""
    document: dict[str, Any] = {
        "Content": f"{text.rstrip()}\n\n{reply_footer(reply_id)}\n",
        "ContentType": "text/plain",
    }
    if subject:
        document["Subject"] = subject
    files = list(attachments)
    if files:
        document["Attachments"] = [
            {"FileName": a.filename, "FileType": a.content_type, "FileContent": FileContent(Path(a.path))}
            for a in files
        ]
    try:
        body = StreamedJsonBody(document)
    except OSError as exc:
        raise PermanentError(f"A file to attach cannot be read ({exc.strerror or exc}); attach it again.") from None
    try:
        response = http.send(
            "POST", f"/ticket/{ticket_id}/correspond", data=body, headers={"Content-Type": "application/json"}
        )
    except PermanentError as exc:
        # RT answers 403 when the account sees the ticket but may not reply, 400 "Permission Denied" when it
        # may not even see it.
        if exc.status_code == 403 or (exc.status_code == 400 and "permission denied" in str(exc).lower()):
            raise PermanentError(
                f"Your support account may not reply to ticket #{ticket_id}. Ask the vendor's support to grant "
                f"your account the Request Tracker right {REPLY_RIGHT} (as requestor of the ticket); the reply "
                "stays in the outbox.",
                exc.problems,
                status_code=exc.status_code,
            ) from None
        raise
    http.read_json(response, "POST")


def reply_arrived(http: RtHttp, ticket_id: str, reply_id: str, *, after: int = 0) -> bool:
    """Whether a correspondence carrying ``reply_id`` is on the ticket (an earlier attempt got through)."""
    conditions = [_after("TransactionId", after), {"field": "ContentType", "operator": "=", "value": "text/plain"}]
    parts = _collect(http, f"/ticket/{ticket_id}/attachments", "TransactionId,ContentType,Content", conditions)
    wanted = reply_id.strip().lower()
    return any(wanted in reply_ids_in(rt_parse.as_text(p.get("Content"))) for p in parts)


def _ticket_number(ticket_id: str) -> str:
    found = rt_parse.as_id(ticket_id)
    if found is None:
        raise PermanentError(f"{ticket_id!r} is not a ticket number.")
    return found


class RtConversationMixin:
    """``RtBackend``'s methods for the conversation after filing."""

    settings: SupportSettings
    _http: RtHttp

    def rma_tickets(self, ticket_id: str) -> list[tuple[str, str]]:
        raise NotImplementedError  # RtBackend's

    def conversation(
        self, ticket_id: str, known: Conversation | None = None, *, you: Iterable[str] = ()
    ) -> Conversation:
        """The request's thread: its support ticket and every RMA ticket linked to it, read after what
        ``known`` already holds (updated in place and returned). ``you``: the requestor's address.

        Two requests per ticket; the RMA tickets are searched for only when a link appears on the support
        ticket (which is how support opening an RMA ticket shows)."""
        s = self.settings
        conversation = known if known is not None else Conversation()
        support_id = _ticket_number(ticket_id)
        names = [*you, *conversation.you, *([self._http.credential.user] if self._http.credential.user else [])]
        read = self.read_ticket(support_id, s.rt_support_queue, conversation, you=names, opened_by_you=True)
        if read.linked and s.rt_rma_queue:
            for rma_id, _status in self.rma_tickets(support_id):
                conversation.tickets.setdefault(rma_id, s.rt_rma_queue)
        for other, queue in sorted(conversation.tickets.items(), key=lambda pair: int(pair[0])):
            if other != support_id:
                self.read_ticket(other, queue, conversation, you=[*names, *conversation.you])
        return conversation

    def read_ticket(
        self, ticket_id: str, queue: str, into: Conversation, *, you: Iterable[str] = (), opened_by_you: bool = False
    ) -> TicketThread:
        """One ticket's transactions after those ``into`` holds, merged into it (two requests)."""
        found = _ticket_number(ticket_id)
        read = read_ticket(
            self._http, found, queue, after=into.last_transaction.get(found, 0), you=you, opened_by_you=opened_by_you
        )
        into.add(read)
        return read

    def attachment_content(self, attachment_id: str) -> bytes:
        """The content of a file support sent (one request; only when the user saves it)."""
        return attachment_content(self._http, attachment_id)

    def reply(self, ticket_id: str, text: str, attachments: Iterable[Attachment], reply_id: str) -> None:
        """Add the user's reply (with files) to the ticket, marked with ``reply_id``. Not idempotent: after an
        uncertain failure, ask ``reply_arrived`` before calling it again."""
        send_reply(self._http, _ticket_number(ticket_id), text, attachments, reply_id)

    def reply_arrived(self, ticket_id: str, reply_id: str) -> bool:
        """Whether the ticket already holds the reply marked ``reply_id``."""
        return reply_arrived(self._http, _ticket_number(ticket_id), reply_id)
