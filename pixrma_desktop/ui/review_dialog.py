""" "Review what will be sent": every file, its size and what was redacted, and the report text, before Submit.

The review builds the support bundle once (the application's ``bundle_preview.review_bundle``, in a worker: it
reads the system report and the logs); this dialog lists it file by file and shows its SHA-256, and the request
keeps that file's path and hash, so the file reviewed is the file sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.application.bundle_preview import FileTreatment, Preview, PreviewFile, review_bundle
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.rma.request import RmaRequest
from pixrma_desktop.ui.attachments import human_size
from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.worker import Worker, WorkerPool


def _role_note(role: str) -> str:
    notes = {
        "bundle": translate("ReviewDialog", "support bundle (zip)"),
        "cameras": translate("ReviewDialog", "camera identity, machine-readable"),
    }
    return notes.get(role, "")


def _source_note(source: str) -> str:
    """The bundle's own files, in the app's language (a file the user attached is named by its path)."""
    known = {
        "the camera scan: records and warnings": translate("ReviewDialog", "the camera scan: records and warnings"),
        "remote-fix checks": translate("ReviewDialog", "remote-fix checks"),
        "system report": translate("ReviewDialog", "system report"),
        "this page": translate("ReviewDialog", "this page"),
        "the list of files": translate("ReviewDialog", "the list of files"),
    }
    return known.get(source, source)


def treatment_note(treatment: FileTreatment) -> str:
    parts = []
    if treatment.redactions:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(treatment.redactions.items()))
        parts.append(translate("ReviewDialog", "redacted: {items}").format(items=kinds))
    elif not treatment.redacted:
        parts.append(translate("ReviewDialog", "not redacted (binary)"))
    if treatment.cut_to is not None:
        parts.append(
            translate("ReviewDialog", "newest {kept} of {size}").format(
                kept=human_size(treatment.cut_to), size=human_size(treatment.original_size)
            )
        )
    return "; ".join(parts) or _source_note(treatment.source)


def file_note(file: PreviewFile) -> str:
    """What the dialog's third column says about a file."""
    if file.treatment is not None:
        return treatment_note(file.treatment)
    return _role_note(file.role)


class ReviewDialog(QDialog):
    reviewed = Signal(object)
    """The request, marked with the bundle built for this review (its path and SHA-256): the file to send."""

    def __init__(self, request: RmaRequest, root: AppRoot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review what will be sent"))
        self.resize(860, 620)
        self._pool = WorkerPool(self)
        intro = QLabel(
            self.tr(
                "This is exactly what goes to support with your request: the ticket text below and these files. "
                "Nothing else leaves this computer."
            )
        )
        intro.setWordWrap(True)
        self.files = QTreeWidget()
        self.files.setObjectName("reviewFiles")
        self.files.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("What was done to it")])
        self.redactions = QLabel(self.tr("Collecting the system report and the logs…"))
        self.redactions.setObjectName("reviewRedactions")
        self.redactions.setWordWrap(True)
        self.digest = QLabel()
        self.digest.setObjectName("reviewDigest")
        self.digest.setWordWrap(True)
        self.digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QPlainTextEdit()
        self.report.setObjectName("reviewReport")
        self.report.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.files)
        splitter.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.redactions)
        layout.addWidget(self.digest)
        layout.addWidget(buttons)
        self.preview: Preview | None = None
        self.worker = Worker(review_bundle, root, request, name="review")
        self.worker.returned.connect(self._show)
        self.worker.errored.connect(lambda exc: self.redactions.setText(str(exc)))
        self._pool.start(self.worker)

    def _show(self, result: tuple[Preview, RmaRequest]) -> None:
        preview, reviewed = result
        self.preview = preview
        self.files.clear()
        for file in preview.files:
            item = QTreeWidgetItem([file.name, human_size(file.size), file_note(file)])
            for child in file.children:
                item.addChild(QTreeWidgetItem([child.name, human_size(child.size), file_note(child)]))
            self.files.addTopLevelItem(item)
            item.setExpanded(True)
        self.files.resizeColumnToContents(0)
        self.files.resizeColumnToContents(1)
        self.report.setPlainText(preview.report)
        if preview.redactions:
            removed = ", ".join(f"{n} {kind}" for kind, n in preview.redactions.items())
            text = self.tr("Removed before sending: {items}.").format(items=removed)
        else:
            text = self.tr("Nothing needed redacting.")
        if preview.left_out:
            text += " " + self.tr("Left out: {items}.").format(items="; ".join(preview.left_out))
        self.redactions.setText(text)
        if preview.sha256:
            text = self.tr("This very file is sent when you submit; its SHA-256 (in the request's history too): {sha}")
            self.digest.setText(text.format(sha=preview.sha256))
        self.reviewed.emit(reviewed)

    def done(self, result: int) -> None:
        self._pool.wait_all(5.0)
        super().done(result)
