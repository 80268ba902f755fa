"""A small label under a form field that says what is wrong with it and what to do.

A problem shows once the user has left the field (``watch``) or asked to send (``arm``), so a fresh form does
not open as a wall of red; until then the label stays empty. Its one line of room is always kept, so the form
does not jump as messages come and go.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.armed = False
        self.message: str | None = None
        """The field's problem now (shown once armed)."""
        self.setObjectName(f"error:{path}")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.setMinimumHeight(self.fontMetrics().height())  # room kept: nothing jumps when a message comes

    def watch(self, *fields: QWidget) -> None:
        """Show the problem once the user leaves one of ``fields``."""
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not self.armed:
            self.arm()
        return False

    def arm(self, armed: bool = True) -> None:
        self.armed = armed
        self._show()

    def show_problem(self, message: str | None) -> None:
        self.message = message or None
        self._show()

    def _show(self) -> None:
        self.setText(self.message if self.armed and self.message else "")
