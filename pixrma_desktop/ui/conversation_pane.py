"""The conversation pane of the Outbox page: the selected request's thread with support, its files, the reply
box and the case (timeline, RMA, return instructions, packing slip).

The thread is read from the outbox in a worker (``application.conversation.show_thread``); opening a request
marks its thread read and, when online, reads what is new on its tickets. Files from support are saved only
into a folder the user picks, under a cleaned name, and never opened.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.ui.conversation_case import CaseBox
from pixrma_desktop.ui.conversation_reply import ReplyBox
from pixrma_desktop.ui.conversation_service import ConversationService
from pixrma_desktop.ui.conversation_text import SafeTextBrowser, author_label, size_text, thread_html
from pixrma_desktop.ui.worker import Worker, WorkerPool

if TYPE_CHECKING:
    from pixrma_desktop.application.conversation import ConversationRefresh, RmaView, ThreadView
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.support.thread import AttachmentInfo


def load_job(root: Any, request_id: str) -> tuple[ThreadView, RmaView]:
    from pixrma_desktop.application.conversation import rma_view, show_thread

    return show_thread(root, request_id), rma_view(root, request_id)


def resend_job(root: Any, reply_ids: list[str]) -> Any:
    from pixrma_desktop.application.conversation import resend_reply

    return [resend_reply(root, reply_id) for reply_id in reply_ids]


def save_job(root: Any, attachment: AttachmentInfo, folder: str) -> Any:
    from pathlib import Path

    from pixrma_desktop.application.conversation import save_attachment

    return save_attachment(root, attachment, Path(folder))


class ConversationPane(QWidget):
    loaded = Signal(str)
    """The thread of a request is on screen: its id."""
    email_requested = Signal()
    """After "Ask about this request": the user prefers the inquiry e-mail to a reply in the app."""

    def __init__(
        self, conversations: ConversationService, demo_mode: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPane")
        self.conversations = conversations
        self.service = conversations.outbox
        self.row: StoredRequest | None = None
        self.view: ThreadView | None = None
        self._pool = WorkerPool(self)
        self.closed = False
        """Set on shutdown: results that arrive after it are dropped (the widgets may be gone)."""
        self.choose_folder: Callable[[], str] = self._ask_folder

        self.header = QLabel()
        self.header.setObjectName("conversationHeader")
        self.header.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("conversationNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.resend_button = QPushButton(self.tr("Send again"))
        self.resend_button.setObjectName("resendReplies")
        self.resend_button.setToolTip(self.tr("Send the replies that were not sent again, once you fixed the cause."))
        self.resend_button.setVisible(False)
        self.ask_note = QLabel()
        self.ask_note.setObjectName("askInApp")
        self.ask_note.setWordWrap(True)
        self.ask_note.setTextFormat(Qt.TextFormat.RichText)
        self.ask_note.setVisible(False)
        self.ask_note.linkActivated.connect(lambda _href: self.email_requested.emit())
        self.thread_view = SafeTextBrowser()
        self.thread_view.setObjectName("conversationThread")
        self.files = QListWidget()
        self.files.setObjectName("conversationFiles")
        self.files.setMaximumHeight(60)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setObjectName("saveAttachment")
        self.save_button.setToolTip(self.tr("Save the selected file from support into a folder you choose."))
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.thread_view, 1)
        left_layout.addLayout(files_row)

        self.reply_box = ReplyBox(self.service, demo_mode)
        self.case_box = CaseBox(self.service)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reply_box, self.tr("Reply"))
        self.tabs.addTab(self.case_box, self.tr("Case && return"))
        self.body = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])  # the thread is what is read most
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.resend_button)
        layout.addLayout(notice_row)
        layout.addWidget(self.ask_note)
        layout.addWidget(split, 1)
        self.filler = QWidget()  # keeps the header at the top while there is no conversation to show
        layout.addWidget(self.filler, 1)

        self.save_button.clicked.connect(self.save_selected)
        self.resend_button.clicked.connect(self.resend)
        conversations.replies_sent.connect(lambda _outcomes: self.load())
        self.files.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.reply_box.message.connect(self.show_notice)
        self.reply_box.sent.connect(lambda _o: self._after_reply())
        self.case_box.message.connect(self.show_notice)
        conversations.refreshed.connect(self._on_refreshed)
        self.show_request(None)

    # -- showing a request ---------------------------------------------------------------------------------
    @property
    def by_email(self) -> bool:
        return self.service.root.settings.support.backend == "smtp"

    def show_request(self, row: StoredRequest | None) -> None:
        """Show the thread of ``row`` (a sent request) as kept, then read what is new when online."""
        from pixrma_desktop.outbox.state import FILED_STATES

        changed = (row.id if row else None) != (self.row.id if self.row else None)
        self.row = row
        if changed:
            self.notice.setVisible(False)
            self.ask_note.setVisible(False)
            self.view = None
            self.thread_view.clear()
            self.files.clear()
        filed = row is not None and row.state in FILED_STATES and bool(row.support_ticket_number)
        self.body.setVisible(filed)  # nothing to read or answer before the request has a ticket
        self.filler.setVisible(not filed)
        if row is None or not filed:
            self.header.setText(
                self.tr("Select a sent request to read the conversation with support.")
                if row is None
                else self.tr("The conversation with support starts once this request is sent.")
            )
            self.reply_box.set_request(None)
            self.case_box.show_case(None, None)
            self._update_buttons()
            return
        self.header.setText(
            self.tr("Conversation with support about “{title}” (support ticket #{ticket})").format(
                title=row.title or self.tr("untitled request"), ticket=row.support_ticket_number
            )
        )
        self.reply_box.set_request(row.id, can_reply=not self.by_email)
        if self.by_email:
            self.show_notice(
                self.tr(
                    "Replies cannot be read back through e-mail: support's answers arrive in your mailbox, and "
                    "you answer them from there. To ask where the case stands, use “Ask about this request…”."
                )
            )
        if changed:
            self.load()
            if not self.by_email:
                self.conversations.refresh(row.id)

    def offer_reply(self, row: StoredRequest) -> bool:
        """ "Ask about this request" with RT: open the Reply tab for ``row``, focused, and offer the inquiry
        e-mail as the second choice. False (nothing done) with the e-mail backend or without a ticket."""
        if self.by_email or not row.support_ticket_number:
            return False
        if self.row is None or self.row.id != row.id:
            self.show_request(row)
        if not self.reply_box.text.isEnabled():
            return False
        self.tabs.setCurrentWidget(self.reply_box)
        words = self.tr("Write your question below and press Send reply: it goes onto support ticket #{ticket}.")
        link = self.tr("Write an e-mail to support instead")
        self.ask_note.setText(
            f'{html.escape(words.format(ticket=row.support_ticket_number))} <a href="#email">{html.escape(link)}</a>'
        )
        self.ask_note.setVisible(True)
        self.reply_box.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def load(self) -> Worker | None:
        if self.closed or self.row is None:
            return None
        request_id = self.row.id
        worker = Worker(self.service.job(load_job, request_id), name="conversation")
        worker.returned.connect(lambda loaded: self._on_loaded(request_id, *loaded))
        worker.errored.connect(lambda exc: self.show_notice(str(exc)))
        self._pool.start(worker)
        return worker

    def _on_loaded(self, request_id: str, view: ThreadView, rma: RmaView) -> None:
        if self.closed or self.row is None or self.row.id != request_id:
            return
        self.view = view
        bar = self.thread_view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.thread_view.setHtml(thread_html(view))
        if at_end:
            bar.setValue(bar.maximum())
        self.files.clear()
        for item in view.conversation.items:
            for attachment in item.attachments:
                entry = QListWidgetItem(
                    self.tr("{name} ({size}) from {who}").format(
                        name=attachment.name, size=size_text(attachment.size), who=author_label(str(item.author))
                    )
                )
                entry.setData(Qt.ItemDataRole.UserRole, attachment)
                self.files.addItem(entry)
        if self.files.count():
            self.files.setCurrentRow(self.files.count() - 1)
        self.case_box.show_case(request_id, rma)
        self._update_buttons()
        from pixrma_desktop.outbox.reply_records import ReplyState

        self.resend_button.setVisible(any(r.state is ReplyState.NEEDS_ATTENTION for r in view.replies))
        if view.unread:
            self.conversations.mark_read(request_id)
        self.loaded.emit(request_id)

    def _on_refreshed(self, refresh: ConversationRefresh) -> None:
        if self.closed or self.row is None:
            return
        ids = {r.request_id for r in refresh.results}
        if self.row.id in ids:
            self.load()
        for request_id, error in refresh.errors:
            if request_id == self.row.id:
                self.show_notice(self.tr("The conversation could not be read: {problem}").format(problem=error))

    def _after_reply(self) -> None:
        self.load()
        if self.row is not None and not self.by_email:
            self.conversations.refresh(self.row.id)

    def show_notice(self, text: str) -> None:
        if self.closed:
            return
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.files.currentRow() >= 0 and not self.by_email)

    def resend(self) -> Worker | None:
        """Send the replies of this request that needed attention again."""
        from pixrma_desktop.outbox.reply_records import ReplyState

        if self.view is None:
            return None
        ids = [r.id for r in self.view.replies if r.state is ReplyState.NEEDS_ATTENTION]
        if not ids:
            return None
        self.resend_button.setEnabled(False)
        worker = Worker(self.service.job(resend_job, ids), name="resend-replies")
        worker.returned.connect(lambda outcomes: self.reply_box.report_outcome(outcomes[-1]))
        worker.errored.connect(lambda exc: self.show_notice(str(exc)))
        worker.finished.connect(self._after_resend)
        self._pool.start(worker)
        return worker

    def _after_resend(self) -> None:
        if not self.closed:
            self.resend_button.setEnabled(True)
            self.load()

    # -- files from support --------------------------------------------------------------------------------
    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Save the file from support into"))

    def save_selected(self) -> Worker | None:
        if self.files.currentRow() < 0:
            return None
        attachment = self.files.item(self.files.currentRow()).data(Qt.ItemDataRole.UserRole)
        folder = self.choose_folder()
        if not folder:
            return None
        worker = Worker(self.service.job(save_job, attachment, folder), name="save-attachment")
        worker.returned.connect(
            lambda path: self.show_notice(self.tr("Saved as {path} (not opened).").format(path=path))
        )
        worker.errored.connect(lambda exc: self.show_notice(str(exc)))
        self._pool.start(worker)
        return worker

    def shutdown(self, timeout: float = 3.0) -> None:
        self.closed = True
        self.reply_box.shutdown(timeout)
        self.case_box.shutdown(timeout)
        self._pool.wait_all(timeout)
