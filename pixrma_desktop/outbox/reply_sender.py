"""The reply sender: takes queued replies from the outbox and adds each to its ticket exactly once.

The same rules as the request ``Sender`` (``outbox.sender``): a lease per reply so only one sender works on
it and a dead sender's reply is taken over; exponential backoff with jitter for transient failures, at least
the server's Retry-After; a refusal (4xx) needs the user's attention with the server's words (a missing
ReplyToTicket right is named); refused credentials stop the pass. A correspondence is not idempotent, so
before any attempt that may repeat an earlier one, the ticket is searched for the reply's id (carried in its
footer) and a reply found there is adopted instead of sent again.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from pixrma_desktop.outbox.errors import LeaseLostError
from pixrma_desktop.outbox.reply_records import ReplyLease, ReplyState
from pixrma_desktop.outbox.sender import BackoffPolicy, Outcome, PassReport, default_owner
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.support.backend import Attachment, AuthError, PermanentError, TransientError

_log = logging.getLogger("pixrma.outbox")


class RepliesToTickets(Protocol):
    """What the reply sender needs from a support backend (``RtBackend`` has it)."""

    def reply(self, ticket_id: str, text: str, attachments: Iterable[Attachment], reply_id: str) -> None: ...

    def reply_arrived(self, ticket_id: str, reply_id: str) -> bool: ...


NO_REPLIES_BY_EMAIL = (
    "Replies cannot be sent from the app with the e-mail backend: answer support's mail from your mailbox, "
    "keeping the ticket number in the subject as [#ticket]."
)


def replying_backend(backend: object) -> RepliesToTickets:
    """``backend`` as something that replies on tickets, or ``PermanentError`` saying what to do instead."""
    if not (callable(getattr(backend, "reply", None)) and callable(getattr(backend, "reply_arrived", None))):
        raise PermanentError(NO_REPLIES_BY_EMAIL)
    return backend  # type: ignore[return-value]


@dataclass(frozen=True)
class ReplyResult:
    reply_id: str
    request_id: str
    outcome: Outcome
    """``SUBMITTED`` when sent now, ``ADOPTED`` when an earlier attempt had sent it."""
    message: str = ""
    retry_at: float | None = None


@dataclass
class ReplyReport(PassReport[ReplyResult]):
    pass


class ReplySender:
    def __init__(
        self,
        store: OutboxStore,
        backend: RepliesToTickets,
        *,
        owner: str | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        policy: BackoffPolicy | None = None,
        lease_s: float = 600.0,
    ) -> None:
        self.store = store
        self.backend = backend
        self.owner = owner or default_owner()
        self.clock = clock or store.clock
        self.sleep = sleep
        self.rand = rand
        self.policy = policy or BackoffPolicy()
        self.lease_s = lease_s

    def send(self, lease: ReplyLease) -> ReplyResult:
        """Add the leased reply to its ticket; every outcome is recorded in the store before this returns."""
        reply = lease.stored
        uncertain = lease.lookup_first
        try:
            if lease.lookup_first:
                if self.backend.reply_arrived(reply.ticket, reply.id):
                    self.store.record_reply_sent(lease, adopted=True)
                    return ReplyResult(reply.id, reply.request_id, Outcome.ADOPTED, "already on the ticket")
                uncertain = False
            missing = [f.path for f in reply.files if not _readable(f.path)]
            if missing:
                return self._attention(
                    lease, f"A file to attach is gone ({', '.join(missing)}); attach it again and resend.", False
                )
            self.backend.reply(reply.ticket, reply.text, [f.attachment() for f in reply.files], reply.id)
            self.store.record_reply_sent(lease)
            return ReplyResult(reply.id, reply.request_id, Outcome.SUBMITTED, f"added to ticket #{reply.ticket}")
        except LeaseLostError as exc:
            return ReplyResult(reply.id, reply.request_id, Outcome.LEASE_LOST, str(exc))
        except AuthError as exc:
            self.store.release_reply_lease(lease, retry_at=self.clock(), error=str(exc), maybe_sent=uncertain)
            return ReplyResult(reply.id, reply.request_id, Outcome.AUTH_REQUIRED, str(exc))
        except PermanentError as exc:
            return self._attention(lease, str(exc), uncertain)
        except TransientError as exc:
            retry_at = self.clock() + self.policy.delay(reply.attempts + 1, self.rand(), exc.retry_after)
            self.store.release_reply_lease(
                lease, retry_at=retry_at, error=str(exc), maybe_sent=uncertain or exc.uncertain
            )
            return ReplyResult(reply.id, reply.request_id, Outcome.RETRY_LATER, str(exc), retry_at)
        except BaseException:
            with contextlib.suppress(Exception):  # the reply may have left: it is looked up next time
                self.store.release_reply_lease(lease, retry_at=self.clock(), error="interrupted", maybe_sent=True)
            raise

    def _attention(self, lease: ReplyLease, message: str, uncertain: bool) -> ReplyResult:
        reply = lease.stored
        try:
            self.store.mark_reply_needs_attention(lease, message, maybe_sent=uncertain)
        except LeaseLostError as exc:
            return ReplyResult(reply.id, reply.request_id, Outcome.LEASE_LOST, str(exc))
        return ReplyResult(reply.id, reply.request_id, Outcome.NEEDS_ATTENTION, message)

    def run_once(self, *, due_only: bool = True, request_id: str | None = None) -> ReplyReport:
        """One pass: each waiting reply (of ``request_id`` only, if given) is tried once."""
        report = ReplyReport()
        now = self.clock()
        waiting = [
            r
            for r in self.store.replies(request_id, [ReplyState.QUEUED, ReplyState.SENDING])
            if r.state is ReplyState.QUEUED or (r.lease_expires_at is not None and r.lease_expires_at < now)
        ]
        for reply in waiting:
            lease = self.store.acquire_reply_lease(self.owner, self.lease_s, reply_id=reply.id, due_only=due_only)
            if lease is None:
                continue
            result = self.send(lease)
            _log.info(
                "reply %s: %s %s",
                result.reply_id,
                result.outcome,
                result.message,
                extra={"event": "reply", "request": result.request_id, "outcome": str(result.outcome)},
            )
            report.results.append(result)
            if result.outcome is Outcome.AUTH_REQUIRED:
                break
        return report

    def run(self, *, retry_for_s: float, request_id: str | None = None) -> ReplyReport:
        """Send every waiting reply now, retrying transient failures (with backoff) for up to ``retry_for_s``."""
        deadline = self.clock() + retry_for_s
        report = self.run_once(due_only=False, request_id=request_id)
        while not report.auth_problem:
            waiting = self.store.replies(request_id, [ReplyState.QUEUED, ReplyState.SENDING])
            if not waiting:
                break
            next_due = min(
                r.next_attempt_at if r.state is ReplyState.QUEUED else (r.lease_expires_at or 0.0) for r in waiting
            )
            if next_due > deadline:
                break
            if next_due > self.clock():
                self.sleep(next_due - self.clock())
            latest = self.run_once(request_id=request_id)
            report.results.extend(latest.results)
            if not latest.results and self.clock() >= deadline:
                break
        last: dict[str, ReplyResult] = {}
        for result in report.results:
            last.pop(result.reply_id, None)
            last[result.reply_id] = result
        return ReplyReport(list(last.values()))


def _readable(path: str) -> bool:
    try:
        with open(path, "rb"):
            return True
    except OSError:
        return False
