"""The mouse wheel over a combo or spin box without focus scrolls the page; it changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from pixrma_desktop.ui.wheel_guard import WheelGuard

pytestmark = pytest.mark.gui


def _wheel(widget: QWidget, steps: int = -1) -> bool:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture
def started_window(qtbot, make_window):
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.instance().findChild(WheelGuard) is not None, timeout=5_000)
    return window


def test_wheel_over_unfocused_settings_boxes_changes_nothing(qtbot, started_window, ctx):
    window = started_window
    window.show_page("settings")
    page = window.settings_page
    before_file = ctx.paths.settings_file.read_bytes() if ctx.paths.settings_file.exists() else None
    boxes = [page.demo, page.language, page.probe_timeout, page.log_window, page.backend]
    before = [(b.currentIndex() if hasattr(b, "currentIndex") else b.value()) for b in boxes]
    for box in boxes:
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert not box.hasFocus()
        _wheel(box)
        _wheel(box, +1)
    after = [(b.currentIndex() if hasattr(b, "currentIndex") else b.value()) for b in boxes]
    assert after == before
    after_file = ctx.paths.settings_file.read_bytes() if ctx.paths.settings_file.exists() else None
    assert after_file == before_file


def test_wheel_over_unfocused_request_box_autosaves_nothing(qtbot, started_window):
    window = started_window
    window.show_page("request")
    page = window.request_page
    qtbot.waitUntil(lambda: page.current_request() is not None, timeout=10_000)
    warranty = page.warranty
    index = warranty.currentIndex()
    _wheel(warranty)
    _wheel(warranty, +1)
    assert warranty.currentIndex() == index
    assert not page.autosave_timer.isActive()
    assert not page._dirty


def test_wheel_over_a_focused_box_still_changes_it(qtbot, started_window):
    window = started_window
    window.show_page("settings")
    page = window.settings_page
    box = page.probe_timeout
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=5_000)
    value = box.value()
    _wheel(box, +1)
    assert box.value() != value
