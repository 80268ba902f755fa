"""Nothing is lost by accident: a waiting request can be taken back for editing; one whose e-mail may have been
sent is sent again or marked as sent only when the user says so."""

from __future__ import annotations

import pytest

from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.ui.network_status import Connectivity
from tests.fakes.network import ManualNetworkStatus
from tests.fakes.sample_requests import complete_request
from tests.gui.test_outbox_flow import table_text

pytestmark = pytest.mark.gui


@pytest.fixture
def offline(network: ManualNetworkStatus) -> ManualNetworkStatus:
    network.set_state(Connectivity.OFFLINE)  # nothing goes out while the test looks
    return network


def _outbox_with(qtbot, make_window, prepare):
    window = make_window(probes=[])
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    store = window.root.outbox
    request = complete_request()
    store.create_draft(request)
    prepare(store, request.id)
    page = window.outbox_page
    page.service.refresh_list()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    return window, page, request.id


def test_edit_again_takes_a_waiting_request_back_into_the_form(qtbot, make_window, offline):
    window, page, request_id = _outbox_with(qtbot, make_window, lambda store, rid: store.queue(rid))
    assert page.edit_button.isEnabled()
    assert page.edit_button.text() == "&Edit again"
    page.edit_button.click()
    qtbot.waitUntil(lambda: window.current_page == "request", timeout=10_000)
    assert window.root.outbox.get(request_id).state is RequestState.DRAFT
    request_page = window.request_page
    qtbot.waitUntil(
        lambda: request_page.current_request() is not None and request_page.current_request().id == request_id,
        timeout=10_000,
    )


def _maybe_sent(store, request_id):
    store.queue(request_id)
    store.mark_needs_attention(request_id, "May have been sent", maybe_sent=True)


def test_a_request_that_may_have_been_sent_can_be_marked_as_sent(qtbot, make_window, offline):
    window, page, request_id = _outbox_with(qtbot, make_window, _maybe_sent)
    assert not page.maybe_sent_row.isHidden()
    assert not page.retry_button.isEnabled(), "a plain retry would not say whether it went out"
    page.mark_sent_button.click()
    qtbot.waitUntil(lambda: window.root.outbox.get(request_id).state is RequestState.SUBMITTED, timeout=10_000)
    qtbot.waitUntil(lambda: "Marked as sent" in page.banner.text(), timeout=10_000)
    qtbot.waitUntil(page.maybe_sent_row.isHidden, timeout=10_000)


def test_a_request_that_may_have_been_sent_can_be_sent_again(qtbot, make_window, offline):
    window, page, request_id = _outbox_with(qtbot, make_window, _maybe_sent)
    page.send_again_button.click()
    qtbot.waitUntil(lambda: table_text(page, "state") == ["Waiting to be sent"], timeout=10_000)
    stored = window.root.outbox.get(request_id)
    assert stored.state is RequestState.QUEUED
    assert not stored.maybe_sent


def test_removing_a_camera_from_a_request_can_be_undone(qtbot, make_window):
    from tests.gui.test_request_page import open_request_page

    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    page.load(complete_request(2))
    first, second = page.boxes
    first.symptom.setPlainText("drops frames every few minutes")
    typed = first.entry()
    first.remove_button.click()
    assert [b.entry().serial for b in page.boxes] == [second.entry().serial]
    bar = page.cameras_box.undo_bar
    assert not bar.isHidden()
    assert typed.serial in bar.label.text()
    bar.undo_button.click()
    assert page.boxes[0].entry() == typed, "back in its place, with what was typed"
    assert len(page.boxes) == 2
    assert bar.isHidden()
    assert page.autosave_timer.isActive() or page._dirty


def test_every_copy_says_it_worked_and_copy_all_copies_every_camera(qtbot, make_window):
    from PySide6.QtGui import QGuiApplication

    window = make_window()
    window.show()
    page = window.cameras_page
    assert not page.copy_all_button.isEnabled()
    assert page.copy_all_button.toolTip()
    with qtbot.waitSignal(window.scan.scan_finished, timeout=20_000):
        page.start_scan()
    assert page.copy_all_button.isEnabled()
    page.copy_all_button.click()
    text = QGuiApplication.clipboard().text()
    serials = [row.record.serial for row in page.model.rows]
    assert len(serials) >= 2
    assert all(serial in text for serial in serials)
    assert page.copy_all_button.text() == "Copied ✓"
    assert "Copied" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: page.copy_all_button.text() == "Copy &all", timeout=5_000)
    page.table.selectRow(0)
    page.details.copy_button.click()
    assert page.details.copy_button.text() == "Copied ✓"
    assert serials[0] in QGuiApplication.clipboard().text()


def test_a_damaged_settings_file_is_told_in_the_window(qtbot, make_window, ctx):
    ctx.settings_problem = "settings.json could not be read; it was moved aside to settings.json.damaged-1"
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    box = window.settings_problem_box
    assert box.isVisible()
    assert "settings.json.damaged-1" in box.informativeText()
