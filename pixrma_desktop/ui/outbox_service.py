"""The app's side of the outbox: autosave, queueing, sending by itself, status refresh — all in workers.

The application layer's use cases (``application.drafts``, ``sending``, ``case_status``, ``dealer``) do the
work on the root's outbox; this object runs them in workers, never on the GUI thread, and tells the window
what happened by signals. Sending starts at
start-up, when the network comes back, every ``retry_interval_s`` while requests wait, and on request.
Closing the window during a send loses nothing: the request stays "sending" under a lease, and the next
start looks the submission id up on the server before sending again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.paths import AppPaths
from pixrma_desktop.settings import Settings
from pixrma_desktop.ui.network_status import NetworkStatus
from pixrma_desktop.ui.worker import Worker, WorkerPool

if TYPE_CHECKING:
    from pixrma_desktop.application.case_status import StatusRefresh
    from pixrma_desktop.application.sending import SendPass
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.outbox.store import OutboxStore
    from pixrma_desktop.rma.request import RmaRequest

log = logging.getLogger(__name__)


def send_job(root: AppRoot, due_only: bool) -> SendPass:
    """One pass of the sender over the queue (runs in a worker)."""
    from pixrma_desktop.application.sending import send_pass

    return send_pass(root, due_only=due_only)


def refresh_job(root: AppRoot) -> StatusRefresh:
    """Ask the server where each open filed case stands and store it (runs in a worker)."""
    from pixrma_desktop.application.case_status import filed_requests, refresh_status

    return refresh_status(root, filed_requests(root))


class OutboxService(QObject):
    changed = Signal()
    """Something in the outbox changed: lists should be read again."""
    listed = Signal(list)
    """The outbox's rows (``StoredRequest``), newest change first."""
    saved = Signal(str, int)
    """A draft was autosaved: its id and new revision."""
    save_failed = Signal(object)
    ticket_received = Signal(str, str)
    """A request got its support ticket number: request id, ticket number."""
    send_problem = Signal(str)
    """Sending stopped for a reason the user must handle (credentials, settings), in plain words."""
    sending_changed = Signal(bool)

    def __init__(
        self,
        root: AppRoot,
        network: NetworkStatus,
        *,
        retry_interval_s: float = 60.0,
        status_interval_s: float = 15 * 60.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.root = root
        self.network = network
        self._pool = WorkerPool(self)
        self._notice_told = False
        self._send_worker: Worker | None = None
        self._send_again: bool | None = None
        """A pass asked for while one runs: None, or its ``due_only`` (False wins: everything waiting goes)."""
        self._saving: Worker | None = None
        self._pending_save: RmaRequest | None = None
        self.last_problem: str | None = None
        self.revisions: dict[str, int] = {}
        """The revision of each draft as this app last loaded or saved it (to notice edits made elsewhere)."""
        self.rows: list[StoredRequest] = []
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(int(retry_interval_s * 1000))
        self.retry_timer.timeout.connect(self._retry)
        self.needs_setup = False
        """The last pass stopped at something only the user can fix (no server, no or a refused token): the
        minute timer does not try again (and log the same failure every minute); saving Settings, storing a
        token, the network coming back or "Send now" do."""
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(int(status_interval_s * 1000))
        self.status_timer.timeout.connect(self._refresh_filed)
        self.network.changed.connect(self._on_network)

    # -- the store -----------------------------------------------------------------------------------------
    @property
    def paths(self) -> AppPaths:
        return self.root.paths

    @property
    def settings(self) -> Settings:
        return self.root.settings

    @property
    def store(self) -> OutboxStore:
        """The root's outbox, opened on first use by a worker (SQLite and pydantic stay off the start-up
        path); a notice from opening it is shown once."""
        store = self.root.outbox
        if store.notice and not self._notice_told:
            self._notice_told = True
            self.send_problem.emit(store.notice)
        return store

    def job(self, func: Callable[..., Any], *args: Any) -> Callable[[], Any]:
        """``func(root, *args)`` for a worker: a use case of ``pixrma_desktop.application``, after the outbox
        is open (so its notice reaches the window)."""

        def run() -> Any:
            _ = self.store
            return func(self.root, *args)

        return run

    def start(self) -> None:
        """At start-up: list, then send what waits (and keep retrying while requests wait)."""
        self.refresh_list()
        self.retry_timer.start()
        self.status_timer.start()
        self.send_pending(due_only=False)

    def shutdown(self, timeout: float = 3.0) -> None:
        self.retry_timer.stop()
        self.status_timer.stop()
        self._pool.wait_all(timeout)  # a send in flight finishes or leaves its lease; nothing is lost
        if not self._pool.active:
            self.root.close()

    # -- lists ---------------------------------------------------------------------------------------------
    def refresh_list(self) -> Worker:
        from pixrma_desktop.application.drafts import list_requests

        worker = Worker(self.job(list_requests), name="outbox-list")
        worker.returned.connect(self._on_listed)
        worker.errored.connect(lambda exc: self.send_problem.emit(str(exc)))
        self._pool.start(worker)
        return worker

    def _on_listed(self, rows: list[StoredRequest]) -> None:
        self.rows = list(rows)
        self.listed.emit(self.rows)

    def waiting_count(self) -> int:
        from pixrma_desktop.outbox.state import RequestState

        return sum(1 for r in self.rows if r.state in (RequestState.QUEUED, RequestState.SENDING))

    # -- drafts --------------------------------------------------------------------------------------------
    def save(self, request: RmaRequest, *, overwrite: bool = False) -> None:
        """Autosave (in a worker); saves arriving while one runs are coalesced into the latest.

        A draft changed elsewhere since this app loaded or saved it is not overwritten (``save_failed`` gets
        an ``EditConflictError``) unless ``overwrite``."""
        if self._saving is not None:
            self._pending_save = request
            return
        expected = None if overwrite else self.revisions.get(request.id)
        worker = Worker(self._save_job, request, expected, name="autosave")
        worker.returned.connect(lambda revision: self.saved.emit(request.id, int(revision)))
        worker.errored.connect(self.save_failed.emit)
        worker.finished.connect(self._on_save_finished)
        self._saving = worker
        self._pool.start(worker)

    def _save_job(self, request: RmaRequest, expected: int | None) -> int:
        from pixrma_desktop.application.drafts import save_draft

        revision: int = self.job(save_draft, request, expected)()
        self.revisions[request.id] = revision
        return revision

    def _on_save_finished(self) -> None:
        self._saving = None
        if self._pending_save is not None:
            request, self._pending_save = self._pending_save, None
            self.save(request)
        else:
            self.changed.emit()
            self.refresh_list()

    def flush(self, timeout: float = 5.0) -> None:
        """Wait for the autosave in flight (on quit)."""
        while self._saving is not None:
            worker = self._saving
            worker.wait(timeout)
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.processEvents()
            if self._saving is worker:
                break

    # -- sending -------------------------------------------------------------------------------------------
    @property
    def sending(self) -> bool:
        return self._send_worker is not None

    def _on_network(self, state: str) -> None:
        if state != "offline":
            self.send_pending(due_only=False)

    def _retry(self) -> None:
        if not self.needs_setup:
            self.send_pending(due_only=True)

    def send_pending(self, *, due_only: bool = True) -> Worker | None:
        """Send what waits in the queue, unless offline; returns the worker, or None when nothing started."""
        if not self.network.maybe_online:
            return None
        if not due_only:
            self.needs_setup = False
        if self._send_worker is not None:
            self._send_again = due_only and (self._send_again is None or self._send_again)
            return None
        worker = Worker(self.job(send_job, due_only), name="send")
        worker.returned.connect(self._on_sent)
        worker.errored.connect(self._on_send_error)
        worker.finished.connect(self._on_send_finished)
        self._send_worker = worker
        self.sending_changed.emit(True)
        self._pool.start(worker)
        return worker

    def _on_sent(self, sent: SendPass) -> None:
        from pixrma_desktop.outbox.sender import Outcome

        report = sent.report
        for result in report.results:
            if result.outcome in (Outcome.SUBMITTED, Outcome.ADOPTED) and result.ticket is not None:
                self.ticket_received.emit(result.request_id, result.ticket.ticket_id)
        problem = report.auth_problem
        if problem:
            # The core's words name `pixrma login`; in the app the token is stored in Settings.
            problem = self.tr(
                "the support server did not accept the stored access token (it may have expired or been "
                "revoked): open Settings, store a new token and save."
            )
        self.last_problem = problem
        if problem:
            self.needs_setup = True
            self.send_problem.emit(problem)

    def _on_send_error(self, exc: BaseException) -> None:
        from pixrma_desktop.support.backend import SupportError
        from pixrma_desktop.support.factory import NotConfiguredError

        self.needs_setup = isinstance(exc, NotConfiguredError)
        if isinstance(exc, NotConfiguredError):
            # The core's message names the command-line steps; in the app the place is Settings.
            self.last_problem = self.tr(
                "they go out once the support server is set up: open Settings, enter its address and your "
                "access token, and save."
            )
            self.send_problem.emit(self.last_problem)
            return

        # Not configured yet, or no keyring: the requests stay queued; the user is told what to set up.
        self.last_problem = str(exc) if isinstance(exc, SupportError) else f"{type(exc).__name__}: {exc}"
        self.send_problem.emit(self.last_problem)

    def _on_send_finished(self) -> None:
        self._send_worker = None
        self.sending_changed.emit(False)
        self.changed.emit()
        self.refresh_list()
        if self._send_again is not None:
            due_only, self._send_again = self._send_again, None
            self.send_pending(due_only=due_only)

    def _refresh_filed(self) -> None:
        """Ask about filed cases only when there are some (no backend is needed before the first one)."""
        from pixrma_desktop.outbox.state import FILED_STATES, RequestState

        if any(r.state in FILED_STATES and r.state is not RequestState.CLOSED for r in self.rows):
            self.refresh_status()

    def refresh_status(self) -> Worker | None:
        if not self.network.maybe_online:
            return None
        worker = Worker(self.job(refresh_job), name="status")
        worker.returned.connect(self._on_refreshed)
        worker.errored.connect(self._on_send_error)
        worker.finished.connect(self.refresh_list)
        self._pool.start(worker)
        return worker

    def _on_refreshed(self, refresh: StatusRefresh) -> None:
        if refresh.backend_problem is not None:
            self._on_send_error(refresh.backend_problem)
        elif refresh.failures:
            self.send_problem.emit(str(refresh.failures[0]))

    # -- one request ---------------------------------------------------------------------------------------
    def run(
        self,
        name: str,
        func: Callable[..., Any],
        *args: Any,
        returned: Callable[[Any], None] | None = None,
        errored: Callable[[BaseException], None] | None = None,
        finished: Callable[[], None] | None = None,
        refresh: bool = True,
    ) -> Worker:
        """Any other outbox use case (``func(root, *args)``: queue, delete, dealer package …) in a worker;
        lists refresh after (unless ``refresh`` is False: a job that only reads).

        The callbacks are connected before the worker starts, so none of its signals can be missed."""
        worker = Worker(self.job(func, *args), name=name)
        if returned is not None:
            worker.returned.connect(returned)
        if errored is not None:
            worker.errored.connect(errored)
        if finished is not None:
            worker.finished.connect(finished)
        if refresh:
            worker.finished.connect(self.refresh_list)
        self._pool.start(worker)
        return worker
