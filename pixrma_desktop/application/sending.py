"""Sending the outbox: one pass over the queue, or one request now. The only place a ``Sender`` is assembled.

The exactly-once work (leases, looking a submission up before sending it again, backoff) is the outbox's
``Sender``; this module gives it the root's store, the configured backend and the full support bundle. A
backend that cannot be made (``support.factory.NotConfiguredError``, a keyring problem) raises
``SupportError`` before anything is sent; the requests stay queued.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.outbox.sender import Sender, SendReport
    from pixrma_desktop.support.backend import SupportBackend, SupportError


def make_sender(root: AppRoot, backend: SupportBackend) -> Sender:
    """The sender, after learning again (at most daily) what the server keeps, so fields fit before sending."""
    from pixrma_desktop.application.server_learning import refresh_if_stale
    from pixrma_desktop.outbox.sender import Sender

    refresh_if_stale(root, backend)
    return Sender(root.outbox, backend, root.bundle_maker(), clock=root.clock)


class SendPass(NamedTuple):
    waiting: int
    """Requests waiting (queued or being sent) when the pass began; 0: no backend was needed."""
    report: SendReport


def waiting_requests(root: AppRoot) -> list[StoredRequest]:
    from pixrma_desktop.outbox.state import RequestState

    return root.outbox.list([RequestState.QUEUED, RequestState.SENDING])


def send_pass(root: AppRoot, *, due_only: bool = True, retry_for_s: float | None = None) -> SendPass:
    """Send what waits, each request exactly once: one try each (only those due unless ``due_only`` is False),
    or with ``retry_for_s`` retrying temporary failures with backoff for that long. Nothing waiting: no
    backend (and no credentials) is needed."""
    from pixrma_desktop.outbox.sender import SendReport

    waiting = len(waiting_requests(root))
    if not waiting:
        return SendPass(0, SendReport())
    sender = make_sender(root, root.backend())
    if retry_for_s is None:
        return SendPass(waiting, sender.run_once(due_only=due_only))
    return SendPass(waiting, sender.run(retry_for_s=max(0.0, retry_for_s), first_pass_due_only=due_only))


class SubmitStep(Enum):
    ALREADY_SENT = "already sent"
    NOT_CONFIGURED = "not configured"
    BUSY = "being sent elsewhere"
    CANNOT_SEND = "cannot be sent"
    SENT = "sent"


@dataclass(frozen=True)
class SubmitOutcome:
    step: SubmitStep
    stored: StoredRequest
    """The request as it stood when the step ended."""
    report: SendReport | None = None
    """With ``SENT``: the one send's result."""
    problem: SupportError | None = None
    """With ``NOT_CONFIGURED``: why no backend could be made (the request stays queued)."""


def submit_now(root: AppRoot, id_or_prefix: str) -> SubmitOutcome:
    """Queue one request (a complete draft) and send it now, exactly once."""
    from pixrma_desktop.outbox.sender import SendReport
    from pixrma_desktop.outbox.state import EDITABLE_STATES, FILED_STATES, RequestState
    from pixrma_desktop.support.backend import SupportError

    store = root.outbox
    stored = store.get(id_or_prefix)
    if stored.state in FILED_STATES:
        return SubmitOutcome(SubmitStep.ALREADY_SENT, stored)
    if stored.state in EDITABLE_STATES:
        stored = store.queue(stored.id)
    try:
        backend = root.backend()
    except SupportError as exc:
        return SubmitOutcome(SubmitStep.NOT_CONFIGURED, stored, problem=exc)
    sender = make_sender(root, backend)
    lease = store.acquire_lease(sender.owner, sender.lease_s, request_id=stored.id, due_only=False)
    if lease is None:
        now = store.get(stored.id)
        step = SubmitStep.BUSY if now.state is RequestState.SENDING else SubmitStep.CANNOT_SEND
        return SubmitOutcome(step, now)
    return SubmitOutcome(SubmitStep.SENT, stored, SendReport([sender.send(lease)]))
