"""The Request page's purchase group: bought from the vendor or from a dealer (then the dealer's name), warranty.

Choosing "From a dealer" shows the dealer rows and says ``channel_changed``: the page then offers a dealer
package instead of sending the request to the vendor.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QRadioButton, QWidget

from pixrma_desktop.rma.request import Purchase, PurchaseChannel, Warranty
from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.request_group import RequestGroup


class PurchaseBox(RequestGroup):
    channel_changed = Signal()
    """Vendor or dealer was chosen (or the choice was shown for a loaded request)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RequestPage", "Purchase and warranty"), parent)
        form = QFormLayout(self)
        self.vendor_radio = QRadioButton(translate("RequestPage", "Directly from the camera vendor"))
        self.vendor_radio.setObjectName("channelVendor")
        self.dealer_radio = QRadioButton(translate("RequestPage", "From a dealer"))
        self.dealer_radio.setObjectName("channelDealer")
        self.channel = QButtonGroup(self)
        self.channel.addButton(self.vendor_radio)
        self.channel.addButton(self.dealer_radio)
        row = QHBoxLayout()
        row.addWidget(self.vendor_radio)
        row.addWidget(self.dealer_radio)
        row.addStretch(1)
        form.addRow(translate("RequestPage", "Bought"), row)
        self._error(form, "purchase.channel", self.vendor_radio, self.dealer_radio)
        self.dealer_note = QLabel(
            translate(
                "RequestPage",
                "Bought from a dealer: the vendor asks you to contact your dealer, so nothing is sent to the "
                "vendor. The app makes a dealer package instead: the report, the evidence and a ready e-mail.",
            )
        )
        self.dealer_note.setObjectName("dealerNote")
        self.dealer_note.setWordWrap(True)
        form.addRow(self.dealer_note)
        self.dealer_name = self._line(form, translate("RequestPage", "Dealer"), "purchase.dealer_name")
        self.dealer_email = self._line(form, translate("RequestPage", "Dealer's e-mail"), "purchase.dealer_email")
        self.warranty = QComboBox()
        self.warranty.setObjectName("warranty")
        self.warranty.addItem(translate("RequestPage", "— choose —"), None)
        self.warranty.addItem(translate("RequestPage", "under warranty"), Warranty.UNDER.value)
        self.warranty.addItem(translate("RequestPage", "out of warranty"), Warranty.OUT.value)
        self.warranty.addItem(translate("RequestPage", "don't know"), Warranty.UNKNOWN.value)
        self.warranty.currentIndexChanged.connect(self._edited)
        form.addRow(translate("RequestPage", "Warranty"), self.warranty)
        self._error(form, "warranty", self.warranty)
        self.channel.buttonToggled.connect(self.show_channel)
        self._form = form
        self._dealer_rows = (self.dealer_note, self.dealer_name, self.dealer_email)

    def is_dealer(self) -> bool:
        return self.dealer_radio.isChecked()

    def purchase(self) -> Purchase:
        channel = (
            PurchaseChannel.DEALER
            if self.dealer_radio.isChecked()
            else PurchaseChannel.VENDOR
            if self.vendor_radio.isChecked()
            else None
        )
        return Purchase(channel=channel, dealer_name=self.dealer_name.text(), dealer_email=self.dealer_email.text())

    def warranty_choice(self) -> Warranty | None:
        warranty = self.warranty.currentData()
        return Warranty(warranty) if warranty else None

    def show_purchase(self, purchase: Purchase, warranty: Warranty | None) -> None:
        """Fill the group from a request (``show_channel`` then says which rows show)."""
        self.dealer_name.setText(purchase.dealer_name)
        self.dealer_email.setText(purchase.dealer_email)
        self.vendor_radio.setChecked(purchase.channel is PurchaseChannel.VENDOR)
        self.dealer_radio.setChecked(purchase.channel is PurchaseChannel.DEALER)
        if purchase.channel is None:
            self.channel.setExclusive(False)
            self.vendor_radio.setChecked(False)
            self.dealer_radio.setChecked(False)
            self.channel.setExclusive(True)
        self.warranty.setCurrentIndex(max(0, self.warranty.findData(warranty.value if warranty else None)))

    def show_channel(self, *_args: object) -> None:
        """Show the dealer rows only for a dealer purchase (and no dealer problems otherwise)."""
        dealer = self.dealer_radio.isChecked()
        for widget in self._dealer_rows:
            self._form.setRowVisible(widget, dealer)
        for path in ("purchase.dealer_name", "purchase.dealer_email"):
            self._form.setRowVisible(self.errors[path], dealer)  # its kept line goes with the field
            if not dealer:
                self.errors[path].show_problem(None)
        self.channel_changed.emit()
