"""The base of the Request page's groups: a titled box whose fields each have a label under them for their problem.

A group says ``changed`` when the user edits one of its fields, and keeps its problem labels in ``errors`` by
field path (``contact.email``), so the page can show what validation found next to each field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from pixrma_desktop.ui.field_error import FieldError


class RequestGroup(QGroupBox):
    changed = Signal()
    """The user edited a field of this group."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.errors: dict[str, FieldError] = {}

    def _edited(self, *_args: object) -> None:
        self.changed.emit()

    def _error(self, form: QFormLayout, path: str, *fields: QWidget) -> None:
        """The problem label under a row; its problem shows once the user leaves one of ``fields``."""
        form.setVerticalSpacing(2)  # each field's message line (kept, mostly empty) is the space between fields
        label = FieldError(path)
        label.watch(*fields)
        self.errors[path] = label
        form.addRow("", label)

    def _line(self, form: QFormLayout, label: str, path: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(path)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._edited)
        form.addRow(label, edit)
        self._error(form, path, edit)
        return edit
