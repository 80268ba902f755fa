"""The sender: takes queued requests from the outbox and files each with the support backend exactly once.

Exactly once, across crashes, timeouts and two processes:

* the request's submission id (fixed when the draft was created) travels with it to the server;
* a lease in the database (``OutboxStore.acquire_lease``) lets only one sender work on a request; a sender
  that dies leaves a lease that expires (after ``lease_s``, longer than any backend call) and is taken over;
* before an attempt that might repeat an earlier one — the earlier attempt failed uncertainly (timeout,
  connection reset after the request left), or its sender died mid-way — the sender first asks the backend
  whether a ticket with that submission id exists, and adopts it if so.

A backend that cannot be searched (e-mail: ``searchable`` is False) cannot answer that question, so an
attempt whose outcome is unknown is never repeated on its own: the request needs the user's attention as
"may have been sent", and the user checks, then sends it again or marks it as sent.

Failures: ``TransientError`` (network, 5xx, 429) → back to the queue with exponential backoff and jitter,
at least the server's ``Retry-After``; ``PermanentError`` (4xx) → needs attention with the server's words,
not retried; ``AuthError`` → the pass stops and the user is asked for credentials; the request stays queued.

Clock, sleep and randomness are injected, so tests drive time without waiting.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from pixrma_desktop.outbox.errors import LeaseLostError
from pixrma_desktop.outbox.records import Lease
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.rma.render import to_submission
from pixrma_desktop.rma.request import DraftFormatError, RmaRequest
from pixrma_desktop.rma.reviewed_bundle import bundle_note, why_not_reviewed
from pixrma_desktop.support.backend import (
    AuthError,
    PermanentError,
    SupportBackend,
    TicketRef,
    TransientError,
)

MAY_HAVE_BEEN_SENT = (
    "May have been sent — check your Sent folder (or for support's autoreply), then send again "
    "(`pixrma outbox retry ID`) or mark as sent (`pixrma outbox mark-sent ID`)."
)
"""What the user reads when an e-mail's outcome is unknown; the request is not sent again on its own."""

MakeBundle = Callable[[RmaRequest], Path]
"""Builds the support bundle (zip) for a request and returns its path."""

_log = logging.getLogger("pixrma.outbox")
"""Every send attempt and its outcome go to the app's log."""


@dataclass(frozen=True)
class BackoffPolicy:
    """Delay before attempt n+1: ``base_s * factor**(n-1)``, capped at ``max_s``, times a random factor in
    ``[1 - jitter, 1]`` so many clients do not retry in step; never shorter than the server's Retry-After."""

    base_s: float = 15.0
    factor: float = 2.0
    max_s: float = 3600.0
    jitter: float = 0.5

    def delay(self, attempt: int, rand: float, retry_after: float | None = None) -> float:
        raw = min(self.max_s, self.base_s * self.factor ** max(0, attempt - 1))
        delay = raw * (1.0 - self.jitter * rand)
        if retry_after is not None:
            delay = max(delay, min(retry_after, 24 * 3600.0))
        return delay


class Outcome(StrEnum):
    SUBMITTED = "submitted"
    ADOPTED = "adopted"
    """An earlier, uncertain attempt had in fact filed the ticket; it was found and adopted, not re-sent."""
    RETRY_LATER = "retry-later"
    NEEDS_ATTENTION = "needs-attention"
    AUTH_REQUIRED = "auth-required"
    LEASE_LOST = "lease-lost"


@dataclass(frozen=True)
class SendResult:
    request_id: str
    outcome: Outcome
    message: str = ""
    ticket: TicketRef | None = None
    retry_at: float | None = None


class _Result(Protocol):
    @property
    def outcome(self) -> Outcome: ...
    @property
    def message(self) -> str: ...


ResultT = TypeVar("ResultT", bound=_Result)


@dataclass
class PassReport(Generic[ResultT]):
    """What one pass of a sender did, one result per item tried (requests here, replies in ``reply_sender``)."""

    results: list[ResultT] = field(default_factory=list)

    def of(self, *outcomes: Outcome) -> list[ResultT]:
        return [r for r in self.results if r.outcome in outcomes]

    @property
    def auth_problem(self) -> str | None:
        found = self.of(Outcome.AUTH_REQUIRED)
        return found[0].message if found else None


@dataclass
class SendReport(PassReport[SendResult]):
    pass


def default_owner() -> str:
    """A lease owner name that is unique per process and tells a human where the sender runs."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Sender:
    def __init__(
        self,
        store: OutboxStore,
        backend: SupportBackend,
        make_bundle: MakeBundle,
        *,
        owner: str | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        policy: BackoffPolicy | None = None,
        lease_s: float = 600.0,
    ) -> None:
        """``lease_s`` must be longer than the longest backend call (its timeout), so a live sender's lease
        never expires while its request is on the wire."""
        self.store = store
        self.backend = backend
        self.make_bundle = make_bundle
        self.owner = owner or default_owner()
        self.clock = clock or store.clock
        self.sleep = sleep
        self.rand = rand
        self.policy = policy or BackoffPolicy()
        self.lease_s = lease_s

    # -- one request -------------------------------------------------------------------------------------

    def send(self, lease: Lease) -> SendResult:
        """File the leased request; every outcome is recorded in the store before this returns."""
        uncertain = lease.lookup_first
        request_id = lease.request_id
        try:
            request = lease.stored.request
        except DraftFormatError as exc:
            return self._attention(lease, f"The stored request cannot be read: {exc}", uncertain)
        searchable = bool(getattr(self.backend, "searchable", True))
        try:
            if lease.lookup_first and not searchable:
                return self._attention(lease, MAY_HAVE_BEEN_SENT, True)
            if lease.lookup_first:
                found = self.backend.find(request_id)
                if found is not None:
                    self.store.record_submitted(request_id, found, owner=self.owner, adopted=True)
                    return SendResult(request_id, Outcome.ADOPTED, f"already filed as ticket {found.ticket_id}", found)
                uncertain = False
            try:
                why_new = why_not_reviewed(request)
                bundle = self.make_bundle(request)
                self.store.note(request_id, "bundle", bundle_note(request, bundle, why_new))
            except OSError as exc:
                return self._attention(
                    lease, f"The support bundle could not be written ({exc}). Free disk space, then queue again.", False
                )
            except Exception as exc:  # a failing bundle must not block the queue; the user sees why
                return self._attention(
                    lease, f"The support bundle could not be built ({type(exc).__name__}: {exc}).", False
                )
            submission = to_submission(request, bundle)
            if lease.expires_at - self.clock() < self.lease_s / 2:  # building the bundle took long
                lease = self.store.renew_lease(lease, self.lease_s)
            ticket = self.backend.create(submission)
            self.store.record_submitted(request_id, ticket, owner=self.owner)
            return SendResult(request_id, Outcome.SUBMITTED, f"filed: {ticket.description}", ticket)
        except LeaseLostError as exc:
            return SendResult(request_id, Outcome.LEASE_LOST, str(exc))
        except AuthError as exc:
            self.store.release_lease(lease, retry_at=self.clock(), error=str(exc), maybe_sent=uncertain)
            return SendResult(request_id, Outcome.AUTH_REQUIRED, str(exc))
        except PermanentError as exc:
            message = str(exc)
            if exc.problems:
                message += " (" + "; ".join(f"{p.field}: {p.message}" for p in exc.problems) + ")"
            return self._attention(lease, message, uncertain)
        except TransientError as exc:
            if exc.uncertain and not searchable:
                return self._attention(lease, f"{exc} {MAY_HAVE_BEEN_SENT}", True)
            attempt = lease.stored.attempts + 1
            retry_at = self.clock() + self.policy.delay(attempt, self.rand(), exc.retry_after)
            self.store.release_lease(lease, retry_at=retry_at, error=str(exc), maybe_sent=uncertain or exc.uncertain)
            return SendResult(request_id, Outcome.RETRY_LATER, str(exc), retry_at=retry_at)
        except BaseException:
            # A bug in a backend or an interrupt: the request may have left, so it is looked up next time.
            with contextlib.suppress(Exception):  # the original error matters more; the lease then expires
                self.store.release_lease(lease, retry_at=self.clock(), error="interrupted", maybe_sent=True)
            raise

    def _attention(self, lease: Lease, message: str, uncertain: bool) -> SendResult:
        try:
            self.store.mark_needs_attention(lease.request_id, message, owner=self.owner, maybe_sent=uncertain)
        except LeaseLostError as exc:
            return SendResult(lease.request_id, Outcome.LEASE_LOST, str(exc))
        return SendResult(lease.request_id, Outcome.NEEDS_ATTENTION, message)

    # -- passes ------------------------------------------------------------------------------------------

    def candidates(self) -> list[str]:
        """Ids of requests waiting to be sent, oldest first (including ones whose sender died)."""
        now = self.clock()
        rows = self.store.list([RequestState.QUEUED, RequestState.SENDING])
        waiting = [
            r
            for r in rows
            if r.state is RequestState.QUEUED or (r.lease_expires_at is not None and r.lease_expires_at < now)
        ]
        waiting.sort(key=lambda r: (r.queued_at or 0.0, r.id))
        return [r.id for r in waiting]

    def run_once(self, *, due_only: bool = True) -> SendReport:
        """One pass over the queue: each waiting request is tried once (only those due, unless ``due_only`` is
        False — what a user asking to "send now" wants). Stops early when credentials are refused."""
        report = SendReport()
        for request_id in self.candidates():
            lease = self.store.acquire_lease(self.owner, self.lease_s, request_id=request_id, due_only=due_only)
            if lease is None:
                continue  # another sender has it, or it is not due yet
            result = self.send(lease)
            _log.info(
                "send %s: %s %s",
                result.request_id,
                result.outcome,
                result.message,
                extra={"event": "send", "request": result.request_id, "outcome": str(result.outcome)},
            )
            report.results.append(result)
            if result.outcome is Outcome.AUTH_REQUIRED:
                break
        return report

    def run(self, *, retry_for_s: float, first_pass_due_only: bool = False) -> SendReport:
        """Send everything, retrying transient failures (with backoff) for up to ``retry_for_s`` seconds."""
        deadline = self.clock() + retry_for_s
        report = self.run_once(due_only=first_pass_due_only)
        while not report.auth_problem:
            waiting = self.store.list([RequestState.QUEUED, RequestState.SENDING])
            if not waiting:
                break
            next_due = min(
                (r.next_attempt_at if r.state is RequestState.QUEUED else (r.lease_expires_at or 0.0)) for r in waiting
            )
            now = self.clock()
            if next_due > deadline:
                break
            if next_due > now:
                self.sleep(next_due - now)
            latest = self.run_once(due_only=True)
            report.results.extend(latest.results)
            if not latest.results and self.clock() >= deadline:
                break
        return _final(report)


def _final(report: SendReport) -> SendReport:
    """Keep each request's last result (a request retried within a run appears once, as it ended)."""
    last: dict[str, SendResult] = {}
    for result in report.results:
        last.pop(result.request_id, None)
        last[result.request_id] = result
    return SendReport(list(last.values()))
