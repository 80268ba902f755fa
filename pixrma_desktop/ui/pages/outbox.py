"""The Outbox & tickets page: every request, where it stands, the support ticket number and the RMA number,
and what the user can do next (retry, ask about it, open the dealer package)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.application.dealer import default_dealer_folder
from pixrma_desktop.application.drafts import delete_draft, queue_request, unqueue_request
from pixrma_desktop.application.maybe_sent import mark_sent, send_again
from pixrma_desktop.outbox.records import StoredRequest
from pixrma_desktop.outbox.state import FILED_STATES, RequestState
from pixrma_desktop.ui.empty_hint import EmptyHint
from pixrma_desktop.ui.inquiry_dialog import UrlOpener
from pixrma_desktop.ui.outbox_details import RequestDetails
from pixrma_desktop.ui.outbox_service import OutboxService
from pixrma_desktop.ui.outbox_table import OutboxTableModel


class OutboxPage(QWidget):
    edit_requested = Signal(str)
    """The user wants to change a draft (or a request that needs attention): its id."""

    def __init__(
        self, service: OutboxService, parent: QWidget | None = None, *, open_url: UrlOpener | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.open_url: UrlOpener = open_url or QDesktopServices.openUrl
        self.inquiry_dialog: QWidget | None = None
        self.model = OutboxTableModel(self)
        self.banner = QLabel()
        self.banner.setObjectName("outboxBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setMargin(8)
        self.banner.setStyleSheet(
            "QLabel#outboxBanner { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; font-weight: bold; }"
        )
        self.explain = QLabel(
            self.tr(
                "The support ticket number comes with the confirmation e-mail; it is not the RMA number. "
                "An RMA number appears only once support has decided the camera must come back."
            )
        )
        self.explain.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # the last column ("What next") wraps instead of being cut off
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "No requests yet. The request you write on the Request page shows here: as a draft while you "
                "write it, then waiting to be sent, then with its support ticket number."
            ),
        )

        self.send_button = QPushButton(self.tr("Send &now"))
        self.send_button.setObjectName("sendNow")
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retry")
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editRequest")
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.delete_button.setObjectName("deleteDraft")
        self.inquiry_button = QPushButton(self.tr("Ask about this request…"))
        self.inquiry_button.setObjectName("inquiry")
        self.dealer_button = QPushButton(self.tr("Open dealer package"))
        self.dealer_button.setObjectName("openDealerPackage")
        self.refresh_button = QPushButton(self.tr("Refresh status"))
        self.refresh_button.setObjectName("refreshStatus")
        self.maybe_sent_note = QLabel(
            self.tr(
                "This request may have been sent: look for it in your Sent folder (or for support's autoreply), "
                "then say what you found."
            )
        )
        self.maybe_sent_note.setObjectName("maybeSentNote")
        self.maybe_sent_note.setWordWrap(True)
        self.send_again_button = QPushButton(self.tr("It was not sent: send &again"))
        self.send_again_button.setObjectName("sendAgain")
        self.mark_sent_button = QPushButton(self.tr("It was sent: &mark as sent"))
        self.mark_sent_button.setObjectName("markSent")
        self.maybe_sent_row = QWidget()
        maybe_sent = QHBoxLayout(self.maybe_sent_row)
        maybe_sent.setContentsMargins(0, 0, 0, 0)
        maybe_sent.addWidget(self.maybe_sent_note, 1)
        maybe_sent.addWidget(self.send_again_button)
        maybe_sent.addWidget(self.mark_sent_button)
        self.maybe_sent_row.setVisible(False)
        # What concerns the whole outbox above the list, what concerns the selected request below it (one row
        # each, so the buttons keep their whole text in French too).
        top = QHBoxLayout()
        top.addWidget(self.explain, 1)
        top.addWidget(self.send_button)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        for button in (
            self.retry_button,
            self.edit_button,
            self.delete_button,
            self.inquiry_button,
            self.dealer_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.details = RequestDetails(service.root, self.open_url)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("outboxSplit")
        self.split.setChildrenCollapsible(False)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.details)
        upper_layout.addWidget(self.maybe_sent_row)
        upper_layout.addLayout(buttons)
        self.split.addWidget(upper)
        self.pane: Any = None
        layout.addWidget(self.split, 1)

        self.send_button.clicked.connect(lambda: self.service.send_pending(due_only=False))
        self.retry_button.clicked.connect(self.retry_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.inquiry_button.clicked.connect(self.open_inquiry)
        self.dealer_button.clicked.connect(self.open_dealer_package)
        self.refresh_button.clicked.connect(self.service.refresh_status)
        self.send_again_button.clicked.connect(self.send_again_selected)
        self.mark_sent_button.clicked.connect(self.mark_sent_selected)
        service.listed.connect(self._on_listed)
        service.ticket_received.connect(self._on_ticket)
        service.send_problem.connect(self._on_problem)
        service.sending_changed.connect(lambda _busy: self._update_buttons())
        self._on_listed(service.rows)

    # -- updates -------------------------------------------------------------------------------------------
    def _on_listed(self, rows: list[StoredRequest]) -> None:
        self.model.set_rows(rows)
        self._fit_columns()
        self._update_buttons()
        if self.pane is not None:
            self.pane.show_request(self.selected())
        from pixrma_desktop.application.server_learning import row_notes

        self.service.run("row-notes", row_notes, list(rows), returned=self._on_notes, refresh=False)

    def _on_notes(self, notes: dict[str, Any]) -> None:
        self.model.set_notes(notes)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Every value whole: the columns fit what they hold now (the title up to 420 px; a longer one is
        elided, and whole in its tooltip)."""
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount() - 1):
            header.resizeSection(column, max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)))
        header.resizeSection(0, min(max(self.table.sizeHintForColumn(0), header.sectionSizeHint(0), 200), 420))

    def _on_ticket(self, _request_id: str, ticket: str) -> None:
        self.show_banner(
            self.tr("Sent. Support filed your request as ticket #{ticket} (this is not an RMA number).").format(
                ticket=ticket
            )
        )

    def _on_problem(self, message: str) -> None:
        self.show_banner(self.tr("Requests wait in the outbox: {problem}").format(problem=message))

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    # -- selection and actions -----------------------------------------------------------------------------
    def selected(self) -> StoredRequest | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self._update_buttons()
        if self.pane is not None:
            self.pane.show_request(self.selected())

    def attach_pane(self, pane: QWidget) -> None:
        """The pane under the table that shows the selected request (the conversation with support); it gets
        ``show_request(row)`` whenever the selection or the selected row changes."""
        self.pane = pane
        email_requested = getattr(pane, "email_requested", None)
        if email_requested is not None:
            email_requested.connect(self.open_inquiry_email)
        self.split.addWidget(pane)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([320, 480])  # a few rows of the table; the conversation gets the rest

    def _update_buttons(self) -> None:
        row = self.selected()
        state = row.state if row else None
        waiting = self.service.waiting_count()
        self.send_button.setEnabled(waiting > 0 and not self.service.sending)
        self.send_button.setToolTip(
            self.tr("Being sent now.")
            if self.service.sending
            else self.tr("Send every request waiting in the outbox now.")
            if waiting
            else self.tr("Nothing waits to be sent: requests you submit wait here.")
        )
        self.retry_button.setEnabled(
            state in (RequestState.QUEUED, RequestState.NEEDS_ATTENTION) and not (row and row.maybe_sent)
        )
        maybe_sent = bool(row and row.maybe_sent and state in (RequestState.QUEUED, RequestState.NEEDS_ATTENTION))
        self.maybe_sent_row.setVisible(maybe_sent)
        take_back = state is RequestState.QUEUED and not maybe_sent
        self.edit_button.setText(self.tr("&Edit again") if take_back else self.tr("&Edit"))
        self.edit_button.setToolTip(
            self.tr("Take this request back from the outbox into drafts, to change it before it is sent.")
            if take_back
            else ""
        )
        self.edit_button.setEnabled(take_back or state in (RequestState.DRAFT, RequestState.NEEDS_ATTENTION))
        self.delete_button.setEnabled(state in (RequestState.DRAFT, RequestState.NEEDS_ATTENTION))
        self.inquiry_button.setEnabled(state in FILED_STATES and bool(row and row.support_ticket_number))
        self.dealer_button.setEnabled(row is not None and self._dealer_folder(row) is not None)
        self.details.show_row(row, self.model.notes.get(row.id) if row is not None else None)
        self._explain_disabled(row)

    def _explain_disabled(self, row: StoredRequest | None) -> None:
        """A disabled button says why in its tooltip."""
        pick = self.tr("Select a request in the list first.")
        why = {
            self.retry_button: self.tr("Only a request waiting to be sent or needing attention is tried again."),
            self.delete_button: self.tr("Only drafts and requests needing attention can be deleted."),
            self.inquiry_button: self.tr("Only a request support has filed as a ticket can be asked about."),
            self.dealer_button: self.tr("Only a request made into a dealer package has one."),
        }
        if not (row is not None and row.state is RequestState.QUEUED):
            why[self.edit_button] = self.tr("Sent requests cannot be changed; drafts and waiting requests can.")
        for button, reason in why.items():
            if not button.isEnabled():
                button.setToolTip(pick if row is None else reason)
            elif button is not self.edit_button:
                button.setToolTip("")
        if row is None and not self.edit_button.isEnabled():
            self.edit_button.setToolTip(pick)

    def retry_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.state is RequestState.NEEDS_ATTENTION:
            self.service.run(
                "queue",
                partial(queue_request, remember_contact=False),
                row.id,
                errored=lambda exc: self.show_banner(str(exc)),
                finished=self._send_all,
            )
        else:
            self.service.send_pending(due_only=False)

    def _send_all(self) -> None:
        self.service.send_pending(due_only=False)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.state is RequestState.QUEUED and not row.maybe_sent:
            # Back to draft first (not while a send holds it), then into the form.
            self.service.run(
                "unqueue",
                unqueue_request,
                row.id,
                returned=lambda stored: self.edit_requested.emit(stored.id),
                errored=lambda exc: self.show_banner(str(exc)),
            )
        elif row.editable:
            self.edit_requested.emit(row.id)

    def send_again_selected(self) -> None:
        row = self.selected()
        if row is not None and row.maybe_sent:
            self.service.run(
                "send-again",
                send_again,
                row.id,
                errored=lambda exc: self.show_banner(str(exc)),
                finished=self._send_all,
            )

    def mark_sent_selected(self) -> None:
        row = self.selected()
        if row is not None and row.maybe_sent:
            self.service.run(
                "mark-sent",
                mark_sent,
                row.id,
                returned=lambda _stored: self.show_banner(
                    self.tr("Marked as sent by e-mail (no tracking): it will not be sent again.")
                ),
                errored=lambda exc: self.show_banner(str(exc)),
            )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is not None and row.editable:
            self.service.run("delete", delete_draft, row.id, errored=lambda exc: self.show_banner(str(exc)))

    def inquiry_url(self) -> QUrl | None:
        row = self.selected()
        if row is None or not row.support_ticket_number:
            return None
        from pixrma_desktop.application.case_status import status_inquiry

        return QUrl(status_inquiry(self.service.root, row).mailto_url())

    def open_inquiry(self) -> QWidget | None:
        """ "Ask about this request": with RT, a reply in the app first (the conversation pane's Reply tab, with
        the e-mail as the second choice); by e-mail, the inquiry e-mail (``open_inquiry_email``)."""
        row = self.selected()
        if row is None or not row.support_ticket_number:
            return None
        if self.pane is not None and hasattr(self.pane, "offer_reply") and self.pane.offer_reply(row):
            return self.pane  # type: ignore[no-any-return]
        return self.open_inquiry_email()

    def open_inquiry_email(self) -> QWidget | None:
        """The repair status inquiry in the mail program, or (without one) in a dialog to copy or save."""
        row = self.selected()
        if row is None or not row.support_ticket_number:
            return None
        from pixrma_desktop.application.case_status import status_inquiry
        from pixrma_desktop.ui.inquiry_dialog import ask_support

        self.inquiry_dialog = ask_support(self, status_inquiry(self.service.root, row), self.open_url)
        return self.inquiry_dialog

    def select(self, request_id: str) -> bool:
        """Select the request's row (False when it is not listed)."""
        row = self.model.find(request_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _dealer_folder(self, row: StoredRequest) -> Any:
        folder = default_dealer_folder(self.service.root) / f"dealer-{row.id[:8]}"
        return folder if folder.is_dir() else None

    def open_dealer_package(self) -> None:
        row = self.selected()
        folder = self._dealer_folder(row) if row else None
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def shutdown(self) -> None:
        if self.pane is not None:
            self.pane.shutdown()
