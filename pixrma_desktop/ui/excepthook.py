"""The app's last line of defence: an uncaught exception on the GUI thread is logged in full and shown as an
error dialog (``error_dialog``), never as a raw traceback. The dialog code is loaded only when it is needed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger("pixrma_desktop.ui.error_dialog")


def install_excepthook(log_file: Path | None) -> None:
    """Uncaught exceptions on the GUI thread: logged in full, shown to the user as an ``ErrorReport``."""

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]
            return
        log.error("uncaught exception", exc_info=(kind, exc, tb))  # type: ignore[arg-type]
        from PySide6.QtWidgets import QApplication

        from pixrma_desktop.ui.error_dialog import report_for_exception, show_error

        window = QApplication.activeWindow()
        show_error(window, report_for_exception(exc, log_file=log_file))

    sys.excepthook = hook
