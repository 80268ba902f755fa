"""Errors as the user sees them: what happened, what to do, and details for support — never a raw traceback.

``ErrorReport`` is plain data; ``report_for_exception`` turns an exception into one (support errors already
carry a sentence the user can act on); ``show_error`` shows it as a message box whose "Show Details…" part
holds what support needs (the error type and message, where it happened, versions, where the log is).
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pixrma_desktop import __version__
from pixrma_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class ErrorReport:
    what: str
    """What happened, in one or two plain sentences."""
    todo: str
    """What the user can do next."""
    details: str = ""
    """For support: error type and message, where, versions. Shown only on request."""


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    if not frames:
        return "unknown"
    ours = [f for f in frames if "pixrma_desktop" in f.filename]
    frame = (ours or frames)[-1]
    return f"{Path(frame.filename).stem}.{frame.name}, line {frame.lineno}"


def support_details(exc: BaseException, log_file: Path | None = None) -> str:
    import platform

    lines = [
        f"Error: {type(exc).__name__}: {exc}",
        f"Where: {_where(exc)}",
        f"pixrma-desktop {__version__}, Python {platform.python_version()}, {platform.platform()}",
    ]
    try:
        from PySide6 import __version__ as pyside_version

        lines.append(f"PySide6 {pyside_version}")
    except ImportError:  # pragma: no cover - PySide6 is always there in the UI
        pass
    if log_file is not None:
        lines.append(f"Full log: {log_file}")
    return "\n".join(lines)


def report_for_exception(exc: BaseException, *, doing: str = "", log_file: Path | None = None) -> ErrorReport:
    """The report for an exception; ``doing`` says what the app was doing ("Sending the request")."""
    from pixrma_desktop.support.backend import AuthError, PermanentError, SupportError, TransientError

    prefix = f"{doing}: " if doing else ""
    details = support_details(exc, log_file)
    if isinstance(exc, AuthError):
        return ErrorReport(
            prefix + str(exc), translate("ErrorDialog", "Open Settings, enter a new access token and save it."), details
        )
    if isinstance(exc, TransientError):
        return ErrorReport(
            prefix + str(exc),
            translate("ErrorDialog", "Nothing is lost: the app tries again by itself when the connection is back."),
            details,
        )
    if isinstance(exc, PermanentError):
        return ErrorReport(
            prefix + str(exc),
            translate("ErrorDialog", "Correct the request as the message says, then send it again."),
            details,
        )
    if isinstance(exc, SupportError):
        return ErrorReport(
            prefix + str(exc), translate("ErrorDialog", "Check the support settings, then try again."), details
        )
    if isinstance(exc, PermissionError):
        return ErrorReport(
            prefix
            + translate("ErrorDialog", "The app was not allowed to read or write a file ({name}).").format(
                name=exc.filename or ""
            ),
            translate("ErrorDialog", "Check the folder's permissions, or choose another folder."),
            details,
        )
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return ErrorReport(
            prefix + translate("ErrorDialog", "The disk is full."),
            translate("ErrorDialog", "Free some space, then try again."),
            details,
        )
    return ErrorReport(
        prefix + translate("ErrorDialog", "Something unexpected went wrong ({kind}).").format(kind=type(exc).__name__),
        translate("ErrorDialog", "Try again. If it happens again, send the details below to support."),
        details,
    )


def show_error(parent: QWidget | None, report: ErrorReport) -> QMessageBox:
    """Show the report (non-modal when a parent window exists, so work in the background goes on)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorDialog", "pixrma — something went wrong"))
    box.setText(report.what)
    box.setInformativeText(report.todo)
    if report.details:
        box.setDetailedText(report.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorDialog")
    if parent is not None:
        box.setModal(False)
        box.show()
    else:
        box.exec()
    return box
