"""Starts the desktop app from the command line's parsed arguments.

Order: Qt application, single-instance check (a second launch brings the first window forward and exits),
translations, logging, the window. Heavy libraries (harvesters, pyusb, requests, pydantic) are imported only
when a scan or a send needs them, never on the way to the first window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from pixrma_desktop.application.root import AppRoot

log = logging.getLogger(__name__)


def _quit_on_ctrl_c(app: QApplication) -> None:
    """Ctrl+C in the terminal closes the window like the close button (Python only sees the signal when
    Python code runs, so a light timer gives it the chance)."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def run_gui(args: argparse.Namespace, root: AppRoot, err: TextIO = sys.stderr) -> int:
    """The app on ``root`` (built by the command line); ``err`` gets what cannot wait for a window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pixrma_desktop.ui.excepthook import install_excepthook
    from pixrma_desktop.ui.single_instance import SingleInstance
    from pixrma_desktop.ui.translations import install_translators, pick_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("pixrma-desktop")
    app.setApplicationDisplayName("Pixelink RMA Assistant")
    app.setDesktopFileName("pixrma-desktop")

    instance = SingleInstance(root.paths.data_dir)
    if not instance.acquire(listen=False):
        if instance.notify_first():
            print("pixrma is already running with this data folder; its window was brought forward.", file=err)
            return 0
        print(
            f"pixrma is already running with this data folder ({root.paths.data_dir}), but did not answer. "
            "Close it, or start this one with another --data-dir.",
            file=err,
        )
        return 1

    # The log itself was set up by the command line (``diagnostics.applog``) before the app starts.
    install_excepthook(root.paths.log_dir / "pixrma.log")
    translators = install_translators(app, pick_language(root.settings.ui.language))

    from pixrma_desktop.ui.main_window import MainWindow, app_icon

    app.setWindowIcon(app_icon())
    demo_mode = args.demo_mode or root.settings.cameras.demo
    window = MainWindow(root, demo_mode=demo_mode, scan_on_start=False if args.exit_after_start else None)
    instance.activated.connect(window.bring_forward)
    if args.exit_after_start:
        window.start_services = False
        window.shown.connect(lambda: QTimer.singleShot(0, app.quit))
    if not args.exit_after_start:
        window.shown.connect(lambda: QTimer.singleShot(0, instance.listen))
    _quit_on_ctrl_c(app)
    window.show()
    try:
        return app.exec()
    finally:
        instance.release()
        del translators
