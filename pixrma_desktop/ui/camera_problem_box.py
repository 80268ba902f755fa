"""One problem box per camera in the request: the camera's identity, and what happens, since when, how often,
and the exact error text."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from pixrma_desktop.rma.request import FREQUENCY_LABELS, CameraEntry, CameraSource, Frequency
from pixrma_desktop.ui.field_error import FieldError


class CameraProblemBox(QGroupBox):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, entry: CameraEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry = entry
        self.setObjectName("cameraProblemBox")
        scanned = entry.source is CameraSource.SCAN
        self.serial = QLineEdit(entry.serial)
        self.serial.setObjectName("cameraSerial")
        self.model = QLineEdit(entry.model)
        self.firmware = QLineEdit(entry.firmware)
        for field in (self.serial, self.model, self.firmware):
            field.setReadOnly(scanned)
            if scanned:
                field.setToolTip(self.tr("Read from the camera by the scan; it cannot be changed."))
        self.symptom = QPlainTextEdit(entry.symptom)
        self.symptom.setObjectName("cameraSymptom")
        self.symptom.setPlaceholderText(self.tr("What do you do, what do you expect, and what happens instead?"))
        self.symptom.setTabChangesFocus(True)
        self.symptom.setFixedHeight(64)
        self.since = QLineEdit(entry.since)
        self.since.setObjectName("cameraSince")
        self.since.setPlaceholderText(self.tr("e.g. 2026-11-02, or since the firmware update"))
        self.frequency = QComboBox()
        self.frequency.setObjectName("cameraFrequency")
        self.frequency.addItem(self.tr("— choose —"), None)
        labels = {
            Frequency.ALWAYS: self.tr("every time"),
            Frequency.OFTEN: self.tr("several times a day"),
            Frequency.SOMETIMES: self.tr("now and then"),
            Frequency.ONCE: self.tr("it happened once"),
        }
        for value in FREQUENCY_LABELS:
            self.frequency.addItem(labels.get(value, FREQUENCY_LABELS[value]), value.value)
        if entry.frequency is not None:
            self.frequency.setCurrentIndex(max(0, self.frequency.findData(entry.frequency.value)))
        self.errors_text = QPlainTextEdit("\n".join(entry.error_messages))
        self.errors_text.setObjectName("cameraErrors")
        self.errors_text.setPlaceholderText(self.tr("Paste each error or warning message on its own line"))
        self.errors_text.setTabChangesFocus(True)
        self.errors_text.setFixedHeight(52)
        self.remove_button = QPushButton(self.tr("Remove camera"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        self.problems: dict[str, FieldError] = {}
        form = QFormLayout(self)
        identity = QHBoxLayout()
        identity.addWidget(self.serial)
        identity.addWidget(self.model)
        identity.addWidget(self.firmware)
        self.serial.setPlaceholderText(self.tr("serial number"))
        self.model.setPlaceholderText(self.tr("model"))
        self.firmware.setPlaceholderText(self.tr("firmware"))
        form.addRow(self.tr("Camera"), identity)
        self._add_error(form, "serial")
        self._add_error(form, "model")
        form.addRow(self.tr("What happens"), self.symptom)
        self._add_error(form, "symptom")
        form.addRow(self.tr("Since when"), self.since)
        self._add_error(form, "since")
        form.addRow(self.tr("How often"), self.frequency)
        self._add_error(form, "frequency")
        form.addRow(self.tr("Exact error text"), self.errors_text)
        self._add_error(form, "error_messages")
        self._add_error(form, "")
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        form.addRow(remove_row)
        self._update_title()

        for line in (self.serial, self.model, self.firmware, self.since):
            line.textChanged.connect(self._on_changed)
        self.symptom.textChanged.connect(self._on_changed)
        self.errors_text.textChanged.connect(self._on_changed)
        self.frequency.currentIndexChanged.connect(self._on_changed)

    def _add_error(self, form: QFormLayout, name: str) -> None:
        form.setVerticalSpacing(2)  # each field's message line (kept, mostly empty) is the space between fields
        label = FieldError(name)
        fields = {
            "serial": self.serial,
            "model": self.model,
            "symptom": self.symptom,
            "since": self.since,
            "frequency": self.frequency,
            "error_messages": self.errors_text,
        }
        if name in fields:
            label.watch(fields[name])
        self.problems[name] = label
        form.addRow("", label)

    def _update_title(self) -> None:
        entry = self.entry()
        how = self.tr("added by hand") if entry.source is CameraSource.MANUAL else self.tr("from the scan")
        self.setTitle(f"{entry.label} ({how})")

    def _on_changed(self, *_args: object) -> None:
        self._update_title()
        self.changed.emit()

    def entry(self) -> CameraEntry:
        """The camera as the box shows it now (identity unchanged for a scanned camera)."""
        frequency = self.frequency.currentData()
        update: dict[str, object] = {
            "symptom": self.symptom.toPlainText(),
            "since": self.since.text(),
            "frequency": Frequency(frequency) if frequency else None,
            "error_messages": [line for line in self.errors_text.toPlainText().splitlines() if line.strip()],
        }
        if self._entry.source is not CameraSource.SCAN:
            update.update(serial=self.serial.text(), model=self.model.text(), firmware=self.firmware.text())
        return self._entry.model_copy(update=update)

    def show_problems(self, problems: dict[str, str]) -> None:
        """``problems`` by field name within this camera ("" for the camera as a whole)."""
        for name, label in self.problems.items():
            label.show_problem(problems.get(name))
