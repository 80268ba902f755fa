"""A scripted support backend that also holds conversations: support's messages and files per ticket, the
user's replies, and answers to replies that may be lost after the reply landed."""

from __future__ import annotations

from pixrma_desktop.support.backend import SupportError
from pixrma_desktop.support.thread import (
    AttachmentInfo,
    Author,
    Conversation,
    ItemKind,
    StatusChange,
    ThreadItem,
    TicketThread,
)
from tests.fakes.scripted_backend import ScriptedBackend


class ConversationDesk(ScriptedBackend):
    name = "rt"

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[str, list[ThreadItem]] = {}
        self.statuses: dict[str, list[StatusChange]] = {}
        self.queues: dict[str, str] = {}
        self.files: dict[str, bytes] = {}
        self.replies: list[tuple[str, str, list[str], str]] = []
        self.reply_errors: list[tuple[SupportError, bool]] = []
        self.reads = 0
        self._txn = 100

    # -- what support does
    def say(
        self,
        ticket: str,
        text: str,
        *,
        author: Author = Author.SUPPORT,
        kind: ItemKind = ItemKind.REPLY,
        queue: str = "Support",
        files: dict[str, bytes] | None = None,
        html: str | None = None,
        time: str = "",
        author_name: str | None = None,
    ) -> ThreadItem:
        self._txn += 1
        attachments = []
        for name, content in (files or {}).items():
            attachment_id = f"a{self._txn}-{len(attachments)}"
            self.files[attachment_id] = content
            attachments.append(AttachmentInfo(attachment_id, name, len(content), "text/plain"))
        self.queues.setdefault(ticket, queue)
        item = ThreadItem(
            ticket, self.queues[ticket], str(self._txn), author,
            author_name if author_name is not None else ("support" if author is Author.SUPPORT else ""),
            time or f"2026-12-04T10:{self._txn % 60:02d}:00Z", kind, text, html, tuple(attachments),
        )  # fmt: skip
        self.items.setdefault(ticket, []).append(item)
        return item

    def status_change(
        self, ticket: str, new: str, *, old: str = "open", queue: str = "Support", time: str = ""
    ) -> None:
        self.queues.setdefault(ticket, queue)
        when = time or f"2026-12-04T11:{len(self.statuses.get(ticket, [])):02d}:00Z"
        self.statuses.setdefault(ticket, []).append(StatusChange(ticket, self.queues[ticket], when, old, new))

    # -- what the app asks
    def conversation(self, ticket_id, known=None, *, you=()):
        self.reads += 1
        conversation = known if known is not None else Conversation()
        for ticket, queue in self.queues.items():
            after = conversation.last_transaction.get(ticket, 0)
            fresh = tuple(i for i in self.items.get(ticket, []) if int(i.transaction_id) > after)
            newest = max([after, *(int(i.transaction_id) for i in fresh)])
            conversation.add(TicketThread(ticket, queue, fresh, tuple(self.statuses.get(ticket, [])), newest))
        return conversation

    def attachment_content(self, attachment_id: str) -> bytes:
        return self.files[attachment_id]

    def reply(self, ticket_id, text, attachments, reply_id):
        error, landed = self.reply_errors.pop(0) if self.reply_errors else (None, True)
        if landed:
            self.replies.append((ticket_id, text, [a.filename for a in attachments], reply_id))
        if error is not None:
            raise error

    def reply_arrived(self, ticket_id, reply_id):
        return any(r[0] == ticket_id and r[3] == reply_id for r in self.replies)
