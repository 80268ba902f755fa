"""The request's attached files: drop files on the list, or add them with a button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


class AttachmentList(QListWidget):
    changed = Signal()
    """The user added or removed files."""
    listed = Signal()
    """The list shows other files (a request was loaded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setMinimumHeight(60)
        self.setMaximumHeight(110)
        self.setToolTip(self.tr("Drop screenshots, logs or other files here"))

    def paths(self) -> list[str]:
        return [str(self.item(i).data(256)) for i in range(self.count())]

    def set_paths(self, paths: list[str]) -> None:
        self.clear()
        for path in paths:
            self._add_item(path)
        self.listed.emit()

    def _add_item(self, path: str) -> None:
        p = Path(path)
        size = human_size(p.stat().st_size) if p.is_file() else self.tr("missing")
        item = QListWidgetItem(f"{p.name}  ({size})")
        item.setData(256, str(p))
        item.setToolTip(str(p))
        self.addItem(item)

    def add_paths(self, paths: list[str]) -> int:
        known = set(self.paths())
        added = 0
        for path in paths:
            resolved = str(Path(path).resolve())
            if Path(resolved).is_file() and resolved not in known:
                self._add_item(resolved)
                known.add(resolved)
                added += 1
        if added:
            self.changed.emit()
        return added

    def remove_selected(self) -> None:
        for item in self.selectedItems():
            self.takeItem(self.row(item))
        self.changed.emit()

    # -- drag and drop -------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        files = [u.toLocalFile() for u in urls if u.isLocalFile()]
        if files:
            self.add_paths(files)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)
