"""Request Tracker's ticket history and MIME parts, read as conversation items. Pure functions, no I/O.

``GET /ticket/N/history`` lists transactions (``Create``, ``Correspond``, ``Comment``, ``Status``, …) with
their creator; ``GET /ticket/N/attachments`` lists the MIME parts of all of them (the ``multipart/mixed``
container, the text part, then the files), each with its ``TransactionId``. Together they are the thread.

Who is who: the customer's own account (the creator of the request's ticket, or a name the caller knows) and
the ticket's requestor address are ``you``; ``RT_System`` and auto-replies are ``system``; everyone else is
``support``. Internal comments are never turned into items, even when the account may see them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from typing import Any

from pixrma_desktop.support import rt_parse
from pixrma_desktop.support.html_text import sanitize_html
from pixrma_desktop.support.thread import AttachmentInfo, Author, ItemKind, StatusChange, ThreadItem, TicketThread

HISTORY_FIELDS = "Type,Created,Creator,Data,Field,OldValue,NewValue"
ATTACHMENT_FIELDS = "TransactionId,Filename,ContentType,Headers,ContentLength,Content"

CONTENT_TYPES = frozenset({"Create", "Correspond"})
"""Transactions that carry a message the customer wrote or received. ``Comment`` is internal: never shown."""

SYSTEM_USERS = frozenset({"rt_system", "nobody"})

QUIET_STATUSES = frozenset({"new", "open", ""})
"""Status changes not worth a line: RT opens a ticket by itself when someone answers."""

REPLY_ID_LINE = "pixrma-reply-id:"
_REPLY_ID = re.compile(r"^\s*pixrma-reply-id:\s*([0-9a-fA-F-]{8,64})\s*$", re.MULTILINE)
_AUTO = re.compile(r"^(auto-submitted:\s*auto-|precedence:\s*(bulk|junk|auto_reply))", re.IGNORECASE | re.MULTILINE)


def reply_ids_in(text: str) -> list[str]:
    """Reply ids in the footer lines of a text (``pixrma-reply-id: <uuid>``)."""
    return [m.group(1).lower() for m in _REPLY_ID.finditer(text)]


def without_reply_id(text: str) -> str:
    """The text as the user wrote it: the footer line that carries the reply id taken out."""
    return _REPLY_ID.sub("", text).rstrip()


def author_of(creator: str, you: Iterable[str], headers: str = "") -> Author:
    name = creator.strip().lower()
    if name in {n.strip().lower() for n in you if n}:
        return Author.YOU
    if name in SYSTEM_USERS or _AUTO.search(headers):
        return Author.SYSTEM
    return Author.SUPPORT


def status_line(ticket: str, queue: str, old: str, new: str) -> str:
    what = f"RMA ticket #{ticket}" if queue.lower() == "rma" else f"Ticket #{ticket}"
    return f"{what} is now {new}" + (f" (was {old})." if old else ".")


def read_thread(
    ticket: str,
    queue: str,
    history: Iterable[Mapping[str, Any]],
    parts: Iterable[Mapping[str, Any]],
    *,
    you: Iterable[str] = (),
    opened_by_you: bool = False,
    after: int = 0,
) -> TicketThread:
    """The items of ``ticket`` from its history and MIME parts (only transactions newer than ``after``).

    ``opened_by_you``: the ticket is the request's own support ticket, so whoever created it is the
    customer's account (learnt here and returned in ``TicketThread.you``)."""
    you_names = [n.strip().lower() for n in you if n and n.strip()]
    transactions = sorted(
        (t for t in history if (tid := rt_parse.as_int(t.get("id"))) > after),
        key=lambda t: rt_parse.as_int(t.get("id")),
    )
    learnt: list[str] = []
    if opened_by_you:
        for t in transactions:
            if rt_parse.as_text(t.get("Type")) == "Create":
                creator = rt_parse.as_text(t.get("Creator")).strip().lower()
                if creator and creator not in you_names:
                    learnt.append(creator)
        you_names += learnt
    by_transaction: dict[int, list[Mapping[str, Any]]] = {}
    for part in parts:
        by_transaction.setdefault(rt_parse.as_int(part.get("TransactionId")), []).append(part)
    items: list[ThreadItem] = []
    statuses: list[StatusChange] = []
    reply_ids: list[str] = []
    last = after
    linked = False
    for t in transactions:
        tid = rt_parse.as_int(t.get("id"))
        last = max(last, tid)
        kind = rt_parse.as_text(t.get("Type"))
        created = rt_parse.as_text(t.get("Created"))
        creator = rt_parse.as_text(t.get("Creator"))
        if kind == "Status" or (kind == "Set" and rt_parse.as_text(t.get("Field")) == "Status"):
            old, new = rt_parse.as_text(t.get("OldValue")), rt_parse.as_text(t.get("NewValue"))
            statuses.append(StatusChange(ticket, queue, created, old, new))
            if new.strip().lower() not in QUIET_STATUSES:
                items.append(
                    ThreadItem(
                        ticket,
                        queue,
                        str(tid),
                        Author.SYSTEM,
                        creator,
                        created,
                        ItemKind.STATUS,
                        status_line(ticket, queue, old, new),
                    )
                )
            continue
        if kind == "AddLink":
            linked = True
        if kind not in CONTENT_TYPES:
            continue  # comments, links, custom fields, watchers: not part of the conversation
        item = _message(ticket, queue, tid, kind, created, creator, by_transaction.get(tid, []), you_names)
        if item.author is Author.YOU:
            found = reply_ids_in(item.text)
            reply_ids += found
            if found:
                item = dataclasses.replace(item, text=without_reply_id(item.text))
        items.append(item)
    return TicketThread(ticket, queue, tuple(items), tuple(statuses), last, tuple(reply_ids), tuple(learnt), linked)


def _message(
    ticket: str,
    queue: str,
    tid: int,
    kind: str,
    created: str,
    creator: str,
    parts: list[Mapping[str, Any]],
    you: list[str],
) -> ThreadItem:
    parts = sorted(parts, key=lambda p: rt_parse.as_int(p.get("id")))
    plain: str | None = None
    rich: str | None = None
    files: list[AttachmentInfo] = []
    headers = "\n".join(rt_parse.as_text(p.get("Headers")) for p in parts[:1])
    for part in parts:
        content_type = rt_parse.as_text(part.get("ContentType")).split(";")[0].strip().lower()
        name = rt_parse.as_text(part.get("Filename"))
        if content_type.startswith("multipart/"):
            continue
        if name or _is_attachment(rt_parse.as_text(part.get("Headers"))):
            files.append(
                AttachmentInfo(
                    rt_parse.as_id(part.get("id")) or "",
                    name,
                    rt_parse.as_int(part.get("ContentLength"), -1),
                    content_type or "application/octet-stream",
                )
            )
        elif content_type == "text/plain" and plain is None:
            plain = rt_parse.as_text(part.get("Content"))
        elif content_type == "text/html" and rich is None:
            rich = rt_parse.as_text(part.get("Content"))
    html: str | None = None
    if rich is not None:
        safe = sanitize_html(rich)
        html = safe.html
        if plain is None or not plain.strip():
            plain = safe.text
    author = author_of(creator, you, headers)
    return ThreadItem(
        ticket=ticket,
        queue=queue,
        transaction_id=str(tid),
        author=author,
        author_name=creator,
        time=created,
        kind=ItemKind.CREATED if kind == "Create" else ItemKind.REPLY,
        text=(plain or "").replace("\r\n", "\n").strip(),
        html=html,
        attachments=tuple(files),
    )


def _is_attachment(headers: str) -> bool:
    return bool(re.search(r"^content-disposition:\s*attachment", headers, re.IGNORECASE | re.MULTILINE))
