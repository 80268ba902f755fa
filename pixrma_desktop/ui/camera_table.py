"""The camera table: a model over camera rows that diffs each new snapshot against what it shows.

Rows keep their place while a scan streams in: a camera seen again updates its row (``dataChanged``), a new
one is appended (``rowsInserted``), and a camera from an earlier scan that this scan did not find stays,
marked "not found now" — it may be exactly the camera that broke. Cameras added by hand stay until removed.

The camera modules (records, merging) are imported when the first row arrives: an app started with nothing
to show does not need them before its first window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.notice_text import notice_text

if TYPE_CHECKING:
    from pixrma_desktop.cameras.record import CameraRecord


class RowState(StrEnum):
    SEEN = "seen"
    """Found by the latest scan (or the scan running now)."""
    CHECKING = "checking"
    """Known from before; the running scan has not reported it yet."""
    MISSING = "missing"
    """Known from before; the latest scan did not find it."""
    MANUAL = "manual"
    """Added by hand."""


@dataclass(frozen=True)
class CameraRow:
    record: CameraRecord
    state: RowState = RowState.SEEN


TRANSPORT_NAMES = {
    "usb3vision": "USB3 Vision",
    "gigevision": "GigE Vision",
    "gentl": "GenTL",
    "pixelink-usb2": "Pixelink USB 2",
    "manual": "—",
    "unknown": "?",
}
"""``Transport`` value -> the connection as people name it."""


def transport_name(transport: str) -> str:
    return TRANSPORT_NAMES.get(transport, str(transport))


def link_text(record: CameraRecord) -> str:
    if record.link_speed:
        return record.link_speed
    if record.usb and record.usb.speed:
        return {"high": "USB 2 (480 Mb/s)", "super": "USB 3 (5 Gb/s)", "super-plus": "USB 3 (10 Gb/s)"}.get(
            record.usb.speed, record.usb.speed
        )
    if record.network and record.network.ip:
        return record.network.ip
    return ""


def status_text(row: CameraRow) -> str:
    record = row.record
    if row.state is RowState.MANUAL:
        return translate("CameraTable", "Added by hand")
    if row.state is RowState.CHECKING:
        return translate("CameraTable", "Checking…")
    if row.state is RowState.MISSING:
        return translate("CameraTable", "Not found now")
    if record.in_use:
        return translate("CameraTable", "In use by another program")
    if record.warnings:
        return (
            notice_text(record.warnings[0])
            if len(record.warnings) == 1
            else translate("CameraTable", "{n} warnings").format(n=len(record.warnings))
        )
    if record.demo:
        return translate("CameraTable", "OK (demo camera)")
    return translate("CameraTable", "OK")


class CameraTableModel(QStandardItemModel):
    """The rows as Qt items, so the view reads cells and header labels without calling into Python (no
    Python ``data``/``headerData`` override); ``rows`` holds the records they were made from."""

    COLUMNS = ("model", "serial", "firmware", "transport", "link", "status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self._rows: list[CameraRow] = []
        self.setHorizontalHeaderLabels(
            [
                translate("CameraTable", "Model"),
                translate("CameraTable", "Serial number"),
                translate("CameraTable", "Firmware"),
                translate("CameraTable", "Connection"),
                translate("CameraTable", "Link"),
                translate("CameraTable", "Status"),
            ]
        )

    def _items(self, row: CameraRow) -> list[QStandardItem]:
        record = row.record
        texts = (
            record.model or record.vendor or translate("CameraTable", "Unknown camera"),
            record.serial or "",
            record.firmware_version or record.device_version or "",
            transport_name(record.transport),
            link_text(record),
            status_text(row),
        )
        dimmed = None
        if row.state in (RowState.MISSING, RowState.CHECKING):
            palette = QApplication.palette() if QApplication.instance() else QPalette()
            dimmed = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        items = []
        for column, text in zip(self.COLUMNS, texts, strict=True):
            item = QStandardItem(text)
            item.setEditable(False)
            item.setDragEnabled(False)
            item.setDropEnabled(False)
            if column == "status" and record.warnings:
                item.setToolTip("\n".join(notice_text(w) for w in record.warnings))
            elif column == "model":
                item.setToolTip(record.display_name)
            if dimmed is not None:
                item.setForeground(dimmed)
            items.append(item)
        return items

    # -- what the app does with it ---------------------------------------------------------------------
    @property
    def rows(self) -> tuple[CameraRow, ...]:
        return tuple(self._rows)

    def row_at(self, row: int) -> CameraRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _find(self, record: CameraRecord) -> int:
        from pixrma_desktop.cameras.merge import same_camera

        for i, row in enumerate(self._rows):
            if same_camera(row.record, record):
                return i
        return -1

    def _replace(self, i: int, row: CameraRow) -> None:
        """New items for a changed row, announced as one ``dataChanged`` for the whole row."""
        if self._rows[i] == row:
            return
        self._rows[i] = row
        was_blocked = self.blockSignals(True)  # one signal for the row, not one per cell
        try:
            for column, item in enumerate(self._items(row)):
                self.setItem(i, column, item)
        finally:
            self.blockSignals(was_blocked)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))

    def _append(self, rows: Sequence[CameraRow]) -> None:
        for row in rows:
            self._rows.append(row)
            self.appendRow(self._items(row))

    def _remove(self, i: int) -> None:
        self.removeRow(i)  # first: while Qt announces the removal, ``rows`` still matches what the view shows
        del self._rows[i]

    def upsert(self, record: CameraRecord, state: RowState = RowState.SEEN) -> int:
        """A camera reported now: update its row (merging what is known) or append one. Returns the row."""
        from pixrma_desktop.cameras.merge import merge_records

        i = self._find(record)
        if i < 0:
            self._append([CameraRow(record, state)])
            return len(self._rows) - 1
        old = self._rows[i]
        merged = record if old.state in (RowState.CHECKING, RowState.MISSING) else merge_records(old.record, record)
        keep_manual = old.state is RowState.MANUAL and state is not RowState.SEEN
        self._replace(i, CameraRow(merged, RowState.MANUAL if keep_manual else state))
        return i

    def begin_scan(self) -> None:
        """Cameras found before are "checking" until the new scan reports them."""
        for i, row in enumerate(self._rows):
            if row.state in (RowState.SEEN, RowState.MISSING):
                self._replace(i, dataclasses.replace(row, state=RowState.CHECKING))

    def end_scan(self, *, cancelled: bool) -> None:
        """Cameras the scan did not report are "not found now" (or back to what they were, if cancelled)."""
        for i, row in enumerate(self._rows):
            if row.state is RowState.CHECKING:
                self._replace(i, dataclasses.replace(row, state=RowState.SEEN if cancelled else RowState.MISSING))

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self._remove(row)
