"""The duplicate guard in the app: a request naming a camera that an open request already names is not queued;
the duplicate dialog offers to open that request, to write to it as a reply, or to file anyway with a reason.
"New request" starts without cameras unless the user adds the scanned ones again."""

from __future__ import annotations

import pytest

from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.rma.request import CameraEntry, CameraSource
from pixrma_desktop.support.backend import TicketRef
from pixrma_desktop.ui.inquiry_dialog import InquiryDialog
from tests.fakes.probes import FakeProbe, viky
from tests.fakes.sample_requests import complete_request
from tests.gui.test_request_page import REAL, open_request_page

pytestmark = pytest.mark.gui


class NoMailProgram:
    """``QDesktopServices.openUrl`` on a computer without a mail program: nothing takes the link."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url) -> bool:
        self.opened.append(url.toString())
        return False


def filed_earlier(ctx) -> str:
    """A request for the sample camera, sent earlier and filed as support ticket #41."""
    store = ctx.outbox
    row = store.create_draft(complete_request())
    store.queue(row.id)
    store.record_submitted(row.id, TicketRef("41", "https://support.example.com/Ticket/Display.html?id=41", "rt"))
    return row.id


def refused(qtbot, window):
    page = open_request_page(qtbot, window)
    second = complete_request(cameras=2)
    page.load(second)
    page.submit()
    qtbot.waitUntil(lambda: page.duplicates.dialog is not None and page.duplicates.dialog.isVisible(), timeout=10_000)
    return page, page.duplicates.dialog, second


def test_the_dialog_names_the_other_request_and_opens_it(qtbot, make_window, ctx):
    first = filed_earlier(ctx)
    window = make_window(probes=[])
    _page, dialog, second = refused(qtbot, window)

    assert dialog.matches.count() == 1
    assert dialog.matches.item(0).text().startswith("Support ticket #41 (sent)")
    assert ctx.outbox.get(second.id).state is RequestState.DRAFT, "nothing is queued while the dialog asks"

    dialog.open_button.click()

    qtbot.waitUntil(lambda: window.current_page == "outbox", timeout=5_000)
    qtbot.waitUntil(lambda: window.outbox_page.selected() is not None, timeout=10_000)
    assert window.outbox_page.selected().id == first


def test_add_as_a_reply_queues_a_reply_on_that_ticket_with_rt(qtbot, make_window, ctx):
    from tests.fakes.conversation_desk import ConversationDesk

    first = filed_earlier(ctx)
    desk = ConversationDesk()
    window = make_window(probes=[], backend_factory=lambda settings: desk)
    page, dialog, second = refused(qtbot, window)

    dialog.reply_button.click()

    qtbot.waitUntil(lambda: len(desk.replies) == 1, timeout=10_000)
    ticket, text, files, _reply_id = desk.replies[0]
    assert ticket == "41"
    assert "Camera 2 of 2" in text
    assert files == []
    assert page.duplicates.inquiry is None, "no e-mail when the app can reply itself"
    assert [r.ticket for r in ctx.outbox.replies(first)] == ["41"]
    qtbot.waitUntil(lambda: window.current_page == "outbox", timeout=5_000)
    qtbot.waitUntil(lambda: window.outbox_page.selected() is not None, timeout=10_000)
    assert window.outbox_page.selected().id == first
    assert ctx.outbox.get(second.id).state is RequestState.DRAFT


def test_add_as_a_reply_writes_an_email_with_the_email_backend(qtbot, make_window, ctx):
    filed_earlier(ctx)
    ctx.settings.support.backend = "smtp"
    no_mail = NoMailProgram()
    window = make_window(probes=[], open_url=no_mail)
    page, dialog, second = refused(qtbot, window)

    dialog.reply_button.click()

    inquiry = page.duplicates.inquiry
    assert isinstance(inquiry, InquiryDialog)
    assert inquiry.subject_field.text() == "[#41] More about this request"
    assert "Camera 2 of 2" in inquiry.body_field.toPlainText()
    assert ctx.outbox.get(second.id).state is RequestState.DRAFT


def test_file_anyway_queues_it_with_the_reason_in_the_report(qtbot, make_window, ctx):
    from pixrma_desktop.rma.render import report_text

    filed_earlier(ctx)
    window = make_window(probes=[])
    page, dialog, second = refused(qtbot, window)
    assert not dialog.file_button.isEnabled(), "a reason is needed"

    dialog.reason.setText("a second, different failure")
    with qtbot.waitSignal(page.submitted, timeout=10_000):
        dialog.file_button.click()

    stored = ctx.outbox.get(second.id)
    assert stored.state is RequestState.QUEUED
    text = report_text(stored.request)
    assert "Reason given for a new request: a second, different failure" in text
    assert "support ticket #41" in text


def test_new_request_starts_without_cameras_until_the_user_adds_the_scanned_ones(qtbot, make_window):
    window = make_window(probes=[FakeProbe("gentl", [viky("0"), REAL])])
    window.show()
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    page = open_request_page(qtbot, window)
    assert [b.entry().serial for b in page.boxes] == ["712345678"]  # the first request: the scanned camera

    page.new_button.click()

    assert page.boxes == ()
    page.cameras_box.add_scanned_button.click()
    assert [b.entry().serial for b in page.boxes] == ["712345678"]


def test_a_camera_typed_in_that_is_already_in_an_open_request_is_noted_at_once(qtbot, make_window, ctx):
    filed_earlier(ctx)
    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    window.show_page("request")
    page.start_new()
    assert not page.duplicates.note.isVisible()

    box = page.cameras_box.add_box(CameraEntry(source=CameraSource.MANUAL))
    box.serial.setText("712345678")
    page.validate()

    qtbot.waitUntil(lambda: page.duplicates.note.isVisible(), timeout=10_000)
    assert "Already in 1 other open request(s): 712345678" in page.duplicates.note.text()
    dialog = page.duplicates.show_found()
    assert dialog.matches.item(0).text().startswith("Support ticket #41")

    box.serial.setText("700000001")
    page.validate()
    qtbot.waitUntil(lambda: not page.duplicates.note.isVisible(), timeout=10_000)
