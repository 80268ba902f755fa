"""The Request page's cameras group: one problem box per camera, added from the scan or by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.rma.request import CameraEntry, CameraSource
from pixrma_desktop.ui.camera_problem_box import CameraProblemBox
from pixrma_desktop.ui.field_error import FieldError
from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.request_group import RequestGroup
from pixrma_desktop.ui.request_jobs import camera_entry
from pixrma_desktop.ui.undo_bar import UndoBar

CamerasSource = Callable[[], list[CameraRecord]]
"""The cameras the scan knows now (for prefilling a new request)."""


class CamerasBox(RequestGroup):
    def __init__(self, cameras: CamerasSource, parent: QWidget | None = None) -> None:
        super().__init__(translate("RequestPage", "Cameras and what is wrong with each"), parent)
        self._cameras_source = cameras
        self._boxes: list[CameraProblemBox] = []
        self.cameras_layout = QVBoxLayout(self)
        self.cameras_hint = QLabel()
        self.cameras_hint.setWordWrap(True)
        self.cameras_layout.addWidget(self.cameras_hint)
        self.errors["cameras"] = FieldError("cameras")
        self.cameras_layout.addWidget(self.errors["cameras"])
        self.boxes_layout = QVBoxLayout()
        self.cameras_layout.addLayout(self.boxes_layout)
        self.undo_bar = UndoBar()
        self.cameras_layout.addWidget(self.undo_bar)
        self.add_scanned_button = QPushButton(translate("RequestPage", "Add cameras from the scan"))
        self.add_scanned_button.setObjectName("addScanned")
        self.add_manual_button = QPushButton(translate("RequestPage", "Add a camera by hand"))
        self.add_manual_button.setObjectName("addManualEntry")
        row = QHBoxLayout()
        row.addWidget(self.add_scanned_button)
        row.addWidget(self.add_manual_button)
        row.addStretch(1)
        self.cameras_layout.addLayout(row)
        self.add_scanned_button.clicked.connect(self.add_scanned_cameras)
        self.add_manual_button.clicked.connect(lambda: self.add_box(CameraEntry(source=CameraSource.MANUAL)))

    def add_box(self, entry: CameraEntry, *, autosave: bool = True, at: int | None = None) -> CameraProblemBox:
        box = CameraProblemBox(entry)
        box.changed.connect(self._edited)
        box.remove_requested.connect(self.remove_by_user)
        index = len(self._boxes) if at is None else max(0, min(at, len(self._boxes)))
        self._boxes.insert(index, box)
        self.boxes_layout.insertWidget(index, box)
        if autosave:
            self._edited()
        self.update_hint()
        return box

    def remove_box(self, box: CameraProblemBox, autosave: bool = True) -> None:
        self._boxes.remove(box)
        self.boxes_layout.removeWidget(box)
        box.deleteLater()
        if autosave:
            self._edited()
        self.update_hint()

    def remove_by_user(self, box: CameraProblemBox) -> None:
        """Remove a camera and everything typed about it, with a way back (Undo) until the next removal."""
        index = self._boxes.index(box)
        entry = box.entry()
        self.remove_box(box)
        name = entry.serial or entry.model or translate("RequestPage", "without a serial number")
        self.undo_bar.offer(
            translate("RequestPage", "Camera {camera} removed from the request.").format(camera=name),
            lambda: self.add_box(entry, at=index),
        )

    def show_entries(self, entries: list[CameraEntry]) -> None:
        """One box per camera of a loaded request (no autosave: nothing was edited)."""
        self.undo_bar.dismiss()
        for box in list(self._boxes):
            self.remove_box(box, autosave=False)
        for entry in entries:
            self.add_box(entry, autosave=False)

    def add_scanned_cameras(self) -> int:
        have = {b.entry().serial.strip().upper() for b in self._boxes}
        added = 0
        for record in self._cameras_source():
            if record.demo or (record.serial or "").strip().upper() in have:
                continue
            self.add_box(camera_entry(record))
            added += 1
        self.update_hint(no_real=added == 0)
        return added

    def update_hint(self, *, no_real: bool = False) -> None:
        demo_only = any(r.demo for r in self._cameras_source()) and not any(not r.demo for r in self._cameras_source())
        self._update_add_scanned()
        if self._boxes:
            self.cameras_hint.setText(translate("RequestPage", "One box per camera: say what happens with each."))
        elif demo_only or no_real:
            self.cameras_hint.setText(
                translate(
                    "RequestPage",
                    "The scan found only demo cameras, which cannot go into a real request. "
                    "Add your camera by hand (its serial number is on the bottom of the camera).",
                )
            )
        else:
            self.cameras_hint.setText(translate("RequestPage", "Scan for cameras, or add a camera by hand."))

    def _update_add_scanned(self) -> None:
        """Enabled only when the scan knows a real camera the request does not have yet; else says why."""
        cameras = self._cameras_source()
        have = {b.entry().serial.strip().upper() for b in self._boxes}
        new = [r for r in cameras if not r.demo and (r.serial or "").strip().upper() not in have]
        self.add_scanned_button.setEnabled(bool(new))
        if new:
            tip = translate("RequestPage", "Add the cameras of the latest scan that are not in the request yet")
        elif any(not r.demo for r in cameras):
            tip = translate("RequestPage", "Every camera of the latest scan is already in the request.")
        elif cameras:
            tip = translate("RequestPage", "The scan found only demo cameras, which cannot go into a real request.")
        else:
            tip = translate("RequestPage", "No camera scanned yet: scan on the Cameras page, or add one by hand.")
        self.add_scanned_button.setToolTip(tip)

    @property
    def boxes(self) -> tuple[CameraProblemBox, ...]:
        return tuple(self._boxes)
