"""The outbox's side of the conversation with support: replies queued like requests, and each request's
thread kept for reading offline, with what the user has not read yet.

Replies::

    queued → sending → sent
               ↘ needs-attention (the server's words) → (send again) → queued

A reply keeps its id from the moment it is queued; the id travels in the reply's footer, so after an attempt
whose answer was lost the sender finds the reply on the ticket instead of sending it twice. Leases work as
for requests: one sender at a time, taken over when its holder died.
"""

from __future__ import annotations

import builtins
import json
import uuid
from collections.abc import Iterable

from pixrma_desktop.outbox.database import OutboxDatabase
from pixrma_desktop.outbox.errors import LeaseLostError, NotEditableError, RequestNotFoundError
from pixrma_desktop.outbox.reply_records import (
    REPLY_COLUMNS,
    REPLY_STATE_LABELS,
    ReplyFile,
    ReplyLease,
    ReplyState,
    StoredReply,
    files_json,
    stored_reply,
)
from pixrma_desktop.outbox.state import FILED_STATES
from pixrma_desktop.support.thread import Author, Conversation


def unread_items(conversation: Conversation, seen_transaction: int) -> int:
    """Items from support (or the system) newer than the newest transaction the user has seen."""
    return sum(
        1
        for item in conversation.items
        if item.author is not Author.YOU and _txn(item.transaction_id) > seen_transaction
    )


def _txn(transaction_id: str) -> int:
    return int(transaction_id) if transaction_id.isascii() and transaction_id.isdigit() else 0


class ConversationStore(OutboxDatabase):
    """Replies and threads; ``OutboxStore`` builds on it."""

    # -- replies -----------------------------------------------------------------------------------------

    def queue_reply(
        self,
        request_id: str,
        text: str,
        files: Iterable[ReplyFile] = (),
        *,
        ticket: str | None = None,
        reply_id: str | None = None,
    ) -> StoredReply:
        """Queue a reply to the request's support ticket (or to ``ticket``, e.g. its RMA ticket)."""
        request_id = self.resolve_id(request_id)
        if not text.strip():
            raise NotEditableError("The reply is empty; write what you want to tell support.")
        reply_id = reply_id or str(uuid.uuid4())
        now = self.clock()
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT state, support_ticket_number FROM requests WHERE id = ?", (request_id,)
            ).fetchone()
            if row is None:
                raise RequestNotFoundError(f"No request with id {request_id}.")
            if row[0] not in {str(s) for s in FILED_STATES} or not row[1]:
                raise NotEditableError(
                    "This request has no support ticket yet, so there is nothing to reply to. Send it first "
                    "(or type in the ticket number from the autoreply)."
                )
            conn.execute(
                "INSERT INTO replies (id, request_id, ticket, text, files, state, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)",
                (reply_id, request_id, ticket or row[1], text, files_json(tuple(files)), now, now),
            )
            self._event(conn, request_id, now, "reply-queued", reply_id)
        return self.reply(reply_id)

    def reply(self, reply_id: str) -> StoredReply:
        rows = self._read(f"SELECT {REPLY_COLUMNS} FROM replies WHERE id = ?", (reply_id,))
        if not rows:
            raise RequestNotFoundError(f"No reply with id {reply_id}.")
        return stored_reply(rows[0])

    def replies(
        self, request_id: str | None = None, states: Iterable[ReplyState] | None = None
    ) -> builtins.list[StoredReply]:
        """Replies, oldest first: of one request, and/or in some states."""
        sql = f"SELECT {REPLY_COLUMNS} FROM replies WHERE 1 = 1"
        params: builtins.list[str] = []
        if request_id is not None:
            sql += " AND request_id = ?"
            params.append(self.resolve_id(request_id))
        if states is not None:
            wanted = [str(s) for s in states]
            sql += f" AND state IN ({', '.join('?' * len(wanted))})"
            params += wanted
        return [stored_reply(r) for r in self._read(sql + " ORDER BY created_at, id", params)]

    def acquire_reply_lease(
        self, owner: str, ttl_s: float, *, reply_id: str | None = None, due_only: bool = True
    ) -> ReplyLease | None:
        """Take the next reply to send (or ``reply_id``) for ``ttl_s`` seconds, atomically."""
        now = self.clock()
        due = " AND next_attempt_at <= :now" if due_only else ""
        where = f"((state = 'queued'{due}) OR (state = 'sending' AND lease_expires_at < :now))"
        params: dict[str, object] = {"now": now}
        if reply_id is not None:
            where += " AND id = :id"
            params["id"] = reply_id
        with self.transaction() as conn:
            row = conn.execute(
                f"SELECT {REPLY_COLUMNS} FROM replies WHERE {where} ORDER BY created_at, id LIMIT 1", params
            ).fetchone()
            if row is None:
                return None
            stored = stored_reply(row)
            conn.execute(
                "UPDATE replies SET state = 'sending', lease_owner = ?, lease_expires_at = ?, "
                "attempts = attempts + 1, maybe_sent = 1 WHERE id = ?",
                (owner, now + ttl_s, stored.id),
            )
            taken_over = stored.state is ReplyState.SENDING
        return ReplyLease(stored.id, owner, now + ttl_s, stored.maybe_sent or taken_over, stored)

    def release_reply_lease(self, lease: ReplyLease, *, retry_at: float, error: str, maybe_sent: bool) -> None:
        """Give the reply back to the queue, to be tried again at ``retry_at``."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE replies SET state = 'queued', lease_owner = NULL, lease_expires_at = NULL, "
                "next_attempt_at = ?, last_error = ?, maybe_sent = ?, updated_at = ? "
                "WHERE id = ? AND state = 'sending' AND lease_owner = ?",
                (retry_at, error, int(maybe_sent), self.clock(), lease.reply_id, lease.owner),
            )
            if cursor.rowcount == 0:
                raise LeaseLostError(f"Another sender took reply {lease.reply_id} over.")

    def record_reply_sent(self, lease: ReplyLease, *, adopted: bool = False) -> StoredReply:
        """The reply is on the ticket (``adopted``: found there, sent by an earlier attempt)."""
        now = self.clock()
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE replies SET state = 'sent', sent_at = ?, updated_at = ?, lease_owner = NULL, "
                "lease_expires_at = NULL, maybe_sent = 0, last_error = NULL, attention_message = NULL "
                "WHERE id = ? AND state = 'sending' AND lease_owner = ?",
                (now, now, lease.reply_id, lease.owner),
            )
            if cursor.rowcount == 0:
                raise LeaseLostError(f"Reply {lease.reply_id} is no longer being sent by this sender.")
            detail = lease.reply_id + (" (sent by an earlier attempt; found on the ticket)" if adopted else "")
            self._event(conn, lease.stored.request_id, now, "reply-sent", detail)
        return self.reply(lease.reply_id)

    def mark_reply_needs_attention(self, lease: ReplyLease, message: str, *, maybe_sent: bool) -> StoredReply:
        now = self.clock()
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE replies SET state = 'needs-attention', attention_message = ?, last_error = ?, "
                "maybe_sent = ?, updated_at = ?, lease_owner = NULL, lease_expires_at = NULL "
                "WHERE id = ? AND state = 'sending' AND lease_owner = ?",
                (message, message, int(maybe_sent), now, lease.reply_id, lease.owner),
            )
            if cursor.rowcount == 0:
                raise LeaseLostError(f"Reply {lease.reply_id} is no longer held by this sender.")
            self._event(conn, lease.stored.request_id, now, "reply-needs-attention", message)
        return self.reply(lease.reply_id)

    def requeue_reply(self, reply_id: str) -> StoredReply:
        """Send a reply that needed attention again (after the user fixed the cause)."""
        now = self.clock()
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE replies SET state = 'queued', next_attempt_at = 0, attempts = 0, updated_at = ?, "
                "attention_message = NULL WHERE id = ? AND state = 'needs-attention'",
                (now, reply_id),
            )
            if cursor.rowcount == 0:
                label = REPLY_STATE_LABELS[self.reply(reply_id).state]
                raise NotEditableError(f"This reply is {label}; only one that needs attention can be sent again.")
        return self.reply(reply_id)

    # -- threads -----------------------------------------------------------------------------------------

    def record_rma_number(self, request_id: str, rma_number: str) -> None:
        """The RMA number found in the conversation (an RMA ticket about the request), before a status refresh
        stores it; only for a sent request that has none yet (the case step is left to the status refresh)."""
        request_id = self.resolve_id(request_id)
        now = self.clock()
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE requests SET rma_number = ?, updated_at = ? WHERE id = ? AND "
                "state IN ('submitted', 'remote-fix-proposed', 'rma-issued', 'closed') "
                "AND COALESCE(rma_number, '') = ''",
                (rma_number, now, request_id),
            )
            if cursor.rowcount:
                self._event(conn, request_id, now, "rma-number", f"RMA number {rma_number} (from the conversation)")

    def conversation(self, request_id: str) -> Conversation:
        """The request's thread as last read (empty before the first refresh)."""
        rows = self._read("SELECT conversation FROM threads WHERE request_id = ?", (self.resolve_id(request_id),))
        if not rows:
            return Conversation()
        try:
            return Conversation.from_json(json.loads(rows[0][0]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return Conversation()  # a damaged copy (e.g. salvaged): the next refresh reads the thread again

    def save_conversation(self, request_id: str, conversation: Conversation) -> int:
        """Keep the thread as just read; returns how many items the user has not read."""
        now = self.clock()
        document = json.dumps(conversation.to_json(), ensure_ascii=False, separators=(",", ":"))
        with self.transaction() as conn:
            row = conn.execute("SELECT seen_transaction FROM threads WHERE request_id = ?", (request_id,)).fetchone()
            seen = int(row[0]) if row else 0
            unread = unread_items(conversation, seen)
            conn.execute(
                "INSERT INTO threads (request_id, conversation, refreshed_at, seen_transaction, unread) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(request_id) DO UPDATE SET conversation = excluded.conversation, "
                "refreshed_at = excluded.refreshed_at, unread = excluded.unread",
                (request_id, document, now, seen, unread),
            )
        return unread

    def mark_read(self, request_id: str) -> None:
        """The user has looked at the whole thread."""
        request_id = self.resolve_id(request_id)
        conversation = self.conversation(request_id)
        newest = max((_txn(i.transaction_id) for i in conversation.items), default=0)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE threads SET seen_transaction = MAX(seen_transaction, ?), unread = 0 WHERE request_id = ?",
                (newest, request_id),
            )

    def unread_counts(self) -> dict[str, int]:
        """Request id → items from support not read yet (only requests that have some)."""
        return {str(r): int(n) for r, n in self._read("SELECT request_id, unread FROM threads WHERE unread > 0")}
