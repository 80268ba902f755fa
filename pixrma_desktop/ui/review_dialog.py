""" "Review what will be sent": every file, its size and what was redacted, and the report text, before Submit.

The preview builds the same bundle the sender will build (in a worker), then lists what is in it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
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

from pixrma_desktop.rma.request import RmaRequest
from pixrma_desktop.ui.attachments import human_size
from pixrma_desktop.ui.worker import Worker, WorkerPool


@dataclass(frozen=True)
class PreviewFile:
    name: str
    size: int
    note: str = ""
    children: tuple[PreviewFile, ...] = ()


@dataclass(frozen=True)
class Preview:
    report: str
    files: tuple[PreviewFile, ...]
    redactions: tuple[str, ...] = field(default_factory=tuple)


def preview_job(request: RmaRequest, make_bundle: Callable[[RmaRequest], Path]) -> Preview:
    """Build the bundle as the sender would, and describe it (runs in a worker)."""
    from pixrma_desktop.rma.render import cameras_document, report_text

    bundle = make_bundle(request)
    with zipfile.ZipFile(bundle) as archive:
        inside = tuple(PreviewFile(info.filename, info.file_size) for info in archive.infolist())
        redactions: tuple[str, ...] = ()
        if "redactions.txt" in archive.namelist():
            text = archive.read("redactions.txt").decode("utf-8", "replace")
            redactions = tuple(line for line in text.splitlines() if line.strip())
    import json

    cameras_size = len(json.dumps(cameras_document(request), indent=2).encode())
    files = (
        PreviewFile(bundle.name, bundle.stat().st_size, "support bundle (zip)", inside),
        PreviewFile("cameras.json", cameras_size, "camera identity, machine-readable"),
    )
    return Preview(report_text(request), files, redactions)


class ReviewDialog(QDialog):
    def __init__(
        self, request: RmaRequest, make_bundle: Callable[[RmaRequest], Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review what will be sent"))
        self.resize(820, 600)
        self._pool = WorkerPool(self)
        intro = QLabel(
            self.tr("This is exactly what goes to support with your request. Nothing else leaves this computer.")
        )
        intro.setWordWrap(True)
        self.files = QTreeWidget()
        self.files.setObjectName("reviewFiles")
        self.files.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("What it is")])
        self.redactions = QLabel(self.tr("Preparing the bundle…"))
        self.redactions.setObjectName("reviewRedactions")
        self.redactions.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setObjectName("reviewReport")
        self.report.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.files)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.redactions)
        layout.addWidget(buttons)
        self.worker = Worker(preview_job, request, make_bundle, name="review")
        self.worker.returned.connect(self._show)
        self.worker.errored.connect(lambda exc: self.redactions.setText(str(exc)))
        self._pool.start(self.worker)

    def _show(self, preview: Preview) -> None:
        self.files.clear()
        for file in preview.files:
            item = QTreeWidgetItem([file.name, human_size(file.size), file.note])
            for child in file.children:
                item.addChild(QTreeWidgetItem([child.name, human_size(child.size), child.note]))
            self.files.addTopLevelItem(item)
            item.setExpanded(True)
        self.files.resizeColumnToContents(0)
        self.report.setPlainText(preview.report)
        if preview.redactions:
            self.redactions.setText(
                self.tr("Removed before sending: {items}").format(items="; ".join(preview.redactions))
            )
        else:
            self.redactions.setText(
                self.tr("Nothing needed redacting: the bundle holds only the report, the camera list and your files.")
            )

    def done(self, result: int) -> None:
        self._pool.wait_all(5.0)
        super().done(result)
