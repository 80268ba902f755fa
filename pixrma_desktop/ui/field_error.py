"""A small label under a form field that says what is wrong with it and what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setObjectName(f"error:{path}")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.setVisible(False)

    def show_problem(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))
