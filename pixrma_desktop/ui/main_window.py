"""The main window (a placeholder until the pages land)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from pixrma_desktop.commands.context import CliContext


class MainWindow(QMainWindow):
    def __init__(self, ctx: CliContext, *, demo_mode: str = "off") -> None:
        super().__init__()
        self.ctx = ctx
        self.demo_mode = demo_mode
        self.setWindowTitle("Pixelink RMA Assistant")
        self.setCentralWidget(QLabel("Cameras will be listed here."))
        self.resize(960, 640)
