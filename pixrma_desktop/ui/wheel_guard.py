"""The mouse wheel changes a combo box or spin box only when that box has keyboard focus.

Scrolling a form must scroll the form: without this, whichever "How often" box or number passes under the
pointer takes the wheel, and the change is autosaved. One filter on the application covers every page and
dialog, including boxes made later: a box gets ``Qt.StrongFocus`` (click or Tab, not the wheel, gives it
focus), and a wheel over a box without focus is passed on to what holds it, so the page scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


def _guarded_box(obj: QObject) -> QWidget | None:
    """The combo or spin box ``obj`` is, or belongs to (a spin box's line edit), else None."""
    if isinstance(obj, _GUARDED):
        return obj
    parent = obj.parent() if isinstance(obj, QWidget) else None
    if isinstance(parent, _GUARDED) and parent.focusProxy() is obj:
        return parent
    return None


def _calm(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """Installed once on the application (``install_wheel_guard``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            _calm(watched)
        elif kind == QEvent.Type.Wheel:
            box = _guarded_box(watched)
            if box is not None and not box.hasFocus():
                event.ignore()  # Qt hands an ignored wheel event to the parent: the page scrolls
                return True
        return False


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on ``app`` (once; later calls return the same guard) and calm the boxes that exist."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert isinstance(app, QApplication)
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    for widget in app.allWidgets():
        if isinstance(widget, _GUARDED):
            _calm(widget)
    return guard
