"""Below the outbox table: the selected request once filed — its support ticket number with a copy button and a
link to the ticket on the support site (the self-service page for a customer account), what the server did not
keep — or, for a camera bought from a dealer, where the package for the dealer is."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.application.server_learning import RowNote, ticket_link
from pixrma_desktop.outbox.records import StoredRequest
from pixrma_desktop.ui.inquiry_dialog import UrlOpener
from pixrma_desktop.ui.outbox_table import not_kept_text


class RequestDetails(QFrame):
    def __init__(self, root: AppRoot, open_url: UrlOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.root = root
        self.open_url = open_url
        self._ticket = ""
        self._link = ""
        self._folder = ""

        self.ticket = QLabel()
        self.ticket.setObjectName("ticketNumber")
        self.ticket.setStyleSheet("QLabel#ticketNumber { font-weight: bold; }")
        self.ticket.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy ticket number"))
        self.copy_button.setObjectName("copyTicket")
        self.link = QLabel()
        self.link.setObjectName("ticketLink")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(lambda _href: self.open_ticket())
        self.feedback = QLabel()
        self.feedback.setObjectName("detailsFeedback")
        ticket_row = QHBoxLayout()
        ticket_row.addWidget(self.ticket)
        ticket_row.addWidget(self.copy_button)
        ticket_row.addWidget(self.link, 1)
        ticket_row.addWidget(self.feedback)
        self.not_kept = QLabel()
        self.not_kept.setObjectName("notKept")
        self.not_kept.setWordWrap(True)
        self.dealer = QLabel()
        self.dealer.setObjectName("dealerReady")
        self.dealer.setWordWrap(True)
        self.dealer_button = QPushButton(self.tr("Open the package folder"))
        self.dealer_button.setObjectName("openDealerFolder")
        dealer_row = QHBoxLayout()
        dealer_row.addWidget(self.dealer, 1)
        dealer_row.addWidget(self.dealer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(ticket_row)
        layout.addWidget(self.not_kept)
        layout.addLayout(dealer_row)
        self.copy_button.clicked.connect(self.copy_ticket)
        self.dealer_button.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(self._folder)))
        self.show_row(None, None)

    def show_row(self, row: StoredRequest | None, note: RowNote | None) -> None:
        self._ticket = (row.support_ticket_number or "") if row is not None else ""
        self._link = ticket_link(self.root, self._ticket, row.support_ticket_url) if row and self._ticket else ""
        self._folder = note.dealer_folder if note is not None else ""
        self.feedback.clear()
        self.ticket.setText(self.tr("Support ticket #{ticket}").format(ticket=self._ticket) if self._ticket else "")
        words = self.tr("Open the ticket on the support site")
        self.link.setText(f'<a href="{html.escape(self._link)}">{html.escape(words)}</a>' if self._link else "")
        self.link.setToolTip(self._link)
        for widget in (self.ticket, self.copy_button):
            widget.setVisible(bool(self._ticket))
        self.link.setVisible(bool(self._link))
        self.not_kept.setText(not_kept_text(note.not_kept) if note is not None and note.not_kept else "")
        self.not_kept.setVisible(bool(self.not_kept.text()))
        self.dealer.setText(
            self.tr("Package ready for your dealer: {folder}").format(folder=self._folder) if self._folder else ""
        )
        for widget in (self.dealer, self.dealer_button):
            widget.setVisible(bool(self._folder))
        self.setVisible(bool(self._ticket or self._folder or self.not_kept.text()))

    @property
    def link_url(self) -> str:
        return self._link

    def copy_ticket(self) -> None:
        if self._ticket:
            QGuiApplication.clipboard().setText(self._ticket)
            self.feedback.setText(self.tr("Copied ✓"))

    def open_ticket(self) -> None:
        if self._link:
            self.open_url(QUrl(self._link))
