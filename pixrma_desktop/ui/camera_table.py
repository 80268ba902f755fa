"""The camera table: a model over camera rows that diffs each new snapshot against what it shows.

Rows keep their place while a scan streams in: a camera seen again updates its row (``dataChanged``), a new
one is appended (``rowsInserted``), and a camera from an earlier scan that this scan did not find stays,
marked "not found now" — it may be exactly the camera that broke. Cameras added by hand stay until removed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from pixrma_desktop.cameras.merge import merge_records, same_camera
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.ui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex


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
    Transport.USB3_VISION: "USB3 Vision",
    Transport.GIGE_VISION: "GigE Vision",
    Transport.GENTL: "GenTL",
    Transport.PIXELINK_USB2: "Pixelink USB 2",
    Transport.MANUAL: "—",
    Transport.UNKNOWN: "?",
}


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
            record.warnings[0]
            if len(record.warnings) == 1
            else translate("CameraTable", "{n} warnings").format(n=len(record.warnings))
        )
    if record.demo:
        return translate("CameraTable", "OK (demo camera)")
    return translate("CameraTable", "OK")


class CameraTableModel(QAbstractTableModel):
    COLUMNS = ("model", "serial", "firmware", "transport", "link", "status")
    RecordRole = int(Qt.ItemDataRole.UserRole) + 1
    StateRole = RecordRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CameraRow] = []

    # -- Qt model interface -------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            translate("CameraTable", "Model"),
            translate("CameraTable", "Serial number"),
            translate("CameraTable", "Firmware"),
            translate("CameraTable", "Connection"),
            translate("CameraTable", "Link"),
            translate("CameraTable", "Status"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        record = row.record
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "model": record.model or record.vendor or translate("CameraTable", "Unknown camera"),
                "serial": record.serial or "",
                "firmware": record.firmware_version or record.device_version or "",
                "transport": TRANSPORT_NAMES.get(record.transport, str(record.transport)),
                "link": link_text(record),
                "status": status_text(row),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "status" and record.warnings:
                return "\n".join(record.warnings)
            if column == "model":
                return record.display_name
        if role == Qt.ItemDataRole.ForegroundRole and row.state in (RowState.MISSING, RowState.CHECKING):
            palette = QApplication.palette() if QApplication.instance() else QPalette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == self.RecordRole:
            return record
        if role == self.StateRole:
            return str(row.state)
        return None

    # -- what the app does with it ---------------------------------------------------------------------
    @property
    def rows(self) -> tuple[CameraRow, ...]:
        return tuple(self._rows)

    def record_at(self, row: int) -> CameraRecord | None:
        return self._rows[row].record if 0 <= row < len(self._rows) else None

    def _find(self, record: CameraRecord) -> int:
        for i, row in enumerate(self._rows):
            if same_camera(row.record, record):
                return i
        return -1

    def _replace(self, i: int, row: CameraRow) -> None:
        if self._rows[i] != row:
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))

    def _append(self, rows: Sequence[CameraRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _remove(self, i: int) -> None:
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        self.endRemoveRows()

    def upsert(self, record: CameraRecord, state: RowState = RowState.SEEN) -> int:
        """A camera reported now: update its row (merging what is known) or append one. Returns the row."""
        i = self._find(record)
        if i < 0:
            self._append([CameraRow(record, state)])
            return len(self._rows) - 1
        old = self._rows[i]
        merged = record if old.state in (RowState.CHECKING, RowState.MISSING) else merge_records(old.record, record)
        keep_manual = old.state is RowState.MANUAL and state is not RowState.SEEN
        self._replace(i, CameraRow(merged, RowState.MANUAL if keep_manual else state))
        return i

    def set_snapshot(self, rows: Sequence[CameraRow]) -> None:
        """Show exactly these rows, touching only what changed (rows matched by camera identity)."""
        wanted = list(rows)
        i = 0
        while i < len(self._rows):
            match = next((w for w in wanted if same_camera(w.record, self._rows[i].record)), None)
            if match is None:
                self._remove(i)
                continue
            wanted.remove(match)
            self._replace(i, match)
            i += 1
        self._append(wanted)

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
