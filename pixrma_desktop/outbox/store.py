"""The outbox: every request, from first keystroke to closed case, in one SQLite file.

``OutboxStore.open(AppPaths.outbox_db)`` gives a store with WAL journaling, ``synchronous=FULL`` (a saved
draft survives a crash or power loss), private permissions (0600) and ``PRAGMA user_version`` migrations,
with a backup copy of the file taken before any migration. A damaged file is moved aside and a new one
started; ``store.notice`` then says so, for the app to tell the user.

States (``RequestState``)::

    draft → queued → sending → submitted → remote-fix-proposed | rma-issued → closed
                                ↘ needs-attention (the server's words) → (edit) → queued

``support_ticket_number`` is the support system's ticket; ``rma_number`` is the return authorization
support issues later. They are different numbers and never share a column or a label.

The sender's lease (``acquire_lease`` / ``release_lease``) makes sure two processes never send the same
request at once; a lease whose holder died expires and is taken over. Thread-safe: one connection guarded
by a lock, so the GUI may call it from a worker thread.

This module holds every change of a request's state. ``OutboxStore`` extends ``database.OutboxDatabase``
(the connection, transactions and reading queries) through ``conversation_store.ConversationStore`` (replies
to support and the kept threads); ``connection`` opens the file and ``records`` holds the row and lease types.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from pixrma_desktop.outbox.conversation_store import ConversationStore
from pixrma_desktop.outbox.errors import (
    DealerRequestError,
    EditConflictError,
    LeaseLostError,
    NotEditableError,
    RequestIncompleteError,
    RequestNotFoundError,
)
from pixrma_desktop.outbox.records import COLUMNS, Lease, StoredRequest, request_title, stored_request
from pixrma_desktop.outbox.state import EDITABLE_STATES, STATE_LABELS, STEP_STATES, RequestState
from pixrma_desktop.rma.request import RmaRequest, load_request, validate_request
from pixrma_desktop.support.backend import TicketRef, TicketStatus

NOT_KEPT_EVENT = "not-kept"
"""A filed request's event naming, one per line, what the server did not keep (``not_kept``)."""


class OutboxStore(ConversationStore):
    """The outbox database. Open with ``OutboxStore.open(path)``; close with ``close()`` or ``with``."""

    # -- drafts ------------------------------------------------------------------------------------------

    def create_draft(self, request: RmaRequest) -> StoredRequest:
        """Store a new draft (its submission id becomes the request's id in the outbox)."""
        now = self.clock()
        document = request.to_json()
        with self.transaction(needed=len(document.encode())) as conn:
            try:
                conn.execute(
                    "INSERT INTO requests (id, state, title, document, created_at, updated_at) "
                    "VALUES (?, 'draft', ?, ?, ?, ?)",
                    (request.id, request_title(request), document, now, now),
                )
            except sqlite3.IntegrityError as exc:
                raise NotEditableError(f"A request with submission id {request.id} is already in the outbox.") from exc
            self._event(conn, request.id, now, "created")
        return self.get(request.id)

    def save_draft(self, request: RmaRequest, *, expected_revision: int | None = None, durable: bool = True) -> int:
        """Autosave: replace the stored request with this version; returns the new revision.

        One small transaction. Only drafts and requests that need attention can change; anything already
        queued or sent raises ``NotEditableError`` (take it back with ``unqueue`` first). With
        ``expected_revision`` (the revision the editor loaded or last saved), a draft changed meanwhile by
        another window or command raises ``EditConflictError`` instead of being overwritten.

        ``durable`` (the default) waits until the disk has the change, so it survives a power cut. An editor
        saving on every keystroke may pass ``durable=False``: the save then survives the app crashing or
        being killed but not a power cut, until the next durable save (or ``close()``) makes it, and every
        save before it, durable — so save durably when the user pauses or leaves the field.
        """
        if not durable:
            with self._lock:
                self._conn.execute("PRAGMA synchronous = NORMAL")
                try:
                    return self._save_draft(request, expected_revision)
                finally:
                    self._conn.execute("PRAGMA synchronous = FULL")
        return self._save_draft(request, expected_revision)

    def _save_draft(self, request: RmaRequest, expected_revision: int | None) -> int:
        now = self.clock()
        document = request.to_json()
        with self.transaction(needed=len(document.encode())) as conn:
            cursor = conn.execute(
                "UPDATE requests SET document = ?, title = ?, revision = revision + 1, updated_at = ? "
                "WHERE id = ? AND state IN ('draft', 'needs-attention') AND (? IS NULL OR revision = ?) "
                "RETURNING revision",
                (document, request_title(request), now, request.id, expected_revision, expected_revision),
            )
            row = cursor.fetchone()
            if row is None:
                found = conn.execute("SELECT state, revision FROM requests WHERE id = ?", (request.id,)).fetchone()
                if found is None:
                    raise RequestNotFoundError(f"There is no draft {request.id} in the outbox.")
                state = RequestState(found[0])
                if state in EDITABLE_STATES:
                    raise EditConflictError(
                        "This draft was changed in another pixrma window or command meanwhile; reload it to see "
                        "those changes before editing further.",
                        int(found[1]),
                    )
                raise NotEditableError(
                    f"This request is {STATE_LABELS[state]} and can no longer be edited; take it back into drafts "
                    "first."
                )
            revision: int = row[0]
        return revision

    def delete_draft(self, request_id: str) -> None:
        """Remove a draft (or a request that needs attention) for good."""
        request_id = self.resolve_id(request_id)
        with self.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM requests WHERE id = ? AND state IN ('draft', 'needs-attention')", (request_id,)
            )
            if cursor.rowcount == 0:
                raise NotEditableError("Only drafts and requests that need attention can be deleted.")
            self._event(conn, request_id, self.clock(), "deleted")

    # -- queueing ----------------------------------------------------------------------------------------

    def queue(self, id_or_prefix: str, *, confirmed_not_sent: bool = False) -> StoredRequest:
        """Mark a complete draft ready to send. Raises ``RequestIncompleteError`` with every problem, or
        ``DealerRequestError`` for a dealer customer's request (those never go to the vendor).

        ``confirmed_not_sent``: the user checked that an earlier attempt which may have been sent was not
        (an e-mail missing from the Sent folder), so it is sent again without asking the server first."""
        request_id = self.resolve_id(id_or_prefix)
        now = self.clock()
        with self.transaction() as conn:
            row = conn.execute("SELECT state, document FROM requests WHERE id = ?", (request_id,)).fetchone()
            if row is None:
                raise RequestNotFoundError(f"No request with id {id_or_prefix}.")
            state = RequestState(row[0])
            if state not in EDITABLE_STATES:
                raise NotEditableError(f"This request is {STATE_LABELS[state]}; only drafts can be queued.")
            request = load_request(row[1])
            if request.is_dealer:
                raise DealerRequestError(
                    "This camera was bought from a dealer: the request goes to the dealer, not to the vendor. "
                    "Make the dealer package instead (`pixrma draft dealer ID`)."
                )
            problems = validate_request(request)
            if problems:
                raise RequestIncompleteError(
                    f"The request is not complete yet ({len(problems)} thing(s) to fix).", problems
                )
            conn.execute(
                "UPDATE requests SET state = 'queued', queued_at = ?, updated_at = ?, attempts = 0, "
                "next_attempt_at = 0, attention_message = NULL, last_error = NULL, "
                "maybe_sent = CASE WHEN ? THEN 0 ELSE maybe_sent END WHERE id = ?",
                (now, now, int(confirmed_not_sent), request_id),
            )
            detail = "to be sent again: the user checked it had not gone out" if confirmed_not_sent else ""
            self._event(conn, request_id, now, "queued", detail)
        return self.get(request_id)

    def note(self, request_id: str, event: str, detail: str) -> None:
        """Add a line to the request's history (e.g. which support bundle was sent, with its hash)."""
        with self.transaction() as conn:
            self._event(conn, request_id, self.clock(), event, detail)

    def mark_sent(self, id_or_prefix: str) -> StoredRequest:
        """The user checked that a request which may have been sent by e-mail did go out: it becomes sent by
        e-mail (no tracking), and is never sent again."""
        request_id = self.resolve_id(id_or_prefix)
        now = self.clock()
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE requests SET state = 'submitted', case_step = 'sent-by-email', submitted_at = ?, "
                "updated_at = ?, maybe_sent = 0, attention_message = NULL, last_error = NULL "
                "WHERE id = ? AND state IN ('needs-attention', 'queued') AND maybe_sent = 1",
                (now, now, request_id),
            )
            if cursor.rowcount == 0:
                raise NotEditableError("Only a request that may have been sent already can be marked as sent.")
            self._event(conn, request_id, now, "submitted", "marked as sent by the user (sent by e-mail)")
        return self.get(request_id)

    def unqueue(self, id_or_prefix: str) -> StoredRequest:
        """Take a queued request back into drafts (not while it is being sent)."""
        request_id = self.resolve_id(id_or_prefix)
        now = self.clock()
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE requests SET state = 'draft', updated_at = ? WHERE id = ? AND state = 'queued' "
                "AND maybe_sent = 0",
                (now, request_id),
            )
            if cursor.rowcount == 0:
                raise NotEditableError(
                    "Only a request waiting to be sent, with no attempt that may have reached the server, can be "
                    "taken back."
                )
            self._event(conn, request_id, now, "unqueued")
        return self.get(request_id)

    # -- sending (the sender's side) ---------------------------------------------------------------------

    def acquire_lease(
        self, owner: str, ttl_s: float, *, request_id: str | None = None, due_only: bool = True
    ) -> Lease | None:
        """Take the next request to send (or ``request_id``) for ``ttl_s`` seconds, atomically.

        A request is eligible when queued (and due, unless ``due_only`` is False) or when it is being sent
        under a lease that has expired (its sender died). Returns None when nothing is eligible.
        """
        now = self.clock()
        with self.transaction() as conn:
            where = "((state = 'queued'{due}) OR (state = 'sending' AND lease_expires_at < :now))".format(
                due=" AND next_attempt_at <= :now" if due_only else ""
            )
            params: dict[str, Any] = {"now": now}
            if request_id is not None:
                where += " AND id = :id"
                params["id"] = request_id
            row = conn.execute(
                f"SELECT {COLUMNS} FROM requests WHERE {where} ORDER BY queued_at, id LIMIT 1", params
            ).fetchone()
            if row is None:
                return None
            stored = stored_request(row)
            expires = now + ttl_s
            conn.execute(
                "UPDATE requests SET state = 'sending', lease_owner = ?, lease_expires_at = ?, "
                "attempts = attempts + 1, maybe_sent = 1 WHERE id = ?",
                (owner, expires, stored.id),
            )
            taken_over = stored.state is RequestState.SENDING
            self._event(
                conn, stored.id, now, "lease", f"{owner}{' (took over an expired lease)' if taken_over else ''}"
            )
        return Lease(stored.id, owner, expires, stored.maybe_sent or taken_over, stored)

    def renew_lease(self, lease: Lease, ttl_s: float) -> Lease:
        now = self.clock()
        with self.transaction() as conn:
            self._check_lease(conn, lease, now)
            conn.execute("UPDATE requests SET lease_expires_at = ? WHERE id = ?", (now + ttl_s, lease.request_id))
        return Lease(lease.request_id, lease.owner, now + ttl_s, lease.lookup_first, lease.stored)

    @staticmethod
    def _check_lease(conn: sqlite3.Connection, lease: Lease, now: float) -> None:
        row = conn.execute("SELECT state, lease_owner FROM requests WHERE id = ?", (lease.request_id,)).fetchone()
        if row is None or row[0] != "sending" or row[1] != lease.owner:
            raise LeaseLostError(f"Another sender took request {lease.request_id} over; this sender leaves it alone.")

    def release_lease(self, lease: Lease, *, retry_at: float, error: str, maybe_sent: bool) -> None:
        """Give the request back to the queue, to be tried again at ``retry_at`` (a failed attempt)."""
        now = self.clock()
        with self.transaction() as conn:
            self._check_lease(conn, lease, now)
            conn.execute(
                "UPDATE requests SET state = 'queued', lease_owner = NULL, lease_expires_at = NULL, "
                "next_attempt_at = ?, last_error = ?, maybe_sent = ? WHERE id = ?",
                (retry_at, error, int(maybe_sent), lease.request_id),
            )
            self._event(conn, lease.request_id, now, "retry-later", error)

    def record_submitted(
        self, request_id: str, ticket: TicketRef, *, owner: str | None = None, adopted: bool = False
    ) -> StoredRequest:
        """The server filed the request as support ticket ``ticket`` (not an RMA number).

        ``adopted``: the ticket was found on the server (filed by an earlier attempt whose answer was lost)."""
        now = self.clock()
        with self.transaction() as conn:
            params: list[Any] = [ticket.ticket_id, ticket.url, now, now, request_id]
            extra = ""
            if owner is not None:
                extra, params = " AND lease_owner = ?", [*params, owner]
            step = None if ticket.tracked else "sent-by-email"
            cursor = conn.execute(
                "UPDATE requests SET state = 'submitted', support_ticket_number = ?, support_ticket_url = ?, "
                "submitted_at = ?, updated_at = ?, lease_owner = NULL, lease_expires_at = NULL, maybe_sent = 0, "
                "last_error = NULL, attention_message = NULL, case_step = COALESCE(?, case_step) "
                f"WHERE id = ? AND state IN ('sending', 'queued'){extra}",
                [*params[:4], step, *params[4:]],
            )
            if cursor.rowcount == 0:
                raise LeaseLostError(f"Request {request_id} is no longer being sent by this sender.")
            detail = ticket.description
            if adopted:
                detail += " (filed by an earlier attempt; found on the server, not sent again)"
            if ticket.unsaved_fields:
                detail += f"; the server did not keep: {', '.join(ticket.unsaved_fields)}"
            self._event(conn, request_id, now, "submitted", detail)
            if ticket.unsaved_fields:
                self._event(conn, request_id, now, NOT_KEPT_EVENT, "\n".join(ticket.unsaved_fields))
        return self.get(request_id)

    def not_kept(self, request_id: str) -> tuple[str, ...]:
        """What the server's read-back found missing when the request was filed (fields, "Requestor",
        "attachment NAME"); () when it kept everything or the read-back did not happen."""
        rows = self._read(
            "SELECT detail FROM request_events WHERE request_id = ? AND event = ? ORDER BY seq DESC LIMIT 1",
            (request_id, NOT_KEPT_EVENT),
        )
        return tuple(line for line in str(rows[0][0]).split("\n") if line) if rows else ()

    def mark_needs_attention(
        self, request_id: str, message: str, *, owner: str | None = None, maybe_sent: bool = False
    ) -> StoredRequest:
        """The request cannot go out as it is: keep the server's words for the user, stop retrying it."""
        now = self.clock()
        with self.transaction() as conn:
            params: list[Any] = [message, message, int(maybe_sent), now, request_id]
            extra = ""
            if owner is not None:
                extra, params = " AND lease_owner = ?", [*params, owner]
            cursor = conn.execute(
                "UPDATE requests SET state = 'needs-attention', attention_message = ?, last_error = ?, "
                "maybe_sent = ?, updated_at = ?, lease_owner = NULL, lease_expires_at = NULL "
                f"WHERE id = ?{extra}",
                params,
            )
            if cursor.rowcount == 0:
                raise LeaseLostError(f"Request {request_id} is no longer held by this sender.")
            self._event(conn, request_id, now, "needs-attention", message)
        return self.get(request_id)

    def record_status(self, request_id: str, status: TicketStatus) -> StoredRequest:
        """Where the filed case stands now (from a status poll); stores the RMA number once issued."""
        now = self.clock()
        state = STEP_STATES[status.step]
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE requests SET state = ?, case_step = ?, server_status = ?, "
                "rma_number = COALESCE(?, rma_number), updated_at = ? "
                "WHERE id = ? AND state IN ('submitted', 'remote-fix-proposed', 'rma-issued', 'closed')",
                (str(state), str(status.step), status.server_status, status.rma_number, now, request_id),
            )
            if cursor.rowcount == 0:
                raise NotEditableError(f"Request {request_id} has not been submitted, so it has no case status yet.")
            detail = str(status.step) + (f", RMA number {status.rma_number}" if status.rma_number else "")
            self._event(conn, request_id, now, "status", detail)
        return self.get(request_id)

    def record_ticket_number(self, request_id: str, ticket_number: str) -> StoredRequest:
        """The support ticket number the user read in the autoreply to a request sent by e-mail (NOT an RMA
        number); only for a submitted request that has no ticket number yet."""
        now = self.clock()
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE requests SET support_ticket_number = ?, updated_at = ? WHERE id = ? AND "
                "state IN ('submitted', 'remote-fix-proposed', 'rma-issued', 'closed') "
                "AND COALESCE(support_ticket_number, '') = ''",
                (ticket_number, now, request_id),
            )
            if cursor.rowcount == 0:
                raise NotEditableError(
                    f"Request {request_id} is not a sent request waiting for its ticket number (it is not sent yet, "
                    "or the server already gave it one)."
                )
            self._event(conn, request_id, now, "ticket-number", f"support ticket {ticket_number} (typed in)")
        return self.get(request_id)
