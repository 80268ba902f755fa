"""The scrolling column a form page is built on: its groups one under the other, scrolled when the window is small."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def scrolling_column(*groups: QWidget) -> QScrollArea:
    """A scroll area holding ``groups`` in a column, with the spare room left below them."""
    content = QWidget()
    column = QVBoxLayout(content)
    for group in groups:
        column.addWidget(group)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    return scroll
