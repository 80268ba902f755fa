"""Every button does something visible or is disabled with a tooltip saying why; every empty list says what
will appear there and how to get it."""

from __future__ import annotations

import pytest

from pixrma_desktop.ui.network_status import Connectivity
from tests.fakes.sample_requests import complete_request
from tests.gui.test_request_page import open_request_page

pytestmark = pytest.mark.gui


def test_add_cameras_from_the_scan_is_disabled_with_the_reason_when_only_demo_cameras_were_found(qtbot, make_window):
    window = make_window(demo_mode="on")  # the fake probes list demo cameras only
    page = open_request_page(qtbot, window)
    button = page.cameras_box.add_scanned_button
    assert not button.isEnabled()
    assert "No camera scanned yet" in button.toolTip()
    with qtbot.waitSignal(window.scan.scan_finished, timeout=20_000):
        window.scan.start_scan()
    assert not button.isEnabled()
    assert "only demo cameras" in button.toolTip()


def test_send_now_is_disabled_with_the_reason_when_nothing_waits_and_the_empty_outbox_says_what_comes(
    qtbot, make_window, network
):
    network.set_state(Connectivity.OFFLINE)
    window = make_window(probes=[])
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    window.show_page("outbox")
    page = window.outbox_page
    qtbot.waitUntil(lambda: page.empty_hint.isVisible(), timeout=10_000)
    assert "Request page" in page.empty_hint.text()
    assert not page.send_button.isEnabled()
    assert "Nothing waits" in page.send_button.toolTip()
    for button in (page.retry_button, page.edit_button, page.delete_button, page.inquiry_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Select a request in the list first."
    request = complete_request()
    window.root.outbox.create_draft(request)
    window.root.outbox.queue(request.id)
    page.service.refresh_list()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.send_button.isEnabled()
    assert page.empty_hint.isHidden()


def test_attachments_remove_is_disabled_until_a_file_is_selected_and_the_empty_list_says_what_to_do(
    qtbot, make_window, tmp_path
):
    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    box = page.files_box
    assert not box.empty_hint.isHidden()
    assert "Drop screenshots" in box.empty_hint.text()
    assert not box.remove_button.isEnabled()
    assert "nothing to remove" in box.remove_button.toolTip()
    shot = tmp_path / "error.png"
    shot.write_bytes(b"png")
    page.attachments.add_paths([str(shot)])
    assert box.empty_hint.isHidden()
    assert not box.remove_button.isEnabled()
    page.attachments.setCurrentRow(0)
    assert box.remove_button.isEnabled()
    box.remove_button.click()
    assert page.attachments.count() == 0
    assert not box.empty_hint.isHidden()


def test_the_empty_camera_table_says_how_to_fill_it(qtbot, make_window):
    window = make_window(probes=[])
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    hint = window.cameras_page.empty_hint
    assert hint.isVisible()
    assert "Scan for cameras" in hint.text()


def test_settings_remove_folder_is_disabled_until_a_folder_is_selected(qtbot, make_window):
    page = make_window().settings_page
    button = page.remove_producer_button
    assert not button.isEnabled()
    assert "GENICAM_GENTL64_PATH" in button.toolTip()
    page.producers.addItem("/opt/pixelink/gentl")
    page.producers.setCurrentRow(0)
    assert button.isEnabled()
    button.click()
    assert page.producers.count() == 0
