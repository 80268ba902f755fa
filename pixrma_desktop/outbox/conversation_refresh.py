"""Refreshing the conversations of sent requests: read what is new on their tickets, keep it in the outbox.

Each refresh asks only for what came after the last transaction kept (``Conversation.last_transaction``), so
a refresh with nothing new costs two small requests per ticket and fetches no file. What comes back is
merged into the kept thread and saved; the unread count is what a badge or a notification shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from pixrma_desktop.outbox.records import StoredRequest
from pixrma_desktop.outbox.state import FILED_STATES
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.rma.request import DraftFormatError
from pixrma_desktop.support.backend import AuthError, SupportError
from pixrma_desktop.support.thread import Author, Conversation, ThreadItem


class ReadsConversations(Protocol):
    """What a refresh needs from a support backend (``RtBackend`` has it)."""

    def conversation(
        self, ticket_id: str, known: Conversation | None = None, *, you: Iterable[str] = ()
    ) -> Conversation: ...


class NoConversationError(SupportError):
    """The support backend cannot read the conversation back (e-mail): say so, and offer the inquiry mail."""


NO_CONVERSATION_BY_EMAIL = (
    "Replies cannot be read back through e-mail: support's answers arrive in your mailbox, and you answer them "
    "from there. To ask where the case stands, send the status inquiry e-mail (`pixrma status ID --inquiry`), "
    "which names the ticket number the way the vendor asks."
)


def conversation_backend(backend: object) -> ReadsConversations:
    """``backend`` as a reader of conversations, or ``NoConversationError`` saying why not and what to do."""
    if not callable(getattr(backend, "conversation", None)):
        raise NoConversationError(NO_CONVERSATION_BY_EMAIL)
    return backend  # type: ignore[return-value]


@dataclass(frozen=True)
class RefreshResult:
    request_id: str
    new_items: tuple[ThreadItem, ...] = ()
    unread: int = 0
    error: str | None = None

    @property
    def new_from_support(self) -> tuple[ThreadItem, ...]:
        """What a notification is about: new items not written by the user."""
        return tuple(i for i in self.new_items if i.author is not Author.YOU)


def _requestor(stored: StoredRequest) -> list[str]:
    try:
        email = stored.request.contact.email.strip()
    except DraftFormatError:
        return []
    return [email] if email else []


def refresh_conversation(store: OutboxStore, backend: ReadsConversations, request_id: str) -> RefreshResult:
    """Read what is new on the request's tickets and keep it; ``SupportError`` propagates."""
    stored = store.get(request_id)
    if stored.state not in FILED_STATES or not stored.support_ticket_number:
        return RefreshResult(stored.id, error="not sent yet, or no support ticket number known")
    known = store.conversation(stored.id)
    before = {(i.ticket, i.transaction_id) for i in known.items}
    conversation = backend.conversation(stored.support_ticket_number, known, you=_requestor(stored))
    unread = store.save_conversation(stored.id, conversation)
    fresh = tuple(i for i in conversation.items if (i.ticket, i.transaction_id) not in before)
    return RefreshResult(stored.id, fresh, unread)


def refresh_all(store: OutboxStore, backend: ReadsConversations) -> list[RefreshResult]:
    """Refresh every sent request that has a support ticket. A request whose tickets cannot be read is
    reported and the others go on; refused credentials end the pass (every request would fail alike)."""
    results: list[RefreshResult] = []
    for stored in store.list(FILED_STATES):
        if not stored.support_ticket_number:
            continue
        try:
            results.append(refresh_conversation(store, backend, stored.id))
        except AuthError as exc:
            results.append(RefreshResult(stored.id, error=str(exc)))
            break
        except SupportError as exc:
            results.append(RefreshResult(stored.id, error=str(exc)))
    return results
