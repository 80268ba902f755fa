"""An in-memory ``SupportBackend`` whose failures are scripted per call, for fast sender tests."""

from __future__ import annotations

import threading
from collections import deque

from pixrma_desktop.support.backend import CaseStep, Submission, SupportError, TicketRef, TicketStatus


class ScriptedBackend:
    """``fail_create`` / ``fail_find`` queue errors for the next calls. An error queued with ``filed=True``
    files the ticket first and then raises (the answer was lost on the way back)."""

    name = "scripted"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.filed: dict[str, list[Submission]] = {}
        self.create_calls: list[str] = []
        self.find_calls: list[str] = []
        self._create_errors: deque[tuple[SupportError, bool]] = deque()
        self._find_errors: deque[SupportError] = deque()

    def fail_create(self, error: SupportError, *, filed: bool = False) -> None:
        self._create_errors.append((error, filed))

    def fail_find(self, error: SupportError) -> None:
        self._find_errors.append(error)

    def _ticket(self, submission_id: str) -> TicketRef:
        return TicketRef(str(list(self.filed).index(submission_id) + 1), backend=self.name)

    def create(self, submission: Submission) -> TicketRef:
        with self._lock:
            self.create_calls.append(submission.submission_id)
            error, filed = self._create_errors.popleft() if self._create_errors else (None, False)
            if error is None or filed:
                self.filed.setdefault(submission.submission_id, []).append(submission)
            if error is not None:
                raise error
            return self._ticket(submission.submission_id)

    def find(self, submission_id: str) -> TicketRef | None:
        with self._lock:
            self.find_calls.append(submission_id)
            if self._find_errors:
                raise self._find_errors.popleft()
            return self._ticket(submission_id) if submission_id in self.filed else None

    def status(self, ticket: TicketRef) -> TicketStatus:
        return TicketStatus(ticket, CaseStep.RECEIVED, "new")

    def times_filed(self, submission_id: str) -> int:
        return len(self.filed.get(submission_id, []))
