"""The Request page's files group: attached files (dropped, chosen or a screenshot), notes, the system summary."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.rma.request import RmaRequest
from pixrma_desktop.ui.attachments import AttachmentList
from pixrma_desktop.ui.empty_hint import EmptyHint
from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.request_group import RequestGroup

ScreenshotFolder = Callable[[], Path | None]
"""Where a screenshot of the request in the form is saved (None when no request is in the form)."""


class FilesBox(RequestGroup):
    problem = Signal(str)
    """Something could not be done (the message says what)."""

    def __init__(self, screenshot_folder: ScreenshotFolder, parent: QWidget | None = None) -> None:
        super().__init__(translate("RequestPage", "Files and notes"), parent)
        self._screenshot_folder = screenshot_folder
        form = QFormLayout(self)
        self.attachments = AttachmentList()
        self.attachments.changed.connect(self._edited)
        add = QPushButton(translate("RequestPage", "Add files…"))
        add.clicked.connect(self._choose_files)
        self.screenshot_button = QPushButton(translate("RequestPage", "Capture screenshot"))
        self.screenshot_button.setObjectName("captureScreenshot")
        self.screenshot_button.setToolTip(
            translate("RequestPage", "Hides this window for a moment and captures the screen, e.g. an error message")
        )
        self.screenshot_button.clicked.connect(self.capture_screenshot)
        remove = QPushButton(translate("RequestPage", "Remove"))
        remove.setObjectName("removeAttachment")
        remove.clicked.connect(self.attachments.remove_selected)
        self.remove_button = remove
        self.attachments.itemSelectionChanged.connect(self._update_remove)
        self.attachments.changed.connect(self._update_remove)
        self.attachments.listed.connect(self._update_remove)
        self.empty_hint = EmptyHint(
            self.attachments,
            translate("RequestPage", "No files attached. Drop screenshots or logs here, or use Add files…"),
        )
        buttons = QVBoxLayout()
        for button in (add, self.screenshot_button, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.attachments, 1)
        row.addLayout(buttons)
        form.addRow(translate("RequestPage", "Attached files\n(drop files here)"), row)
        self._error(form, "evidence.files")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.notes.setPlaceholderText(translate("RequestPage", "Anything else support should know"))
        self.notes.textChanged.connect(self._edited)
        form.addRow(translate("RequestPage", "Notes"), self.notes)
        self.system_label = QLabel()
        self.system_label.setObjectName("systemSummary")
        self.system_label.setWordWrap(True)
        form.addRow(translate("RequestPage", "System"), self.system_label)
        self._update_remove()

    def _update_remove(self, *_args: object) -> None:
        selected = bool(self.attachments.selectedItems())
        self.remove_button.setEnabled(selected)
        if selected:
            self.remove_button.setToolTip(translate("RequestPage", "Remove the selected files from the request"))
        elif self.attachments.count():
            self.remove_button.setToolTip(translate("RequestPage", "Select the files to remove first."))
        else:
            self.remove_button.setToolTip(translate("RequestPage", "No files attached: nothing to remove."))

    def show_system(self, request: RmaRequest) -> None:
        facts = request.system.facts
        if not facts:
            self.system_label.setText(translate("RequestPage", "Collecting the system report…"))
            return
        shown = [facts.get(k, "") for k in ("Operating system", "CPU", "Memory")]
        versions = [f"{c.name} {c.version}".strip() for c in request.system.components[:2]]
        self.system_label.setText(
            translate("RequestPage", "{summary} — goes with the request, with {n} more details.").format(
                summary=", ".join(p for p in [*shown, *versions] if p), n=max(0, len(facts) - 3)
            )
        )

    # -- files ---------------------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, translate("RequestPage", "Attach files"))
        self.attachments.add_paths(files)

    def capture_screenshot(self) -> None:
        window = self.window()
        window.hide()
        QTimer.singleShot(450, lambda: self._grab(window))

    def _grab(self, window: QWidget) -> None:
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if screen is not None else None
        window.show()
        folder = self._screenshot_folder()
        if pixmap is None or pixmap.isNull() or folder is None:
            self.problem.emit(translate("RequestPage", "The screen could not be captured here."))
            return
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / time.strftime("screenshot-%Y%m%d-%H%M%S.png")
        if pixmap.save(str(path)):
            self.attachments.add_paths([str(path)])
