"""E-mail with an unknown outcome is never sent twice on its own, a mailed request is shown as untracked, and
"Test connection" for SMTP really connects and logs in, against a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import pytest

from pixrma_desktop.outbox.sender import Outcome, Sender
from pixrma_desktop.outbox.state import RequestState, state_label
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.support.backend import AuthError
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.smtp import SmtpBackend
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import complete_request
from tests.integration.rt.server import free_port
from tests.unit.test_smtp import Inbox, settings_for, start


class DropAfterData(Inbox):
    """Takes the message, then drops the connection before answering: the client cannot know it was sent."""

    async def handle_DATA(self, server, session, envelope):
        await super().handle_DATA(server, session, envelope)
        server.transport.abort()
        return "250 never heard"


@pytest.fixture
def store(tmp_path):
    with OutboxStore.open(tmp_path / "outbox.sqlite3") as opened:
        yield opened


def _sender(store, port, tmp_path):
    return Sender(store, SmtpBackend(settings_for(port, "none")), bundle_maker(tmp_path / "bundles"))


def test_a_connection_dropped_after_data_may_have_been_sent_and_is_not_sent_again(store, tmp_path):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    inbox = DropAfterData()
    controller, port = start(inbox)
    try:
        first = _sender(store, port, tmp_path).run_once(due_only=False)
        again = _sender(store, port, tmp_path).run_once(due_only=False)
    finally:
        controller.stop()

    [result] = first.results
    assert result.outcome is Outcome.NEEDS_ATTENTION
    assert "may have been sent" in result.message
    assert "May have been sent — check your Sent folder" in result.message
    assert again.results == [], "nothing is sent again without the user"
    assert len(inbox.messages) == 1
    row = store.get(request.id)
    assert row.state is RequestState.NEEDS_ATTENTION
    assert row.maybe_sent
    assert "send again" in row.attention_message
    assert "mark as sent" in row.attention_message


def test_send_again_after_checking_sends_a_second_mail_only_then(store, tmp_path):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    dropping, port = start(DropAfterData())
    try:
        _sender(store, port, tmp_path).run_once(due_only=False)
    finally:
        dropping.stop()
    store.queue(request.id, confirmed_not_sent=True)
    inbox = Inbox()
    controller, port = start(inbox)
    try:
        [result] = _sender(store, port, tmp_path).run_once(due_only=False).results
    finally:
        controller.stop()
    assert result.outcome is Outcome.SUBMITTED
    assert len(inbox.messages) == 1
    row = store.get(request.id)
    assert state_label(row.state, row.case_step) == "sent by e-mail (no tracking)"


def test_a_sender_that_died_mid_mail_does_not_resend(store, tmp_path):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    store.acquire_lease("died", 0.0)  # its lease expires at once: the mail may or may not have left
    inbox = Inbox()
    controller, port = start(inbox)
    try:
        [result] = _sender(store, port, tmp_path).run_once(due_only=False).results
    finally:
        controller.stop()
    assert result.outcome is Outcome.NEEDS_ATTENTION
    assert inbox.messages == []


def test_mark_as_sent_after_checking(store):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    lease = store.acquire_lease("a", 60)
    store.mark_needs_attention(request.id, "may have been sent", owner="a", maybe_sent=True)
    assert lease.request_id == request.id
    row = store.mark_sent(request.id[:8])
    assert row.state is RequestState.SUBMITTED
    assert row.case_step == "sent-by-email"
    assert state_label(row.state, row.case_step) == "sent by e-mail (no tracking)"
    assert state_label(RequestState.SUBMITTED, None) == "submitted"


def test_outbox_retry_and_mark_sent_commands(capsys):
    from pixrma_desktop.cli import main
    from pixrma_desktop.paths import resolve_paths

    request = complete_request()
    with OutboxStore.open(resolve_paths().ensure().outbox_db) as store:
        store.create_draft(request)
        store.queue(request.id)
        store.acquire_lease("a", 60)
        store.mark_needs_attention(request.id, "may have been sent", owner="a", maybe_sent=True)
    assert main(["outbox", "retry", request.id[:8]]) == 0
    with OutboxStore.open(resolve_paths().outbox_db) as store:
        row = store.get(request.id)
        assert (row.state, row.maybe_sent) == (RequestState.QUEUED, False)
        assert main(["outbox", "mark-sent", request.id[:8]]) == 2, "nothing says it may have been sent any more"
        store.acquire_lease("b", 60)
        store.mark_needs_attention(request.id, "may have been sent", owner="b", maybe_sent=True)
    assert main(["outbox", "mark-sent", request.id[:8]]) == 0
    out = capsys.readouterr().out
    assert "as sent by e-mail (no tracking)" in out
    assert main(["draft", "list"]) == 0
    assert "sent by e-mail (no tracking)" in capsys.readouterr().out


def test_test_connection_logs_in_and_sends_nothing():
    inbox = Inbox()
    controller, port = start(inbox)
    try:
        plain = SmtpBackend(settings_for(port, "none")).check()
        logged_in = SmtpBackend(
            settings_for(port, "none", smtp_user="lab-user"), Credential(user="lab-user", password="right-password")
        ).check()
        with pytest.raises(AuthError, match="did not accept"):
            SmtpBackend(
                settings_for(port, "none", smtp_user="lab-user"), Credential(user="lab-user", password="wrong")
            ).check()
    finally:
        controller.stop()
    assert plain.ok, plain.message
    assert "no e-mail was sent" in plain.message
    assert logged_in.ok
    assert "logged in as lab-user" in logged_in.message
    assert inbox.messages == []


def test_test_connection_against_a_closed_port_fails():
    from pixrma_desktop.application.accounts import check_connection

    settings = settings_for(free_port(), "none")
    check = SmtpBackend(settings).check()
    assert not check.ok
    assert f"Could not connect to the mail server 127.0.0.1 on port {settings.smtp_port}" in check.message
    result = check_connection(_app_settings(settings), None)
    assert not result.ok
    assert "Could not connect" in result.message


def _app_settings(support):
    from pixrma_desktop.settings import Settings

    settings = Settings()
    settings.support = support
    return settings
