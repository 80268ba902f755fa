"""Offline → queued → server up → sent, with the ticket number shown; through the real window and a loopback
support server."""

import pytest
from PySide6.QtCore import Qt

from pixrma_desktop.ui.network_status import Connectivity
from tests.fakes.json_backend import FakeJsonBackend
from tests.fakes.sample_requests import complete_request
from tests.fakes.support_server import FakeSupportServer
from tests.gui.heartbeat import Heartbeat
from tests.gui.test_request_page import open_request_page

pytestmark = pytest.mark.gui


class ServerBackends:
    """A backend factory pointing at the loopback server, counting how often the app asked for a backend."""

    def __init__(self, server):
        self.server = server
        self.calls = 0

    def __call__(self, settings):
        self.calls += 1
        return FakeJsonBackend(self.server.url, timeout=5)


def table_text(page, column):
    model = page.model
    col = model.COLUMNS.index(column)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_request_written_offline_is_sent_when_back_online(qtbot, make_window, network):
    network.set_state(Connectivity.OFFLINE)
    server = FakeSupportServer()
    backends = ServerBackends(server)
    window = make_window(probes=[], backend_factory=backends)
    page = open_request_page(qtbot, window)
    page.load(complete_request())
    assert page.validate() == []
    with qtbot.waitSignal(page.submitted, timeout=10_000):
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    outbox = window.outbox_page
    assert window.current_page == "outbox"
    qtbot.waitUntil(lambda: table_text(outbox, "state") == ["Waiting to be sent"], timeout=10_000)
    assert backends.calls == 0, "offline: nothing is attempted"
    assert "1 request waiting" in window.status.waiting.text()

    server.start()
    try:
        beat = Heartbeat()
        beat.start()
        with qtbot.waitSignal(window.outbox.ticket_received, timeout=20_000) as got:
            network.set_state(Connectivity.ONLINE)
        qtbot.waitUntil(lambda: table_text(outbox, "ticket") == ["1"], timeout=10_000)
        beat.stop()
    finally:
        server.stop()
    assert got.args[1] == "1"
    assert table_text(outbox, "rma") == [""], "a ticket number is not an RMA number"
    assert table_text(outbox, "state") == ["Received: support ticket created"]
    assert "ticket #1" in outbox.banner.text()
    assert window.status.waiting.text() == "No request waiting"
    assert server.creates_per_submission() == {window.outbox.rows[0].id: 1}
    assert beat.max_gap_ms < 250, "the event loop kept running while the request was sent"


def test_inquiry_mail_carries_the_ticket_number_in_the_subject(qtbot, make_window):
    server = FakeSupportServer().start()
    try:
        window = make_window(probes=[], backend_factory=ServerBackends(server))
        page = open_request_page(qtbot, window)
        page.load(complete_request())
        with qtbot.waitSignal(window.outbox.ticket_received, timeout=20_000):
            page.submit()
        outbox = window.outbox_page
        qtbot.waitUntil(lambda: table_text(outbox, "ticket") == ["1"], timeout=10_000)
        outbox.table.selectRow(0)
        url = outbox.inquiry_url().toString()
        assert "subject=[#1]" in url.replace("%5B", "[").replace("%5D", "]").replace("%23", "#")
        server.set_step("1", "rma-issued", "4711")
        with qtbot.waitSignal(outbox.service.listed, timeout=10_000):
            outbox.service.refresh_status()
        qtbot.waitUntil(lambda: table_text(outbox, "rma") == ["4711"], timeout=10_000)
        assert table_text(outbox, "ticket") == ["1"]
    finally:
        server.stop()


def test_answer_lost_mid_send_is_recovered_at_next_start_without_a_duplicate(qtbot, make_window):
    from tests.fakes.support_server import Fault

    server = FakeSupportServer().start()
    try:
        server.fail_next(Fault(drop=True))  # the ticket is filed, but the answer never comes back
        first = make_window(probes=[], backend_factory=ServerBackends(server))
        page = open_request_page(qtbot, first)
        page.load(complete_request())
        with qtbot.waitSignal(page.submitted, timeout=10_000):
            page.submit()
        qtbot.waitUntil(lambda: bool(first.outbox.rows and first.outbox.rows[0].last_error), timeout=20_000)
        assert first.outbox.rows[0].support_ticket_number is None
        qtbot.waitUntil(lambda: not first.outbox.sending, timeout=10_000)
        first.close()

        second = make_window(probes=[], backend_factory=ServerBackends(server))
        with qtbot.waitSignal(second.outbox.ticket_received, timeout=20_000) as got:
            second.show()
        assert got.args[1] == "1"
        assert list(server.creates_per_submission().values()) == [1], "sent exactly once"
    finally:
        server.stop()


def test_without_a_configured_server_the_user_is_sent_to_settings(qtbot, make_window):
    from pixrma_desktop.support.credentials import KeyringCredentials

    window = make_window(probes=[], credentials_factory=KeyringCredentials)  # the real backend factory
    page = open_request_page(qtbot, window)
    page.load(complete_request())
    with qtbot.waitSignal(window.outbox.send_problem, timeout=20_000) as problem:
        page.submit()
    assert "open Settings" in problem.args[0]
    outbox = window.outbox_page
    qtbot.waitUntil(lambda: table_text(outbox, "state") == ["Waiting to be sent"], timeout=10_000)
    assert "open Settings" in outbox.banner.text()
    # Retrying every minute cannot help until the user sets a server up: the timer tries no more (and
    # leaves no warning in the log every minute); saving Settings sends again.
    service = window.outbox
    assert service.needs_setup
    service.retry_timer.timeout.emit()
    assert not service.sending
    window.settings_page.save()
    assert not service.needs_setup


def test_a_rejected_token_sends_the_user_to_settings(qtbot, make_window):
    server = FakeSupportServer(token="right-token").start()  # the app's backend sends no token
    try:
        window = make_window(probes=[], backend_factory=ServerBackends(server))
        page = open_request_page(qtbot, window)
        page.load(complete_request())
        with qtbot.waitSignal(window.outbox.send_problem, timeout=20_000) as problem:
            page.submit()
        assert "store a new token" in problem.args[0]
        assert server.tickets_snapshot() == []
        outbox = window.outbox_page
        qtbot.waitUntil(lambda: table_text(outbox, "state") == ["Waiting to be sent (will retry)"], timeout=10_000)
        assert "store a new token" in outbox.banner.text()
    finally:
        server.stop()


def test_a_pass_asked_for_during_a_send_runs_after_it_and_sends_everything_waiting(
    qtbot, make_window, network, monkeypatch
):
    """New settings or a token stored while a pass runs: the next pass must not skip requests in back-off."""
    import threading

    from pixrma_desktop.application.sending import SendPass
    from pixrma_desktop.outbox.sender import SendReport
    from pixrma_desktop.ui import outbox_service

    release = threading.Event()
    passes: list[bool] = []

    def recording_send_job(root, due_only):
        passes.append(due_only)
        if len(passes) == 1:
            release.wait(10)
        return SendPass(0, SendReport())

    monkeypatch.setattr(outbox_service, "send_job", recording_send_job)
    network.set_state(Connectivity.ONLINE)
    window = make_window(probes=[])
    service = window.outbox  # started on first use: its start-up pass (everything waiting) is the first one
    qtbot.waitUntil(lambda: passes == [False], timeout=10_000)
    assert service.send_pending(due_only=True) is None  # busy: remembered, not dropped
    assert service.send_pending(due_only=False) is None  # a token was stored meanwhile
    with qtbot.waitSignal(service.sending_changed, timeout=10_000, check_params_cb=lambda busy: busy):
        release.set()
    qtbot.waitUntil(lambda: not service.sending, timeout=10_000)
    assert passes == [False, False]
