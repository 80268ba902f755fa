"""A thin bar that says what was just removed and offers to bring it back ("Camera 712345678 removed. Undo")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pixrma_desktop.ui.i18n import translate


class UndoBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(translate("UndoBar", "&Undo"))
        self.undo_button.setObjectName("undo")
        self.dismiss_button = QPushButton(translate("UndoBar", "Dismiss"))
        self.dismiss_button.setObjectName("dismissUndo")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss_button)
        self._undo: Callable[[], object] | None = None
        self.undo_button.clicked.connect(self.undo)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.setVisible(False)

    def offer(self, text: str, undo: Callable[[], object]) -> None:
        """Show ``text`` with an Undo button that calls ``undo`` (a newer offer replaces an older one)."""
        self._undo = undo
        self.label.setText(text)
        self.setVisible(True)

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.setVisible(False)
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._undo = None
        self.setVisible(False)
