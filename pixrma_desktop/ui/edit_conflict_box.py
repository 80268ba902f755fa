"""The question asked when a draft was changed elsewhere (another window, the command line) while being edited:
keep this version, or load the other one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from pixrma_desktop.ui.i18n import translate


def ask_about_conflict(
    parent: QWidget, explanation: str, *, keep_mine: Callable[[], None], load_other: Callable[[], None]
) -> QMessageBox:
    """Opens the question (not modal to the app) and returns it; the chosen action runs when answered."""
    box = QMessageBox(parent)
    box.setObjectName("editConflict")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RequestPage", "Draft changed elsewhere"))
    box.setText(explanation)
    keep = box.addButton(translate("RequestPage", "Keep my version"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("RequestPage", "Load the other version"), QMessageBox.ButtonRole.RejectRole)

    def decided(_button: object) -> None:
        if box.clickedButton() is keep:
            keep_mine()
        else:
            load_other()

    box.buttonClicked.connect(decided)
    box.open()
    return box
