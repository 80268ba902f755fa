"""Before sending: what the support server will do with the cameras' values, from what it said it keeps.

A field that holds one value (RT's "Enter one value") gets several values joined in one ("PL-D755MU;
PL-D725CU"); values that still do not fit are named here, so the user sees before sending what the server
will not keep (and can name it in the problem description, which the ticket always holds in full).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.rma.request import RmaRequest

_UNREAD = object()


class FieldPlanNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldPlanNote")
        self.setWordWrap(True)
        self.setVisible(False)
        self._profile: Any = _UNREAD

    def forget_profile(self) -> None:
        """Read the saved server profile again at the next ``show_plan`` (it was learned again)."""
        self._profile = _UNREAD

    def show_plan(self, root: AppRoot, request: RmaRequest) -> None:
        from pixrma_desktop.application.server_learning import field_fit, saved_profile

        if self._profile is _UNREAD:
            self._profile = saved_profile(root)
        if self._profile is None:
            self.setVisible(False)
            return
        fit = field_fit(root, request, self._profile)
        lines = [
            self.tr("The server keeps one value in “{field}”: it will hold “{value}”.").format(field=name, value=value)
            for name, value in fit.joined.items()
        ]
        lines += [
            self.tr(
                "The server will not keep these in “{field}” (its one value is full): {values}. "
                "The problem description still names them."
            ).format(field=name, values=", ".join(values))
            for name, values in fit.not_kept.items()
        ]
        self.setText("\n".join(lines))
        self.setStyleSheet("QLabel#fieldPlanNote { color: palette(highlight); }" if fit.not_kept else "")
        self.setVisible(bool(lines))
