"""Finds text cut off by its widget: a label, button or header section narrower than its text, a table cell
narrower than its value. Word-wrapped labels, elided text (QLabel does not elide by itself) and widgets not
shown are left alone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QWidget,
)


def _plain(text: str) -> str:
    """The text as drawn: no mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _advance(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or label.textFormat().name == "RichText" or text.lstrip().startswith("<"):
        return None
    shown = _plain(text) if label.buddy() is not None or "&" in text else text
    needed = _advance(label, shown) + 2 * label.margin() + max(label.indent(), 0)
    room = label.contentsRect().width()
    return f"label “{shown}” needs {needed} px, has {room}" if needed > room else None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    needed = button.sizeHint().width()
    room = button.width()
    return f"button “{_plain(text)}” needs {needed} px, has {room}" if needed > room else None


def _placeholder_problem(edit: QLineEdit) -> str | None:
    """A hint shown in an empty field ("e.g. PL-D755CU") must fit too."""
    hint = edit.placeholderText()
    if not hint or edit.text():
        return None
    margins = edit.textMargins()
    needed = _advance(edit, hint) + margins.left() + margins.right() + 8  # Qt's frame and side margins
    room = edit.width()
    return f"hint “{hint}” needs {needed} px, has {room}" if needed > room else None


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.isHidden():
        return []
    from PySide6.QtCore import Qt

    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        needed = _advance(header, text) + 2 * margin
        if needed > header.sectionSize(section):
            found.append(f"header “{text}” needs {needed} px, has {header.sectionSize(section)}")
    return found


def _cell_problems(table: QTableView) -> list[str]:
    from PySide6.QtCore import Qt

    model = table.model()
    header = table.horizontalHeader()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    last = header.count() - 1
    found = []
    for column in range(header.count()):
        if table.isColumnHidden(column) or (column == last and header.stretchLastSection()):
            continue  # the stretched last column shows a long status whole in its tooltip
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
            needed = _advance(table, text) + 2 * margin
            if text and needed > table.columnWidth(column):
                found.append(f"cell “{text}” needs {needed} px, has {table.columnWidth(column)}")
    return found


def clipped_texts(root: QWidget) -> list[str]:
    """Every text cut off inside ``root`` (shown widgets only)."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            found += [problem] if problem else []
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            found += [problem] if problem else []
        elif isinstance(widget, QLineEdit):
            problem = _placeholder_problem(widget)
            found += [problem] if problem else []
        elif isinstance(widget, QHeaderView):
            found += _header_problems(widget)
        if isinstance(widget, QTableView):
            found += _cell_problems(widget)
    return found
