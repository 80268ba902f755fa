"""The app's side of the conversation after filing: background refresh of sent requests, unread counts and
notifications, all in workers.

The use cases are ``application.conversation``'s; they run through ``OutboxService.job`` (so the outbox is
opened by a worker, never by the GUI thread). The refresh runs every ``ui.check_replies_minutes`` while
``ui.check_replies`` is on, when the network comes back and on request; never while the computer is offline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from pixrma_desktop.ui.network_status import NetworkStatus
from pixrma_desktop.ui.outbox_service import OutboxService
from pixrma_desktop.ui.worker import Worker, WorkerPool

if TYPE_CHECKING:
    from pixrma_desktop.application.conversation import ConversationRefresh
    from pixrma_desktop.settings import UiSettings


def send_waiting_job(root: object) -> list[object]:
    from pixrma_desktop.application.conversation import send_waiting

    return list(send_waiting(root))  # type: ignore[arg-type]


def refresh_job(root: object, request_id: str | None) -> ConversationRefresh:
    from pixrma_desktop.application.conversation import refresh_conversations

    return refresh_conversations(root, request_id)  # type: ignore[arg-type]


class ConversationService(QObject):
    unread_changed = Signal(dict)
    """Request id → items from support not read yet (only requests that have some)."""
    refreshed = Signal(object)
    """A refresh ended (``ConversationRefresh``): panes showing a request read it again."""
    new_reply = Signal(str, str)
    """New items from support on a request: its id and the newest one's first line (notified once)."""
    replies_sent = Signal(list)
    """A pass over the replies waiting in the outbox ended: one ``ReplyOutcome`` per reply that waited."""

    def __init__(self, outbox: OutboxService, network: NetworkStatus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.network = network
        self.unread: dict[str, int] = {}
        self._pool = WorkerPool(self)
        self._refreshing: Worker | None = None
        self._sending: Worker | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.network.changed.connect(self._on_network)

    @property
    def ui_settings(self) -> UiSettings:
        return self.outbox.root.settings.ui

    def start(self) -> None:
        """At start-up (after the outbox): the unread counts as stored, then a refresh when online."""
        self.apply_settings()
        self.load_unread()
        self.send_waiting()
        if self.ui_settings.check_replies:
            self.refresh()

    def apply_settings(self) -> None:
        """Start, restart or stop the background refresh as the settings say."""
        ui = self.ui_settings
        self.timer.setInterval(int(max(1.0, ui.check_replies_minutes) * 60_000))
        if ui.check_replies:
            self.timer.start()
        else:
            self.timer.stop()

    def shutdown(self, timeout: float = 3.0) -> None:
        self.timer.stop()
        self._pool.wait_all(timeout)

    def _on_network(self, state: str) -> None:
        if state == "offline":
            return
        self.send_waiting()
        if self.ui_settings.check_replies:
            self.refresh()

    def _tick(self) -> None:
        self.send_waiting()
        self.refresh()

    def send_waiting(self) -> Worker | None:
        """Send the replies waiting in the outbox (written offline, or after a temporary failure); None when
        offline or a pass is running."""
        if not self.network.maybe_online or self._sending is not None:
            return None
        worker = Worker(self.outbox.job(send_waiting_job), name="replies")
        worker.returned.connect(self._on_replies_sent)
        worker.finished.connect(self._on_send_finished)
        self._sending = worker
        self._pool.start(worker)
        return worker

    def _on_replies_sent(self, outcomes: list[object]) -> None:
        if outcomes:
            self.replies_sent.emit(outcomes)

    def _on_send_finished(self) -> None:
        self._sending = None

    # -- work ----------------------------------------------------------------------------------------------
    def refresh(self, request_id: str | None = None) -> Worker | None:
        """Read what is new on the tickets of every sent request (or one); None when offline or busy."""
        if not self.network.maybe_online or (request_id is None and self._refreshing is not None):
            return None
        worker = Worker(self.outbox.job(refresh_job, request_id), name="conversations")
        worker.returned.connect(self._on_refreshed)
        if request_id is None:
            self._refreshing = worker
            worker.finished.connect(self._on_refresh_finished)
        self._pool.start(worker)
        return worker

    def _on_refresh_finished(self) -> None:
        self._refreshing = None

    def _on_refreshed(self, refresh: ConversationRefresh) -> None:
        newest: dict[str, str] = {}
        for request_id, first_line in refresh.new_from_support:
            newest[request_id] = first_line
        for request_id, first_line in newest.items():
            self.new_reply.emit(request_id, first_line)
        self.refreshed.emit(refresh)
        self.load_unread()
        if newest or refresh.rma_found:
            self.outbox.refresh_list()

    def load_unread(self) -> Worker:
        from pixrma_desktop.application.conversation import unread_counts

        worker = Worker(self.outbox.job(unread_counts), name="unread")
        worker.returned.connect(self._on_unread)
        self._pool.start(worker)
        return worker

    def _on_unread(self, counts: dict[str, int]) -> None:
        if counts != self.unread:
            self.unread = dict(counts)
            self.unread_changed.emit(self.unread)

    def mark_read(self, request_id: str) -> Worker:
        from pixrma_desktop.application.conversation import mark_read

        worker = Worker(self.outbox.job(mark_read, request_id), name="mark-read")
        worker.finished.connect(self.load_unread)
        self._pool.start(worker)
        return worker

    @property
    def total_unread(self) -> int:
        return sum(self.unread.values())
