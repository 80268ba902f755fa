"""Starts the desktop app from the command line's parsed arguments."""

from __future__ import annotations

import argparse
import sys

from pixrma_desktop.commands.context import CliContext


def run_gui(args: argparse.Namespace, ctx: CliContext) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pixrma_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("pixrma-desktop")
    window = MainWindow(ctx, demo_mode=args.demo_mode or ctx.settings.cameras.demo)
    window.show()
    if args.exit_after_start:
        QTimer.singleShot(0, app.quit)
    return app.exec()
