"""What the window shows is true: no "Online" without a support server, no "Demo cameras: Off" beside demo cameras."""

from __future__ import annotations

import pytest

from pixrma_desktop.settings import Settings
from pixrma_desktop.ui.network_status import Connectivity

pytestmark = pytest.mark.gui


def test_without_a_support_server_the_status_bar_says_so_whatever_the_network(qtbot, make_window, network):
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    text = window.status.connection.text()
    assert "No support server set up" in text
    assert "Online" not in text
    network.set_state(Connectivity.OFFLINE)
    assert "No support server set up" in window.status.connection.text()


def test_once_a_server_is_saved_the_status_bar_shows_the_network(qtbot, make_window, network):
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    page = window.settings_page
    page.rt_url.setText("https://support.example.com")
    assert page.save()
    assert window.status.connection.text() == "● Online"
    network.set_state(Connectivity.OFFLINE)
    assert "Offline" in window.status.connection.text()


def test_a_configured_server_shows_online_from_the_start(qtbot, make_window):
    settings = Settings()
    settings.support.rt_url = "https://support.example.com"
    window = make_window(settings=settings)
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    assert window.status.connection.text() == "● Online"


@pytest.mark.parametrize(("mode", "option"), [("on", "--demo"), ("auto", "--demo-if-none")])
def test_settings_say_when_the_command_line_chose_demo_cameras(qtbot, make_window, mode, option):
    window = make_window(demo_mode=mode)
    page = window.settings_page
    assert page.demo.currentData() == "off"  # the saved choice
    assert not page.demo_note.isHidden()
    assert option in page.demo_note.text()


def test_settings_without_override_show_no_note_and_a_saved_choice_applies_to_the_next_scan(qtbot, make_window):
    window = make_window()
    page = window.settings_page
    assert page.demo_note.isHidden()
    page.demo.setCurrentIndex(page.demo.findData("on"))
    assert page.save()
    assert window.scan.demo_mode == "on"
