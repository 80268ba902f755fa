"""What an empty list says: what will appear there and how to get it, in the middle of the empty view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    """A grey, centred text over an item view's viewport, shown while its model has no rows."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        from PySide6.QtCore import Qt

        self.view = view
        self.setObjectName("emptyHint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # drops and clicks reach the view
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False

    def refresh(self, *_args: object) -> None:
        from shiboken6 import isValid

        if not (isValid(self) and isValid(self.view)):
            return  # the view is being taken down
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(self.view.model().rowCount() == 0)
