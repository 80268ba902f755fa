"""The reply box of the conversation pane: text, files to attach, Send reply, and "Try again and report".

"Try again and report" scans and checks again in a worker (``application.recheck``), shows the user what
changed since the request was filed, and sends that comparison with the new findings attached only when the
user agrees. Sending queues the reply in the outbox first (``application.conversation.send_reply``): offline
it waits there and goes out later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.ui.outbox_service import OutboxService
from pixrma_desktop.ui.worker import Worker, WorkerPool

if TYPE_CHECKING:
    from pixrma_desktop.application.conversation import ReplyOutcome
    from pixrma_desktop.application.recheck import Recheck


def send_job(root: Any, request_id: str, text: str, paths: list[str], with_bundle: bool, offline: bool) -> Any:
    from pixrma_desktop.application.conversation import reply_file, send_reply

    files = [reply_file(Path(p)) for p in paths]
    return send_reply(root, request_id, text, files, with_bundle=with_bundle, offline=offline)


def send_report_job(root: Any, request_id: str, text: str, found: Recheck, offline: bool) -> Any:
    from pixrma_desktop.application.conversation import send_reply

    return send_reply(root, request_id, text, [found.findings_file], offline=offline)


def recheck_job(root: Any, request_id: str, demo_mode: Any) -> Any:
    from pixrma_desktop.application.recheck import recheck

    return recheck(root, request_id, demo_mode=demo_mode)


class ComparisonDialog(QDialog):
    """What changed since the request, as it will be sent; Send or Cancel."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonDialog")
        self.setWindowTitle(self.tr("Try again and report"))
        intro = QLabel(self.tr("This is what changed since you filed the request. Send it to support?"))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(560, 320)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        send = buttons.addButton(self.tr("Send to support"), QDialogButtonBox.ButtonRole.AcceptRole)
        send.setObjectName("sendComparison")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


class ReplyBox(QWidget):
    sent = Signal(object)
    """A reply was queued (and sent, unless offline or refused): its ``ReplyOutcome``."""
    message = Signal(str)
    """Something to tell the user (the pane shows it)."""

    def __init__(self, service: OutboxService, demo_mode: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.demo_mode = demo_mode
        self.request_id: str | None = None
        self._pool = WorkerPool(self)
        self.closed = False
        self.choose_files: Callable[[], list[str]] = self._ask_files
        self.confirm_report: Callable[[str], bool] = self._ask_confirm
        self.text = QPlainTextEdit()
        self.text.setObjectName("replyText")
        self.text.setPlaceholderText(self.tr("Write to support about this request…"))
        self.files = QListWidget()
        self.files.setObjectName("replyFiles")
        self.files.setMaximumHeight(56)
        self.files.setVisible(False)  # shown once a file is attached
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setObjectName("replyAttach")
        self.bundle = QCheckBox(self.tr("Attach a fresh support bundle"))
        self.bundle.setObjectName("replyBundle")
        self.send_button = QPushButton(self.tr("Send reply"))
        self.send_button.setObjectName("replySend")
        self.report_button = QPushButton(self.tr("Try again and report"))
        self.report_button.setObjectName("tryAgainAndReport")
        self.report_button.setToolTip(
            self.tr(
                "Scan and check again, see what changed since the request (cameras, link speeds, findings) and "
                "send that comparison to support with the new findings attached."
            )
        )
        files_row = QHBoxLayout()
        files_row.addWidget(self.attach_button)
        files_row.addWidget(self.bundle, 1)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.report_button)
        send_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.files)
        layout.addLayout(files_row)
        layout.addLayout(send_row)
        self.attach_button.clicked.connect(self.attach)
        self.send_button.clicked.connect(self.send)
        self.report_button.clicked.connect(self.try_again_and_report)
        self.set_request(None)

    def set_request(self, request_id: str | None, *, can_reply: bool = True) -> None:
        self.request_id = request_id
        enabled = request_id is not None and can_reply
        for widget in (self.text, self.attach_button, self.bundle, self.send_button, self.report_button):
            widget.setEnabled(enabled)

    def attached(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def _ask_files(self) -> list[str]:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the reply"))
        return list(names)

    def _ask_confirm(self, text: str) -> bool:
        return ComparisonDialog(text, self).exec() == QDialog.DialogCode.Accepted

    def attach(self) -> None:
        for name in self.choose_files():
            if name and name not in self.attached():
                self.files.addItem(name)
        self.files.setVisible(self.files.count() > 0)

    @property
    def offline(self) -> bool:
        return not self.service.network.maybe_online

    def send(self) -> Worker | None:
        text = self.text.toPlainText()
        if self.request_id is None:
            return None
        if not text.strip():
            self.message.emit(self.tr("Write what you want to tell support first."))
            return None
        job = self.service.job(send_job, self.request_id, text, self.attached(), self.bundle.isChecked(), self.offline)
        return self._start(Worker(job, name="reply"), clear=True)

    def try_again_and_report(self) -> Worker | None:
        if self.request_id is None:
            return None
        request_id = self.request_id
        self.report_button.setEnabled(False)
        self.message.emit(self.tr("Scanning and checking again…"))
        worker = Worker(self.service.job(recheck_job, request_id, self.demo_mode), name="recheck")
        worker.returned.connect(lambda found: self._on_rechecked(request_id, found))
        worker.errored.connect(self._on_error)
        worker.finished.connect(self._enable)
        self._pool.start(worker)
        return worker

    def _on_rechecked(self, request_id: str, found: Recheck) -> None:
        if self.closed:
            return
        text = found.text(self.text.toPlainText())
        if not self.confirm_report(text):
            self.message.emit(self.tr("Nothing was sent."))
            return
        job = self.service.job(send_report_job, request_id, text, found, self.offline)
        self._start(Worker(job, name="reply-report"), clear=True)

    def _start(self, worker: Worker, *, clear: bool) -> Worker:
        self.send_button.setEnabled(False)
        worker.returned.connect(lambda outcome: self.report_outcome(outcome, clear))
        worker.errored.connect(self._on_error)
        worker.finished.connect(self._enable)
        self._pool.start(worker)
        return worker

    def _enable(self) -> None:
        if not self.closed:
            self.send_button.setEnabled(self.request_id is not None)
            self.report_button.setEnabled(self.request_id is not None)

    def report_outcome(self, outcome: ReplyOutcome, clear: bool = False) -> None:
        if self.closed:
            return
        from pixrma_desktop.outbox.reply_records import ReplyState

        reply = outcome.reply
        if clear:
            self.text.clear()
            self.files.clear()
            self.files.setVisible(False)
            self.bundle.setChecked(False)
        if reply.state is ReplyState.SENT:
            self.message.emit(self.tr("Reply added to ticket #{ticket}.").format(ticket=reply.ticket))
        elif reply.state is ReplyState.NEEDS_ATTENTION:
            self.message.emit(self.tr("The reply was not sent: {problem}").format(problem=reply.attention_message))
        elif outcome.problem is not None:
            self.message.emit(str(outcome.problem))
        else:
            self.message.emit(self.tr("The reply waits in the outbox and goes out when the server can be reached."))
        self.sent.emit(outcome)

    def _on_error(self, exc: BaseException) -> None:
        if not self.closed:
            self.message.emit(str(exc))

    def shutdown(self, timeout: float = 3.0) -> None:
        self.closed = True
        self._pool.wait_all(timeout)
