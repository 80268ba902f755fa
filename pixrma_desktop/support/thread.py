"""The conversation with support about one request, as plain data: who said what, when, on which ticket.

A request's thread is its support ticket plus every RMA ticket linked to it, oldest item first. Items come
from the support system's history (``support.rt_thread`` reads Request Tracker's); internal comments never
become items. The types round-trip through JSON (``to_json`` / ``from_json``) so the outbox can keep the
thread for reading offline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Author(StrEnum):
    YOU = "you"
    SUPPORT = "support"
    SYSTEM = "system"


class ItemKind(StrEnum):
    CREATED = "created"
    """The ticket was opened (the user's request, or support opening an RMA ticket)."""
    REPLY = "reply"
    """A correspondence: a mail from support or from the user."""
    STATUS = "status"
    """A status change worth a line (e.g. resolved, stalled)."""


@dataclass(frozen=True)
class AttachmentInfo:
    """A file attached to an item; its content is fetched only when the user asks to save it."""

    id: str
    name: str
    """The name as the server gave it: NOT safe as a file name (``support.saved_files`` cleans it)."""
    size: int
    content_type: str


@dataclass(frozen=True)
class ThreadItem:
    ticket: str
    queue: str
    transaction_id: str
    author: Author
    author_name: str
    time: str
    """ISO 8601 UTC, as the server wrote it (``2026-12-04T15:37:38Z``)."""
    kind: ItemKind
    text: str
    """Plain text; for a mail written in HTML, the sanitized text with links shown as ``text <target>``."""
    html: str | None = None
    """For a mail written in HTML: sanitized HTML (no scripts, styles, images or anything that loads)."""
    attachments: tuple[AttachmentInfo, ...] = ()

    @property
    def first_line(self) -> str:
        """The first non-empty line of the text, for a list row or a notification."""
        return next((line.strip() for line in self.text.splitlines() if line.strip()), "")

    def to_json(self) -> dict[str, Any]:
        return {
            "ticket": self.ticket,
            "queue": self.queue,
            "transaction_id": self.transaction_id,
            "author": str(self.author),
            "author_name": self.author_name,
            "time": self.time,
            "kind": str(self.kind),
            "text": self.text,
            "html": self.html,
            "attachments": [
                {"id": a.id, "name": a.name, "size": a.size, "content_type": a.content_type} for a in self.attachments
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ThreadItem:
        return cls(
            ticket=str(data["ticket"]),
            queue=str(data.get("queue", "")),
            transaction_id=str(data["transaction_id"]),
            author=Author(data["author"]),
            author_name=str(data.get("author_name", "")),
            time=str(data.get("time", "")),
            kind=ItemKind(data["kind"]),
            text=str(data.get("text", "")),
            html=data.get("html"),
            attachments=tuple(
                AttachmentInfo(str(a["id"]), str(a["name"]), int(a["size"]), str(a["content_type"]))
                for a in data.get("attachments", [])
            ),
        )


@dataclass(frozen=True)
class StatusChange:
    """Every status change of a ticket (also those not worth a line), for the case timeline."""

    ticket: str
    queue: str
    time: str
    old: str
    new: str

    def to_json(self) -> dict[str, str]:
        return {"ticket": self.ticket, "queue": self.queue, "time": self.time, "old": self.old, "new": self.new}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StatusChange:
        return cls(*(str(data.get(k, "")) for k in ("ticket", "queue", "time", "old", "new")))


@dataclass(frozen=True)
class TicketThread:
    """What one read of a ticket's history brought: the new items and status changes after ``after``."""

    ticket: str
    queue: str
    items: tuple[ThreadItem, ...] = ()
    statuses: tuple[StatusChange, ...] = ()
    last_transaction_id: int = 0
    """The newest transaction seen (also hidden or skipped ones); the next read starts after it."""
    reply_ids: tuple[str, ...] = ()
    """Reply ids (``pixrma-reply-id``) found in the user's correspondence, for exactly-once replies."""
    you: tuple[str, ...] = ()
    """User names found to be the customer's own (the creator of the request's ticket)."""
    linked: bool = False
    """A link to another ticket was added (support may have opened an RMA ticket referring to this one)."""


@dataclass
class Conversation:
    """A request's whole thread (support ticket + RMA tickets), oldest first, as kept in the outbox."""

    items: list[ThreadItem] = field(default_factory=list)
    statuses: list[StatusChange] = field(default_factory=list)
    last_transaction: dict[str, int] = field(default_factory=dict)
    """Per ticket number, the newest transaction id read."""
    tickets: dict[str, str] = field(default_factory=dict)
    """Ticket number → its queue (the support ticket and every RMA ticket found)."""
    you: list[str] = field(default_factory=list)

    def add(self, read: TicketThread) -> list[ThreadItem]:
        """Merge one ticket's new items in (an item already known is not added twice); returns the new ones."""
        known = {(i.ticket, i.transaction_id) for i in self.items}
        fresh = [i for i in read.items if (i.ticket, i.transaction_id) not in known]
        self.items.extend(fresh)
        self.items.sort(key=_order)
        seen_status = {(s.ticket, s.time, s.old, s.new) for s in self.statuses}
        self.statuses.extend(s for s in read.statuses if (s.ticket, s.time, s.old, s.new) not in seen_status)
        self.statuses.sort(key=lambda s: (s.time, int(s.ticket)))
        self.tickets[read.ticket] = read.queue
        self.last_transaction[read.ticket] = max(self.last_transaction.get(read.ticket, 0), read.last_transaction_id)
        self.you.extend(name for name in read.you if name not in self.you)
        return fresh

    def to_json(self) -> dict[str, Any]:
        return {
            "items": [i.to_json() for i in self.items],
            "statuses": [s.to_json() for s in self.statuses],
            "last_transaction": dict(self.last_transaction),
            "tickets": dict(self.tickets),
            "you": list(self.you),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Conversation:
        return cls(
            items=[ThreadItem.from_json(i) for i in data.get("items", [])],
            statuses=[StatusChange.from_json(s) for s in data.get("statuses", [])],
            last_transaction={str(k): int(v) for k, v in data.get("last_transaction", {}).items()},
            tickets={str(k): str(v) for k, v in data.get("tickets", {}).items()},
            you=[str(n) for n in data.get("you", [])],
        )


def _order(item: ThreadItem) -> tuple[str, int]:
    """Oldest first: by time, then by transaction id (RT's ids grow across all tickets)."""
    return (
        item.time,
        int(item.transaction_id) if item.transaction_id.isascii() and item.transaction_id.isdigit() else 0,
    )


def support_address(conversation: Conversation) -> str:
    """The e-mail address support's latest message came from, as the thread keeps it (its author's name on the
    server, which RT sets to the sender's address for mail from outside); "" when no such message names one."""
    from email.utils import parseaddr

    for item in reversed(conversation.items):
        if item.author is not Author.SUPPORT:
            continue
        address = parseaddr(item.author_name)[1]
        if "@" in address and " " not in address:
            return address
    return ""
