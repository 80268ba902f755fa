"""The outbox table: one row per request, diffed by request id, with the ticket number and the RMA number in
separate, clearly named columns (they are different numbers)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from pixrma_desktop.application.server_learning import RowNote
from pixrma_desktop.outbox.records import StoredRequest
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.support.backend import CaseStep
from pixrma_desktop.ui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex


def not_kept_text(fields: Sequence[str]) -> str:
    """What the server did not keep, in the user's language (custom field names are the server's own)."""
    names = []
    for name in fields:
        if name == "Requestor":
            names.append(translate("OutboxTable", "your e-mail address as the requester"))
        elif name.startswith("attachment "):
            names.append(translate("OutboxTable", "the file {name}").format(name=name.removeprefix("attachment ")))
        else:
            names.append(translate("OutboxTable", "the field “{name}”").format(name=name))
    return translate("OutboxTable", "The server did not keep: {fields}.").format(fields=", ".join(names))


def state_text(row: StoredRequest, note: RowNote | None = None) -> str:
    """Where the request stands, in the vendor's words."""
    if row.state is RequestState.DRAFT:
        if note is not None and note.dealer_folder:
            return translate("OutboxTable", "Package ready for your dealer")
        return translate("OutboxTable", "Draft — not sent")
    if row.state is RequestState.QUEUED:
        return (
            translate("OutboxTable", "Waiting to be sent")
            if not row.last_error
            else translate("OutboxTable", "Waiting to be sent (will retry)")
        )
    if row.state is RequestState.SENDING:
        return translate("OutboxTable", "Sending…")
    if row.state is RequestState.NEEDS_ATTENTION:
        return translate("OutboxTable", "Needs your attention")
    steps = {
        CaseStep.RECEIVED: translate("OutboxTable", "Received: support ticket created"),
        CaseStep.SENT_BY_EMAIL: translate("OutboxTable", "Sent by e-mail (no tracking)"),
        CaseStep.UNDER_REVIEW: translate("OutboxTable", "Support is reviewing the problem"),
        CaseStep.REMOTE_FIX_PROPOSED: translate("OutboxTable", "Support proposes a fix you can apply yourself"),
        CaseStep.RMA_ISSUED: translate("OutboxTable", "RMA issued: return the camera as the RMA e-mail says"),
        CaseStep.QUOTE_PENDING: translate("OutboxTable", "Repair quote pending (20 to 30 business days)"),
        CaseStep.REPAIRED_SHIPPED: translate("OutboxTable", "Repaired and shipped back"),
        CaseStep.CLOSED: translate("OutboxTable", "Closed"),
    }
    try:
        step = CaseStep(row.case_step) if row.case_step else CaseStep.RECEIVED
    except ValueError:
        step = CaseStep.RECEIVED
    if row.state is RequestState.CLOSED:
        step = CaseStep.CLOSED
    return steps[step]


def next_step_text(row: StoredRequest, note: RowNote | None = None) -> str:
    text = _next_step(row, note)
    if note is not None and note.not_kept:
        text = f"{not_kept_text(note.not_kept)} {text}".strip()
    return text


def _next_step(row: StoredRequest, note: RowNote | None) -> str:
    if note is not None and note.dealer_folder and row.state is RequestState.DRAFT:
        return translate("OutboxTable", "Send the package in {folder} to your dealer.").format(
            folder=note.dealer_folder
        )
    if row.state is RequestState.NEEDS_ATTENTION:
        return row.attention_message or row.last_error or ""
    if row.state is RequestState.QUEUED:
        if row.last_error:
            return translate("OutboxTable", "Last try: {error}").format(error=row.last_error)
        return translate("OutboxTable", "Goes out by itself as soon as the support server can be reached.")
    if row.state is RequestState.DRAFT:
        return translate("OutboxTable", "Finish the request and submit it.")
    if row.state is RequestState.RMA_ISSUED:
        return translate("OutboxTable", "Ship the camera with the RMA number on the parcel.")
    if row.state is RequestState.SUBMITTED:
        return translate("OutboxTable", "Support answers by e-mail; the RMA number appears here once issued.")
    return row.server_status


class OutboxTableModel(QAbstractTableModel):
    COLUMNS = ("title", "state", "ticket", "rma", "updated", "next")
    RowRole = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StoredRequest] = []
        self.notes: dict[str, RowNote] = {}
        """Per request id: what the server did not keep, the dealer package (``set_notes``)."""
        self.unread: dict[str, int] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("OutboxTable", "Request"),
                translate("OutboxTable", "Status"),
                translate("OutboxTable", "Support ticket #"),
                translate("OutboxTable", "RMA #"),
                translate("OutboxTable", "Updated"),
                translate("OutboxTable", "What next"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                2: translate(
                    "OutboxTable", "The support ticket number from the confirmation e-mail. It is not the RMA number."
                ),
                3: translate(
                    "OutboxTable",
                    "The return authorization number, once support issues one. It is not the ticket number.",
                ),
            }.get(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        note = self.notes.get(row.id)
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "title": row.title or translate("OutboxTable", "(untitled request)"),
                "state": state_text(row, note),
                "ticket": row.support_ticket_number or "",
                "rma": row.rma_number or "",
                "updated": time.strftime("%Y-%m-%d %H:%M", time.localtime(row.updated_at)),
                "next": next_step_text(row, note),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "next":
            return next_step_text(row, note)
        if role == Qt.ItemDataRole.FontRole and self.unread.get(row.id):
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == self.RowRole:
            return row
        return None

    @property
    def rows(self) -> tuple[StoredRequest, ...]:
        return tuple(self._rows)

    def set_unread(self, unread: dict[str, int]) -> None:
        """Requests with replies from support not read yet (request id → count) show in bold."""
        self.unread = dict(unread)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def row_at(self, row: int) -> StoredRequest | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, request_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def set_notes(self, notes: dict[str, RowNote]) -> None:
        if notes != self.notes:
            self.notes = dict(notes)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def set_rows(self, rows: Sequence[StoredRequest]) -> None:
        """Show exactly these requests, in this order, touching only what changed."""
        wanted = list(rows)
        ids = {r.id for r in wanted}
        for i in reversed(range(len(self._rows))):
            if self._rows[i].id not in ids:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
        for target, row in enumerate(wanted):
            current = self.find(row.id)
            if current == -1:
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, row)
                self.endInsertRows()
                continue
            if current != target:
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), target)
                self._rows.insert(target, self._rows.pop(current))
                self.endMoveRows()
            if self._rows[target] != row:
                self._rows[target] = row
                self.dataChanged.emit(self.index(target, 0), self.index(target, len(self.COLUMNS) - 1))
