"""The conversation pane on the Outbox page, the unread badge and notification, replying and "Try again and
report", against an in-memory support desk that holds conversations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pixrma_desktop.application.drafts import queue_request, save_draft
from pixrma_desktop.application.sending import submit_now
from pixrma_desktop.cameras.record import CameraRecord, Transport, UsbLocation
from pixrma_desktop.support.backend import PermanentError
from pixrma_desktop.support.thread import Author, ItemKind
from pixrma_desktop.ui.network_status import Connectivity
from tests.fakes.conversation_desk import ConversationDesk
from tests.fakes.probes import FakeProbe, ProbeListScanners
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import complete_request

pytestmark = pytest.mark.gui

REQUEST_TEXT = "The image freezes after a few minutes."
ANSWER = "Please try firmware 3.3; notes attached.\nThen tell us."


@pytest.fixture
def desk() -> ConversationDesk:
    return ConversationDesk()


@pytest.fixture
def filed(ctx, desk) -> str:
    ctx.backend_factory = lambda settings: desk
    ctx.bundle_maker_factory = lambda paths, settings: bundle_maker(paths.cache_dir / "bundles")
    request = complete_request(cameras=2)
    save_draft(ctx, request)
    queue_request(ctx, request.id)
    request_id = submit_now(ctx, str(request.id)).stored.id
    desk.say("1", REQUEST_TEXT, author=Author.YOU, kind=ItemKind.CREATED)
    desk.say("1", ANSWER, files={"fw-notes.txt": b"step 1\n"})
    return request_id


def open_pane(qtbot, make_window, desk):
    window = make_window(probes=[], backend_factory=lambda settings: desk)
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    page = window.outbox_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    return window, page, page.pane


def select(qtbot, page):
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.pane.view is not None, timeout=10_000)


def test_the_badge_bold_row_and_notification_then_the_thread_marks_it_read(qtbot, make_window, desk, filed):
    window, page, pane = open_pane(qtbot, make_window, desk)
    nav = window.sidebar.item(window.PAGES.index("outbox"))

    qtbot.waitUntil(lambda: nav.text() == "Outbox & tickets (1)", timeout=10_000)
    assert nav.font().bold()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert window.reply_notifier.shown == [
        (f"Support replied: {page.model.row_at(0).title}", "Please try firmware 3.3; notes attached.")
    ]

    window.show_page("outbox")
    select(qtbot, page)
    text = pane.thread_view.toPlainText()
    assert text.index(REQUEST_TEXT) < text.index("Please try firmware 3.3")
    assert "fw-notes.txt" in pane.files.item(0).text()
    qtbot.waitUntil(lambda: nav.text() == "Outbox & tickets", timeout=10_000)
    assert not nav.font().bold()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None


def test_a_hostile_answer_runs_nothing_loads_nothing_and_its_file_stays_in_the_folder(
    qtbot, make_window, desk, filed, tmp_path
):
    desk.say(
        "1",
        "<script>alert(1)</script><img src='http://127.0.0.1:9/pixel.png'> see <https://fw.vendor.example/3.3>",
        files={"../../evil": b"not yours"},
    )
    _, page, pane = open_pane(qtbot, make_window, desk)
    select(qtbot, page)
    qtbot.waitUntil(lambda: pane.files.count() == 2, timeout=10_000)

    shown = pane.thread_view.toPlainText()
    assert "<script>alert(1)</script>" in shown  # shown as text, never run
    assert "https://fw.vendor.example/3.3" in shown
    assert pane.thread_view.loads == []
    assert not pane.thread_view.openExternalLinks()

    chosen = tmp_path / "chosen"
    chosen.mkdir()
    pane.choose_folder = lambda: str(chosen)
    pane.files.setCurrentRow(1)
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not opened" in pane.notice.text(), timeout=10_000)  # written and closed
    assert (chosen / "evil").read_bytes() == b"not yours"
    assert [p.name for p in tmp_path.rglob("*evil*")] == ["evil"]


def test_a_reply_with_a_file_is_sent_once(qtbot, make_window, desk, filed, tmp_path):
    note = tmp_path / "f.txt"
    note.write_text("log lines\n")
    _, page, pane = open_pane(qtbot, make_window, desk)
    select(qtbot, page)
    box = pane.reply_box
    box.choose_files = lambda: [str(note)]

    qtbot.mouseClick(box.attach_button, Qt.MouseButton.LeftButton)
    box.text.setPlainText("Firmware 3.3 did not help.")
    qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(desk.replies) == 1, timeout=10_000)
    assert [(t, text, names) for t, text, names, _ in desk.replies] == [("1", "Firmware 3.3 did not help.", ["f.txt"])]
    qtbot.waitUntil(lambda: pane.notice.text() == "Reply added to ticket #1.", timeout=10_000)
    assert box.text.toPlainText() == ""
    assert box.files.count() == 0


def test_offline_a_reply_waits_and_nothing_is_refreshed(qtbot, make_window, desk, filed, network):
    network.set_state(Connectivity.OFFLINE)
    window, page, pane = open_pane(qtbot, make_window, desk)
    assert desk.reads == 0
    assert window.conversations.refresh() is None
    select(qtbot, page)
    pane.reply_box.text.setPlainText("Later.")
    qtbot.mouseClick(pane.reply_box.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "waits in the outbox" in pane.notice.text(), timeout=10_000)
    assert desk.replies == []
    assert desk.reads == 0


def test_a_reply_written_offline_goes_out_when_the_network_is_back(qtbot, make_window, desk, filed, network):
    network.set_state(Connectivity.OFFLINE)
    _, page, pane = open_pane(qtbot, make_window, desk)
    select(qtbot, page)
    pane.reply_box.text.setPlainText("Written on the train.")
    qtbot.mouseClick(pane.reply_box.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "waits in the outbox" in pane.notice.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "Written on the train." in pane.thread_view.toPlainText(), timeout=10_000)

    network.set_state(Connectivity.ONLINE)
    qtbot.waitUntil(lambda: len(desk.replies) == 1, timeout=10_000)
    assert desk.replies[0][1] == "Written on the train."


def test_a_refused_reply_is_shown_and_sent_again_once_the_cause_is_fixed(qtbot, make_window, desk, filed):
    desk.reply_errors.append((PermanentError("Ask support for the right ReplyToTicket."), False))
    _, page, pane = open_pane(qtbot, make_window, desk)
    select(qtbot, page)
    pane.reply_box.text.setPlainText("Any news?")
    qtbot.mouseClick(pane.reply_box.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ReplyToTicket" in pane.notice.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not pane.resend_button.isHidden(), timeout=10_000)
    assert desk.replies == []

    qtbot.mouseClick(pane.resend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(desk.replies) == 1, timeout=10_000)
    assert desk.replies[0][1] == "Any news?"
    qtbot.waitUntil(lambda: pane.resend_button.isHidden(), timeout=10_000)


def test_try_again_and_report_shows_the_comparison_before_sending_it(qtbot, make_window, ctx, desk, filed):
    cameras = [
        CameraRecord(vendor="Pixelink", model="PL-D755MU", serial="712345678", transport=Transport.USB3_VISION,
                     usb=UsbLocation(bus=2, port_path="1", speed="high", supported_speeds=("super",))),
    ]  # fmt: skip
    ctx.scanner_factory = ProbeListScanners(lambda settings, demo: [FakeProbe("usb", cameras)])
    _, page, pane = open_pane(qtbot, make_window, desk)
    select(qtbot, page)
    shown: list[str] = []
    answers = [False, True]
    pane.reply_box.confirm_report = lambda text: shown.append(text) or answers.pop(0)

    qtbot.mouseClick(pane.reply_box.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert "- no longer found: PL-D725CU S/N 712340001" in shown[0]
    qtbot.waitUntil(lambda: pane.notice.text() == "Nothing was sent.", timeout=10_000)
    assert desk.replies == []

    pane.reply_box.text.setPlainText("Tried firmware 3.3.")
    qtbot.waitUntil(lambda: pane.reply_box.report_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(pane.reply_box.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(desk.replies) == 1, timeout=20_000)
    (_, text, names, _) = desk.replies[0]
    assert text == shown[1]
    assert text.startswith("Tried firmware 3.3.\n")
    assert "New:" in text
    assert "Fixed (no longer found):" not in text
    assert names == ["findings.json"]


def test_the_case_tab_shows_the_rma_its_instructions_the_rules_and_writes_the_slip(
    qtbot, make_window, desk, filed, tmp_path
):
    desk.say("9", "RMA issued.", kind=ItemKind.CREATED, queue="RMA")
    desk.say("9", "Ship the camera to 1 Lens Road.", queue="RMA")
    _, page, pane = open_pane(qtbot, make_window, desk)
    select(qtbot, page)
    case = pane.case_box
    qtbot.waitUntil(lambda: not case.slip_button.isHidden(), timeout=10_000)
    assert "RMA number 9" in case.rma_label.text()
    text = case.view.toPlainText()
    assert "Return instructions for RMA 9, as support wrote them" in text
    assert "Ship the camera to 1 Lens Road." in text
    assert "Shipping to the vendor is paid by you." in text
    assert "20 to 30 business days" in text

    slip = tmp_path / "slip.pdf"
    case.choose_slip_path = lambda suggested: str(slip)
    qtbot.mouseClick(case.slip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Packing slip saved as" in pane.notice.text(), timeout=10_000)
    assert Path(slip).read_bytes().startswith(b"%PDF")


def test_settings_switch_the_background_refresh_off_and_set_its_interval(qtbot, make_window, desk, filed):
    window, _, _ = open_pane(qtbot, make_window, desk)
    service = window.conversations
    assert service.timer.isActive()
    page = window.settings_page
    page.replies_box.minutes.setValue(30)
    assert page.save()
    assert service.timer.interval() == 30 * 60_000
    page.replies_box.check_replies.setChecked(False)
    assert page.save()
    assert not service.timer.isActive()
    saved = json.loads(window.root.paths.settings_file.read_text())
    assert saved["ui"]["check_replies"] is False
    assert saved["ui"]["check_replies_minutes"] == 30.0


def test_with_the_email_backend_the_pane_says_replies_live_in_the_mailbox(qtbot, make_window, ctx, desk, filed):
    ctx.settings.support.backend = "smtp"
    _, page, pane = open_pane(qtbot, make_window, desk)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "cannot be read back through e-mail" in pane.notice.text(), timeout=10_000)
    assert "Ask about this request" in pane.notice.text()
    assert not pane.reply_box.send_button.isEnabled()
    assert not pane.reply_box.report_button.isEnabled()


def test_a_conversation_refresh_that_finds_the_rma_ticket_fills_the_rma_column(qtbot, make_window, ctx, desk, filed):
    desk.say("9", "RMA issued.", kind=ItemKind.CREATED, queue="RMA")
    assert not ctx.outbox.get(filed).rma_number, "the status the desk reports names no RMA number"
    _, page, _pane = open_pane(qtbot, make_window, desk)
    rma_column = 3
    assert page.model.headerData(rma_column, Qt.Orientation.Horizontal) == "RMA #"

    qtbot.waitUntil(lambda: page.model.index(0, rma_column).data() == "9", timeout=10_000)
    assert ctx.outbox.get(filed).rma_number == "9"
    assert [detail for _t, kind, detail in ctx.outbox.events(filed) if kind == "rma-number"] == [
        "RMA number 9 (from the conversation)"
    ]
