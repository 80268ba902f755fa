""" "Review what will be sent": every file, its size and what was redacted, and the report text, before Submit.

The preview plans the same support bundle the sender will write (``diagnostics.bundle.plan_bundle``, in a
worker: it reads the system report and the logs), and lists it file by file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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

from pixrma_desktop.paths import AppPaths
from pixrma_desktop.rma.request import RmaRequest
from pixrma_desktop.settings import Settings
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
    redactions: dict[str, int] = field(default_factory=dict)
    left_out: tuple[str, ...] = ()


def _note(planned: Any) -> str:
    parts = []
    if planned.redactions:
        parts.append("redacted: " + ", ".join(f"{n} {kind}" for kind, n in sorted(planned.redactions.items())))
    elif not planned.redacted:
        parts.append("not redacted (binary)")
    if planned.cut:
        parts.append(f"newest {human_size(planned.size)} of {human_size(planned.original_size or 0)}")
    return "; ".join(parts) or str(planned.source)


def preview_job(request: RmaRequest, paths: AppPaths, settings: Settings) -> Preview:
    """Plan the support bundle exactly as the sender will, and describe it (runs in a worker)."""
    from pixrma_desktop.diagnostics.bundle import plan_bundle
    from pixrma_desktop.diagnostics.evidence import gather_evidence
    from pixrma_desktop.rma.render import cameras_document, report_text
    from pixrma_desktop.rma.support_bundle import camera_record, request_findings

    inputs = gather_evidence(
        paths,
        settings,
        cameras=[camera_record(c) for c in request.cameras],
        findings=request_findings(request),
        added_files=[Path(name) for name in request.evidence.files],
    )
    with plan_bundle(inputs) as plan:
        inside = tuple(PreviewFile(f.path, f.size, _note(f)) for f in plan.files)
        bundle = PreviewFile(
            f"support-bundle-{request.submission_id}.zip", plan.total_size, "support bundle (zip)", inside
        )
        redactions = plan.redaction_totals()
        left_out = tuple(f"{e.source}: {e.reason}" for e in plan.excluded)
    cameras_size = len(json.dumps(cameras_document(request), indent=2).encode())
    files = (bundle, PreviewFile("cameras.json", cameras_size, "camera identity, machine-readable"))
    return Preview(report_text(request), files, redactions, left_out)


class ReviewDialog(QDialog):
    def __init__(self, request: RmaRequest, paths: AppPaths, settings: Settings, parent: QWidget | None = None) -> None:
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
        layout.addWidget(buttons)
        self.preview: Preview | None = None
        self.worker = Worker(preview_job, request, paths, settings, name="review")
        self.worker.returned.connect(self._show)
        self.worker.errored.connect(lambda exc: self.redactions.setText(str(exc)))
        self._pool.start(self.worker)

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        self.files.clear()
        for file in preview.files:
            item = QTreeWidgetItem([file.name, human_size(file.size), file.note])
            for child in file.children:
                item.addChild(QTreeWidgetItem([child.name, human_size(child.size), child.note]))
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

    def done(self, result: int) -> None:
        self._pool.wait_all(5.0)
        super().done(result)
