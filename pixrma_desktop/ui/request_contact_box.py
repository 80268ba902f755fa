"""The Request page's contact group: who sends the request and where a repaired camera goes back to."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QWidget

from pixrma_desktop.rma.request import Contact
from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.request_group import RequestGroup


class ContactBox(RequestGroup):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RequestPage", "Your contact details"), parent)
        form = QFormLayout(self)
        self.name = self._line(form, translate("RequestPage", "Name"), "contact.name")
        self.company = self._line(form, translate("RequestPage", "Company"), "contact.company")
        self.email = self._line(form, translate("RequestPage", "E-mail"), "contact.email", "name@example.com")
        self.phone = self._line(
            form, translate("RequestPage", "Phone"), "contact.phone", translate("RequestPage", "optional")
        )
        self.country = self._line(form, translate("RequestPage", "Country"), "contact.country")
        self.address = QPlainTextEdit()
        self.address.setObjectName("contact.shipping_address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.address.setPlaceholderText(translate("RequestPage", "Where a repaired or replaced camera goes back to"))
        self.address.textChanged.connect(self._edited)
        form.addRow(translate("RequestPage", "Shipping address"), self.address)
        self._error(form, "contact.shipping_address", self.address)

    def contact(self) -> Contact:
        return Contact(
            name=self.name.text(),
            company=self.company.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            shipping_address=self.address.toPlainText(),
            country=self.country.text(),
        )

    def show_contact(self, contact: Contact) -> None:
        for edit, value in (
            (self.name, contact.name),
            (self.company, contact.company),
            (self.email, contact.email),
            (self.phone, contact.phone),
            (self.country, contact.country),
        ):
            edit.setText(value)
        self.address.setPlainText(contact.shipping_address)
