"""Asking about a filed request always works: without a mail program and without a configured inquiry address,
the dialog shows the support queue's address as the server told it, a subject with ``[#ticket]``, copy buttons
that say what they copied, and an .eml file that a mail parser reads back with the same fields."""

from __future__ import annotations

import email
import email.policy

import pytest
from PySide6.QtGui import QGuiApplication

from pixrma_desktop.settings import Settings
from pixrma_desktop.support.server_profile import QueueProfile, ServerProfile, save
from pixrma_desktop.ui.inquiry_dialog import InquiryDialog
from tests.gui.test_duplicates import NoMailProgram, filed_earlier
from tests.gui.test_request_page import open_request_page

pytestmark = pytest.mark.gui

URL = "https://support.example.com"


def test_without_mail_program_or_address_the_dialog_uses_the_queues_address(qtbot, make_window, ctx, tmp_path):
    settings = Settings()
    settings.support.rt_url = URL
    assert settings.support.inquiry_to == ""
    save(ctx.paths.data_dir, ServerProfile(URL, 1000.0, (QueueProfile("Support", "Support", "help@vendor.test"),)))
    filed_earlier(ctx)
    no_mail = NoMailProgram()
    window = make_window(probes=[], settings=settings, open_url=no_mail)
    open_request_page(qtbot, window)
    window.show_page("outbox")
    outbox = window.outbox_page
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1, timeout=10_000)
    outbox.table.selectRow(0)

    assert outbox.open_inquiry() is outbox.pane, "with RT, a reply in the app is offered first"
    outbox.pane.ask_note.linkActivated.emit("#email")  # the second choice: "Write an e-mail to support instead"
    dialog = outbox.inquiry_dialog

    assert no_mail.opened[0].startswith("mailto:help@vendor.test?subject=%5B%2341%5D")  # the mail program first
    assert isinstance(dialog, InquiryDialog)
    assert dialog.isVisible()
    assert dialog.to_field.text() == "help@vendor.test"
    assert dialog.subject_field.text() == "[#41] Repair status inquiry"
    assert "Support ticket number: #41" in dialog.body_field.toPlainText()

    dialog.copy_buttons["subject"].click()
    assert QGuiApplication.clipboard().text() == "[#41] Repair status inquiry"
    assert dialog.copy_buttons["subject"].text() == "Copied ✓"
    assert dialog.feedback.text() == "The subject is on the clipboard."

    eml = tmp_path / "inquiry.eml"
    dialog.choose_path = lambda: str(eml)
    dialog.save_button.click()
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "help@vendor.test"
    assert message["Subject"] == "[#41] Repair status inquiry"
    assert message.get_content() == dialog.body_field.toPlainText()
    assert str(eml) in dialog.feedback.text()


def test_with_rt_asking_opens_the_reply_tab_for_that_request_focused(qtbot, make_window, ctx):
    from PySide6.QtWidgets import QApplication

    filed_earlier(ctx)
    no_mail = NoMailProgram()
    window = make_window(probes=[], open_url=no_mail)
    window.show()
    window.activateWindow()
    window.show_page("outbox")
    outbox = window.outbox_page
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1, timeout=10_000)
    outbox.table.selectRow(0)
    pane = outbox.pane

    assert outbox.open_inquiry() is pane
    assert pane.tabs.currentWidget() is pane.reply_box
    assert pane.reply_box.request_id == outbox.selected().id
    assert pane.ask_note.isVisible()
    assert "support ticket #41" in pane.ask_note.text()
    assert "Write an e-mail to support instead" in pane.ask_note.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.reply_box.text, timeout=5_000)
    assert no_mail.opened == [], "no e-mail unless the user asks for it"
    assert outbox.inquiry_dialog is None


def test_with_the_email_backend_and_a_mail_program_no_dialog_is_needed(qtbot, make_window, ctx):
    settings = Settings()
    settings.support.backend = "smtp"
    settings.support.inquiry_to = "rma@vendor.test"
    filed_earlier(ctx)
    opened = []
    window = make_window(probes=[], settings=settings, open_url=lambda url: opened.append(url.toString()) or True)
    open_request_page(qtbot, window)
    window.show_page("outbox")
    outbox = window.outbox_page
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1, timeout=10_000)
    outbox.table.selectRow(0)

    assert outbox.open_inquiry() is None
    assert opened[0].startswith("mailto:rma@vendor.test?subject=%5B%2341%5D")
