""" "Add a camera by hand": for a camera that no longer shows up at all."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pixrma_desktop.cameras.manual import manual_record
from pixrma_desktop.cameras.record import CameraRecord


class ManualCameraDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a camera by hand"))
        intro = QLabel(
            self.tr(
                "For a camera that no longer shows up. The serial number is on the label on the camera body "
                "(or on the invoice)."
            )
        )
        intro.setWordWrap(True)
        self.vendor = QLineEdit("Pixelink")
        self.model = QLineEdit()
        self.model.setPlaceholderText(self.tr("e.g. PL-D755CU"))
        self.serial = QLineEdit()
        self.serial.setObjectName("manualSerial")
        self.firmware = QLineEdit()
        self.firmware.setPlaceholderText(self.tr("if you know it"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. stopped showing up after a power cut"))
        self.problem = QLabel()
        self.problem.setObjectName("manualProblem")
        self.problem.setStyleSheet("color: palette(highlight)")
        for edit in (self.model, self.firmware, self.note):  # the hints are read whole, in every language
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        form = QFormLayout()
        form.addRow(self.tr("Vendor"), self.vendor)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Serial number"), self.serial)
        form.addRow(self.tr("Firmware version"), self.firmware)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add camera"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not self.serial.text().strip():
            self.problem.setText(self.tr("Enter the serial number: support cannot open an RMA without it."))
            self.serial.setFocus()
            return
        if not self.model.text().strip():
            self.problem.setText(self.tr("Enter the model (as printed on the camera)."))
            self.model.setFocus()
            return
        super().accept()

    def record(self) -> CameraRecord:
        return manual_record(
            vendor=self.vendor.text(),
            model=self.model.text(),
            serial=self.serial.text(),
            firmware=self.firmware.text(),
            note=self.note.text(),
        )
