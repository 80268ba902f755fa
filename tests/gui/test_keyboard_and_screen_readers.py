"""Keyboard and screen readers: on every page and dialog each button has a name a screen reader can say, each
control can be reached with Tab, and the request form's Tab order follows the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.gui.every_view import every_view

pytestmark = pytest.mark.gui

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _shown_controls(view: QWidget) -> list[QWidget]:
    return [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, CONTROLS) and not isinstance(w, QHeaderView) and w.isVisible() and w.isEnabled()
    ]  # a table's header is reached through its table


def test_every_button_has_a_name_and_every_control_takes_tab(qtbot, make_window):
    window = make_window()
    window.resize(1100, 700)
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    unnamed, untabbable, looked_at = [], [], []
    for name, view in every_view(window):
        looked_at.append(name)
        for widget in _shown_controls(view):
            if isinstance(widget, QAbstractButton) and not (widget.text().strip() or widget.accessibleName()):
                unnamed.append(f"{name}: {widget.objectName() or type(widget).__name__}")
            if (
                isinstance(widget, QLineEdit)
                and widget.parent() is not None
                and isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
            ):
                continue  # the box's own line edit: the box takes the focus
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                untabbable.append(f"{name}: {widget.objectName() or type(widget).__name__}")
    assert looked_at == ["cameras", "request", "outbox", "settings", "add-by-hand", "review"]
    assert unnamed == []
    assert untabbable == []


def test_tab_walks_the_request_form_in_reading_order(qtbot, make_window):
    from tests.gui.test_request_page import open_request_page

    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    window.show_page("request")
    with qtbot.waitActive(window):
        window.activateWindow()
    expected = [page.name, page.company, page.email, page.phone, page.country, page.address]
    page.name.setFocus()
    qtbot.waitUntil(page.name.hasFocus, timeout=5_000)
    reached = [window.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert reached == expected
