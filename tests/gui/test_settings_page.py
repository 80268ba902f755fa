import json

import pytest
from PySide6.QtCore import Qt

from pixrma_desktop.settings import load_settings

pytestmark = pytest.mark.gui


def test_saving_writes_the_form_to_the_settings_file(qtbot, make_window, ctx):
    window = make_window()
    page = window.settings_page
    page.rt_url.setText("  https://support.example.com/  ")
    page.rt_rma_queue.setText("Returns")
    page.demo.setCurrentIndex(page.demo.findData("auto"))
    page.producers.addItem("/opt/pixelink/gentl")
    page.log_window.setValue(72)
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.scan_on_start.setChecked(False)
    assert page.gige_search.isChecked()
    page.gige_search.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = load_settings(ctx.paths.settings_file).settings
    assert stored.support.rt_url == "https://support.example.com/"
    assert stored.support.rt_rma_queue == "Returns"
    assert stored.cameras.demo == "auto"
    assert stored.cameras.producer_paths == ["/opt/pixelink/gentl"]
    assert stored.evidence.log_window_hours == 72
    assert stored.ui.language == "fr"
    assert stored.ui.scan_on_start is False
    assert stored.cameras.gige_search is False
    # The running window uses the new values at once (same settings object).
    assert window.root.settings.cameras.demo == "auto"
    assert page.saved_label.text() == "Settings saved."


def test_revert_restores_what_is_saved(qtbot, make_window):
    window = make_window()
    page = window.settings_page
    page.rt_url.setText("https://typo.example")
    page.revert_button.click()
    assert page.rt_url.text() == ""


def test_smtp_backend_shows_its_own_fields(qtbot, make_window, ctx):
    window = make_window()
    page = window.settings_page
    page.backend.setCurrentIndex(page.backend.findData("smtp"))
    assert page.backend_pages.currentIndex() == 1
    assert page.secret_label.text() == "Mail password"
    page.smtp_host.setText("mail.example.com")
    page.smtp_to.setText("support@example.com")
    page.save()
    data = json.loads(ctx.paths.settings_file.read_text())
    assert data["support"]["backend"] == "smtp"
    assert data["support"]["smtp_host"] == "mail.example.com"


def test_contact_profile_is_remembered_and_prefills_new_requests(qtbot, make_window, ctx):
    from pixrma_desktop.rma.contact_profile import load_profile

    window = make_window()
    page = window.settings_page
    page.contact_name.setText("Ada Lovelace")
    page.contact_email.setText("ada@example.com")
    page.contact_address.setPlainText("12 St James's Square\nLondon")
    page.save()
    worker = page.profile_worker
    qtbot.waitUntil(lambda: not worker.running, timeout=10_000)
    profile = load_profile(ctx.paths.config_dir)
    assert profile is not None
    assert profile.contact.name == "Ada Lovelace"
    assert profile.contact.shipping_address == "12 St James's Square\nLondon"
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    request_page = window.request_page
    qtbot.waitUntil(lambda: request_page.current_request() is not None, timeout=10_000)
    assert request_page.name.text() == "Ada Lovelace"
    assert request_page.email.text() == "ada@example.com"
