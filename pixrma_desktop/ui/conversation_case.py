"""The case side of the conversation pane: the status timeline in the vendor's words, and once support has
issued an RMA its number, the return instructions as support wrote them, the rules for the parcel and the
packing slip (the same PDF as `pixrma packing-slip`)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixrma_desktop.ui.conversation_text import SafeTextBrowser, local_time, stage_label
from pixrma_desktop.ui.outbox_service import OutboxService
from pixrma_desktop.ui.worker import Worker, WorkerPool

if TYPE_CHECKING:
    from pixrma_desktop.application.conversation import RmaView


def slip_job(root: Any, request_id: str, path: str) -> Any:
    from pathlib import Path

    from pixrma_desktop.application.conversation import write_slip

    return write_slip(root, request_id, Path(path))


class CaseBox(QWidget):
    message = Signal(str)

    def __init__(self, service: OutboxService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.request_id: str | None = None
        self.rma: RmaView | None = None
        self._pool = WorkerPool(self)
        self.closed = False
        self.choose_slip_path: Callable[[str], str] = self._ask_path
        self.rma_label = QLabel()
        self.rma_label.setObjectName("rmaNumber")
        self.rma_label.setWordWrap(True)
        self.view = SafeTextBrowser()
        self.view.setObjectName("caseView")
        self.slip_button = QPushButton(self.tr("Packing slip…"))
        self.slip_button.setObjectName("packingSlip")
        self.slip_button.setToolTip(self.tr("A PDF to print and put in the parcel, with the RMA number large."))
        row = QHBoxLayout()
        row.addWidget(self.rma_label, 1)
        row.addWidget(self.slip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.slip_button.clicked.connect(self.write_slip)
        self.show_case(None, None)

    def show_case(self, request_id: str | None, rma: RmaView | None) -> None:
        self.request_id, self.rma = request_id, rma
        has_rma = bool(rma and rma.rma_number)
        self.slip_button.setVisible(has_rma)
        if rma is None:
            self.rma_label.clear()
            self.view.clear()
            return
        self.rma_label.setText(
            self.tr("RMA number {rma}: write it on the outside of the parcel.").format(rma=rma.rma_number)
            if has_rma
            else self.tr("No RMA number yet: support issues one only if a remote fix does not help.")
        )
        self.view.setHtml(self.case_html(rma))

    def case_html(self, rma: RmaView) -> str:
        where = self.tr("Where the case stands")
        lines = [f"<p><b>{html.escape(where)}</b></p><table>"]
        for entry in rma.timeline.entries:
            mark = "●" if entry.reached else "○"
            when = local_time(entry.reached_at) if entry.reached_at else ""
            colour = "" if entry.reached else " style='color:#888888'"
            lines.append(
                f"<tr{colour}><td>{mark}</td><td>{html.escape(stage_label(entry.stage))}</td>"
                f"<td>&nbsp;&nbsp;{html.escape(when)}</td></tr>"
            )
        lines.append("</table>")
        for found in rma.instructions:
            title = self.tr("Return instructions for RMA {rma}, as support wrote them").format(rma=found.rma_number)
            lines.append(f"<p><b>{html.escape(title)}</b></p>")
            for text in found.texts or (self.tr("(none yet)"),):
                lines.append("<p>" + html.escape(text).replace("\n", "<br>") + "</p>")
        if rma.rma_number:
            before = self.tr("Before you ship")
            lines.append(f"<p><b>{html.escape(before)}</b></p><ul>")
            for rule in self.rules(rma):
                lines.append(f"<li>{html.escape(rule)}</li>")
            lines.append("</ul>")
        return "".join(lines)

    def rules(self, rma: RmaView) -> list[str]:
        """The vendor's rules for a return, in the user's language (the slip itself is in English)."""
        return [
            self.tr(
                "Write the RMA number {rma} on the outside of the parcel. Cameras returned without an RMA number "
                "may be refused and sent back, or delayed."
            ).format(rma=rma.rma_number),
            self.tr(
                "Shipping to the vendor is paid by you. Shipping back is paid by the vendor for a camera under "
                "warranty; otherwise it is added to the repair quote."
            ),
            self.tr("Out of warranty, the vendor sends a repair quote within 20 to 30 business days of receiving it."),
        ]

    def _ask_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the packing slip"), suggested, self.tr("PDF files (*.pdf)")
        )
        return path

    def write_slip(self) -> Worker | None:
        if self.request_id is None or self.rma is None or not self.rma.rma_number:
            return None
        from pathlib import Path

        suggested = str(Path.home() / f"packing-slip-RMA-{self.rma.rma_number}.pdf")
        path = self.choose_slip_path(suggested)
        if not path:
            return None
        worker = Worker(self.service.job(slip_job, self.request_id, path), name="packing-slip")
        worker.returned.connect(
            lambda written: self._tell(
                self.tr("Packing slip saved as {path}: print it and put it in the parcel.").format(path=written)
            )
        )
        worker.errored.connect(lambda exc: self._tell(str(exc)))
        self._pool.start(worker)
        return worker

    def _tell(self, text: str) -> None:
        if not self.closed:
            self.message.emit(text)

    def shutdown(self, timeout: float = 3.0) -> None:
        self.closed = True
        self._pool.wait_all(timeout)
