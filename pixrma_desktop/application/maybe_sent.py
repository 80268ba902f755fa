"""A request whose e-mail may have been sent: the user checked (their Sent folder, support's autoreply) and
says which it was. Nothing is sent again without that answer (``outbox.sender.MAY_HAVE_BEEN_SENT``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.outbox.records import StoredRequest


def send_again(root: AppRoot, id_or_prefix: str) -> StoredRequest:
    """It did not go out: queue it to be sent again (``pixrma outbox retry ID``)."""
    return root.outbox.queue(id_or_prefix, confirmed_not_sent=True)


def mark_sent(root: AppRoot, id_or_prefix: str) -> StoredRequest:
    """It did go out: it becomes sent by e-mail (no tracking) and is never sent again
    (``pixrma outbox mark-sent ID``)."""
    return root.outbox.mark_sent(id_or_prefix)
