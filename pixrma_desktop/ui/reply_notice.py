"""Telling the user about replies from support without nagging: a count on the Outbox page's entry in the
sidebar, and one desktop notification per new reply with its first line (through the system tray when the
desktop has one; otherwise the status bar alone says it)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QSystemTrayIcon

from pixrma_desktop.ui.conversation_service import ConversationService


class ReplyNotifier(QObject):
    def __init__(self, window: QMainWindow, service: ConversationService, nav_item: QListWidgetItem) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.nav_item = nav_item
        self.title = nav_item.text()
        self.tray: QSystemTrayIcon | None = None
        self.shown: list[tuple[str, str]] = []
        """(title, message) of every notification shown, for tests."""
        service.unread_changed.connect(self.show_count)
        service.new_reply.connect(self.notify)

    def show_count(self, unread: dict[str, int]) -> None:
        total = sum(unread.values())
        font = self.nav_item.font()
        font.setBold(total > 0)
        self.nav_item.setFont(font)
        if total:
            self.nav_item.setText(self.tr("{page} ({n})").format(page=self.title, n=total))
            self.nav_item.setToolTip(self.tr("%n reply(s) from support not read yet", "", total))
        else:
            self.nav_item.setText(self.title)
            self.nav_item.setToolTip(self.title)

    def _request_title(self, request_id: str) -> str:
        for row in self.service.outbox.rows:
            if row.id == request_id:
                return row.title or row.support_ticket_number or request_id[:8]
        return request_id[:8]

    def notify(self, request_id: str, first_line: str) -> None:
        title = self.tr("Support replied: {request}").format(request=self._request_title(request_id))
        self.shown.append((title, first_line))
        status = self.window.statusBar()
        status.showMessage(f"{title} — {first_line}", 30_000)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.activated.connect(lambda _reason: self.window.raise_())
            self.tray.show()
        self.tray.showMessage(title, first_line, QSystemTrayIcon.MessageIcon.Information, 15_000)
