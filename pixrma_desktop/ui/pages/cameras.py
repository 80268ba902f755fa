"""The Cameras page: scan, the camera table filling in as probes report, details, warnings, manual entry."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.cameras.manual import load_manual_cameras, save_manual_cameras
from pixrma_desktop.ui.camera_details import CameraDetails
from pixrma_desktop.ui.camera_table import CameraRow, RowState
from pixrma_desktop.ui.notice_text import finding_advice, finding_title, warning_text
from pixrma_desktop.ui.scan_controller import ScanController

if TYPE_CHECKING:
    from pixrma_desktop.cameras.features import CameraSnapshot
    from pixrma_desktop.cameras.probe import ScanWarning
    from pixrma_desktop.cameras.record import CameraRecord
    from pixrma_desktop.cameras.scan_result import ProbeStatus, ScanResult
    from pixrma_desktop.ui.snapshot_jobs import SnapshotJobs


class CamerasPage(QWidget):
    manual_cameras_changed = Signal()

    def __init__(
        self,
        controller: ScanController,
        data_dir: object,
        snapshots: SnapshotJobs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from pathlib import Path

        self.controller = controller
        self.model = controller.model
        self._data_dir = Path(str(data_dir))
        self._probe_states: dict[str, ProbeStatus | None] = {}
        self.snapshot_jobs = snapshots
        self.snapshots: dict[str, CameraSnapshot] = {}
        """The latest configuration snapshot of each camera, by serial number."""
        self._reading: set[str] = set()

        self.scan_button = QPushButton(self.tr("&Scan for cameras"))
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelScan")
        self.cancel_button.setEnabled(False)
        self.add_button = QPushButton(self.tr("Add a camera by &hand…"))
        self.add_button.setObjectName("addManual")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeManual")
        self.remove_button.setToolTip(self.tr("Remove a camera you added by hand"))
        self.remove_button.setEnabled(False)
        self.copy_all_button = QPushButton(self.tr("Copy &all"))
        self.copy_all_button.setObjectName("copyAllCameras")
        self.copy_all_button.setEnabled(False)
        self.copy_all_button.setToolTip(self.tr("Nothing to copy yet: scan for cameras first."))
        self.progress = QProgressBar()
        self.progress.setObjectName("scanProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.probe_label = QLabel()
        self.probe_label.setObjectName("probeStates")
        self.summary = QLabel(self.tr("No scan yet."))
        self.summary.setObjectName("scanSummary")

        top = QHBoxLayout()
        top.addWidget(self.scan_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.copy_all_button)
        self.probe_label.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.summary)
        status_row.addWidget(self.probe_label, 1)

        self.table = QTableView()
        self.table.setObjectName("cameraTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the status, which says the most
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.dataChanged.connect(self._refresh_details)

        self.details = CameraDetails()
        splitter = QSplitter()  # side by side
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # 3:2 from the start, not by the (still empty) details panel's size

        self.attention_title = QLabel(self.tr("Needs attention"))
        self.attention_title.setStyleSheet("font-weight: bold")  # as the details title
        self.attention = QListWidget()
        self.attention.setObjectName("scanWarnings")
        self.attention.setWordWrap(True)
        self.attention.setAlternatingRowColors(True)  # each warning and finding apart from the next
        self.attention.setSpacing(2)
        self.attention.setMaximumHeight(140)
        self.attention_title.setVisible(False)
        self.attention.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.attention_title)
        layout.addWidget(self.attention)

        self.scan_button.clicked.connect(self.start_scan)
        self.cancel_button.clicked.connect(controller.cancel)
        self.add_button.clicked.connect(self.add_manual)
        self.remove_button.clicked.connect(self.remove_selected_manual)
        self.copy_all_button.clicked.connect(self.copy_all)
        self.model.rowsInserted.connect(self._update_copy_all)
        self.model.rowsRemoved.connect(self._update_copy_all)
        self.model.modelReset.connect(self._update_copy_all)
        controller.scan_started.connect(self._on_scan_started)
        controller.probe_finished.connect(self._on_probe_finished)
        controller.warning_raised.connect(self._add_warning)
        controller.scan_finished.connect(self._on_scan_finished)
        controller.scan_ended.connect(self._on_scan_ended)
        if snapshots is not None:
            snapshots.pending.connect(self._on_snapshots_pending)
            snapshots.snapshot_ready.connect(self._on_snapshot)

        for record in load_manual_cameras(self._data_dir):
            self.model.upsert(record, RowState.MANUAL)

    # -- scanning ----------------------------------------------------------------------------------------
    def start_scan(self) -> None:
        self.controller.start_scan()

    def _on_scan_started(self, probe_names: list[str]) -> None:
        from PySide6.QtCore import Qt  # not at import: the Qt namespace is not needed for the first window

        self.probe_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.snapshot_jobs is not None:
            self.snapshot_jobs.cancel()  # a new scan never waits behind the last one's snapshots
            self._reading.clear()
        self.attention.clear()
        self._set_attention_visible()
        self._probe_states = dict.fromkeys(probe_names)
        self.scan_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, max(1, len(probe_names)))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Scanning…"))
        self._show_probe_states()

    def _on_probe_finished(self, status: ProbeStatus) -> None:
        self._probe_states[status.name] = status
        self.progress.setValue(sum(1 for s in self._probe_states.values() if s is not None))
        self._show_probe_states()

    def _show_probe_states(self) -> None:
        from pixrma_desktop.cameras.scan_result import ProbeState

        parts = []
        for name, status in self._probe_states.items():
            if status is None:
                parts.append(self.tr("{probe}: looking…").format(probe=name))
            elif status.state is ProbeState.OK:
                parts.append(self.tr("{probe}: {n} found").format(probe=name, n=status.cameras))
            elif status.state is ProbeState.TIMED_OUT:
                parts.append(self.tr("{probe}: timed out").format(probe=name))
            elif status.state is ProbeState.CANCELLED:
                parts.append(self.tr("{probe}: cancelled").format(probe=name))
            else:
                parts.append(self.tr("{probe}: failed").format(probe=name))
        self.probe_label.setText(" · ".join(parts))

    def _on_scan_finished(self, result: ScanResult) -> None:
        if self.snapshot_jobs is not None and not result.cancelled:
            self.snapshot_jobs.start([c for c in result.cameras if not c.in_use])  # after the list is shown
        for finding in result.extra.get("findings", ()):
            self.add_finding(finding_title(finding), finding_advice(finding), finding.details)
        stamp = time.strftime("%H:%M", time.localtime(result.started_at or time.time()))
        if result.cancelled:
            self.summary.setText(self.tr("Scan cancelled; the list may be incomplete."))
        elif not result.cameras:
            self.summary.setText(
                self.tr("No camera found (scan at {time}). Check the cable and power, then scan again.").format(
                    time=stamp
                )
            )
        else:
            self.summary.setText(
                self.tr("{n} camera(s) found at {time} in {seconds:.1f} s.").format(
                    n=len(result.cameras), time=stamp, seconds=result.seconds
                )
            )

    def _on_scan_ended(self) -> None:
        self.scan_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        if self.summary.text() == self.tr("Scanning…"):
            self.summary.setText(self.tr("Scan stopped."))

    # -- warnings and findings ---------------------------------------------------------------------------
    def _add_warning(self, warning: ScanWarning) -> None:
        item = QListWidgetItem(warning_text(warning))
        item.setToolTip(self.tr("Reported by the {probe} probe").format(probe=warning.probe))
        self.attention.addItem(item)
        self._set_attention_visible()

    def add_finding(self, title: str, advice: str, details: str = "") -> None:
        """``details`` (e.g. the udev rule the advice asks to save) shows under the advice, without its
        comment lines; the tooltip has all of it."""
        shown = "\n".join(line for line in details.splitlines() if line.strip() and not line.startswith("#"))
        item = QListWidgetItem(f"{title}\n→ {advice}" + (f"\n{shown}" if shown else ""))
        if details:
            item.setToolTip(details)
        self.attention.addItem(item)
        self._set_attention_visible()

    def _set_attention_visible(self) -> None:
        visible = self.attention.count() > 0
        self.attention_title.setVisible(visible)
        self.attention.setVisible(visible)

    # -- selection and details ---------------------------------------------------------------------------
    def _selected_row(self) -> CameraRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._refresh_details()

    def _refresh_details(self, *_args: object) -> None:
        row = self._selected_row()
        serial = row.record.serial if row else None
        snapshot = self.snapshots.get(serial) if serial else None
        self.details.show_record(row.record if row else None, snapshot, reading=serial in self._reading)
        self.remove_button.setEnabled(row is not None and row.state is RowState.MANUAL)

    def add_empty_hint(self) -> None:
        """What the empty table says (set up after the first show: the first window stays light)."""
        from pixrma_desktop.ui.empty_hint import EmptyHint

        if getattr(self, "empty_hint", None) is None:
            self.empty_hint = EmptyHint(
                self.table,
                self.tr(
                    "No cameras listed yet. Scan for cameras: every Pixelink and GenICam camera on USB or the "
                    "network shows here. A camera that no longer shows up can be added by hand."
                ),
            )

    def _update_copy_all(self, *_args: object) -> None:
        has_rows = self.model.rowCount() > 0
        self.copy_all_button.setEnabled(has_rows)
        self.copy_all_button.setToolTip(
            self.tr("Copy every camera's details, as text")
            if has_rows
            else self.tr("Nothing to copy yet: scan for cameras first.")
        )

    def copy_all(self) -> None:
        """Every listed camera's details as text, one block per camera."""
        from pixrma_desktop.ui.camera_details import details_text
        from pixrma_desktop.ui.copy_feedback import copy_with_feedback

        records = [row.record for row in self.model.rows]
        if records:
            text = "\n".join(details_text(r, self.snapshots.get(r.serial) if r.serial else None) for r in records)
            copy_with_feedback(self.copy_all_button, text, self.tr("%n camera(s)", "", len(records)))

    # -- configuration snapshots, in the background after each scan ----------------------------------------
    def _on_snapshots_pending(self, cameras: list[CameraRecord]) -> None:
        self._reading = {c.serial for c in cameras if c.serial}
        self._refresh_details()

    def _on_snapshot(self, camera: CameraRecord, snapshot: CameraSnapshot) -> None:
        if not camera.serial:
            return
        self.snapshots[camera.serial] = snapshot
        self._reading.discard(camera.serial)
        from pixrma_desktop.application.features import snapshot_findings

        for finding in snapshot_findings(camera, snapshot):  # the checks that need the camera's configuration
            self.add_finding(finding_title(finding), finding_advice(finding), finding.details)
        row = self._selected_row()
        if row is not None and row.record.serial == camera.serial:
            self._refresh_details()

    # -- cameras added by hand ---------------------------------------------------------------------------
    def add_manual(self) -> QWidget:
        from pixrma_desktop.ui.manual_camera_dialog import ManualCameraDialog

        dialog = ManualCameraDialog(self)
        dialog.setObjectName("manualCameraDialog")
        dialog.accepted.connect(lambda: self._add_manual_record(dialog.record()))
        dialog.open()
        return dialog

    def _add_manual_record(self, record: CameraRecord) -> None:
        row = self.model.upsert(record, RowState.MANUAL)
        self.table.selectRow(row)
        self._save_manual()

    def remove_selected_manual(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        selected = self.model.row_at(rows[0].row()) if rows else None
        if selected is not None and selected.state is RowState.MANUAL:
            self.model.remove_row(rows[0].row())
            self._save_manual()

    def _save_manual(self) -> None:
        manual = [r.record for r in self.model.rows if r.state is RowState.MANUAL]
        try:
            save_manual_cameras(self._data_dir, manual)
        except OSError as exc:
            from pixrma_desktop.ui.error_dialog import report_for_exception, show_error

            show_error(self, report_for_exception(exc, doing=self.tr("Saving the cameras added by hand")))
        self.manual_cameras_changed.emit()
