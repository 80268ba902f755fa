"""The message after the dealer package was written: where it is, and that nothing went to the vendor."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from pixrma_desktop.ui.i18n import translate


def show_dealer_done(parent: QWidget, package: Any) -> QMessageBox:
    """``package``: the ``rma.dealer.DealerPackage`` just written. The box is open (not modal to the app)."""
    box = QMessageBox(parent)
    box.setObjectName("dealerPackageDone")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("RequestPage", "Dealer package ready"))
    box.setText(translate("RequestPage", "The dealer package is in {folder}").format(folder=package.folder))
    box.setInformativeText(
        translate(
            "RequestPage",
            "Nothing was sent to the vendor. Open the e-mail in the package (message-to-dealer.eml), check "
            "it and send it to your dealer, or forward the zip file.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
