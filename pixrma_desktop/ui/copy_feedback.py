"""Copy text to the clipboard and show that it worked: the button says "Copied" for a moment, and the window's
status bar says what was copied."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMainWindow

from pixrma_desktop.ui.i18n import translate

FEEDBACK_MS = 2000


def copy_with_feedback(button: QAbstractButton, text: str, what: str) -> None:
    """Put ``text`` on the clipboard; ``what`` names it in the status bar ("the details of PL-D755MU")."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
    original = button.property("textBeforeCopy") or button.text()
    button.setProperty("textBeforeCopy", original)
    button.setText(translate("CopyFeedback", "Copied ✓"))

    def restore() -> None:
        button.setText(str(button.property("textBeforeCopy") or original))
        button.setProperty("textBeforeCopy", None)

    QTimer.singleShot(FEEDBACK_MS, button, restore)
    window = button.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            translate("CopyFeedback", "Copied {what} to the clipboard.").format(what=what), 5000
        )
