"""The whole flow against the real RT: configure, log in, submit a draft, track it until an RMA number shows."""

import io

import pytest

from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.paths import resolve_paths
from tests.fakes.sample_requests import complete_request
from tests.integration.rt.desk import fresh_serials

pytestmark = pytest.mark.rt


def test_submit_then_status_shows_ticket_and_rma_numbers(rt_server, support_desk, capsys, monkeypatch):
    paths = resolve_paths().ensure()
    with OutboxStore.open(paths.outbox_db) as store:
        draft = store.create_draft(fresh_serials(complete_request(cameras=3)))
    rid = draft.id[:8]
    assert main(["config", "set", "support.rt_url", rt_server.url]) == exit_codes.OK
    monkeypatch.setattr("sys.stdin", io.StringIO(rt_server.app_token + "\n"))
    assert main(["login", "--token-stdin"]) == exit_codes.OK
    capsys.readouterr()

    assert main(["submit", rid]) == exit_codes.OK
    out = capsys.readouterr().out
    with OutboxStore.open(paths.outbox_db) as store:
        sent = store.get(draft.id)
    ticket = sent.support_ticket_number
    assert sent.state is RequestState.SUBMITTED
    assert f"support ticket #{ticket}" in out
    assert support_desk.tickets_with_submission(draft.id) == [ticket]
    fields = {cf["name"]: cf["values"] for cf in support_desk.ticket(ticket)["CustomFields"]}
    assert len(fields["Serial Numbers"]) == 3
    assert set(support_desk.attachments(ticket)) >= {"cameras.json"}

    assert main(["submit", rid]) == exit_codes.OK  # a second submit does not file a second ticket
    assert "already sent" in capsys.readouterr().out
    assert support_desk.tickets_with_submission(draft.id) == [ticket]

    assert main(["status", rid]) == exit_codes.OK
    assert "no RMA number yet" in capsys.readouterr().out

    rma = support_desk.issue_rma(ticket)
    assert main(["status"]) == exit_codes.OK
    out = capsys.readouterr().out
    assert f"support ticket #{ticket}" in out
    assert f"RMA number {rma}" in out
    with OutboxStore.open(paths.outbox_db) as store:
        tracked = store.get(draft.id)
    assert tracked.rma_number == rma
    assert tracked.support_ticket_number == ticket
    assert tracked.state is RequestState.RMA_ISSUED

    main(["config", "set", "support.inquiry_to", "support@vendor.example"])
    capsys.readouterr()
    assert main(["status", rid, "--offline", "--inquiry"]) == exit_codes.OK
    mailto = capsys.readouterr().out.strip()
    assert mailto.startswith("mailto:support@vendor.example?subject=%5B%23" + ticket + "%5D")
    eml = paths.data_dir / "inquiry.eml"
    assert main(["status", rid, "--offline", "--inquiry", str(eml)]) == exit_codes.OK
    assert f"Subject: [#{ticket}] Repair status inquiry" in eml.read_text()
    assert f"RMA number: {rma}" in eml.read_text()

    support_desk.set_status(rma, "resolved")
    support_desk.set_status(ticket, "resolved")
    assert main(["status", "--json"]) == exit_codes.OK
    assert "closed" in capsys.readouterr().out
    assert main(["status"]) == exit_codes.OK
    assert "No sent requests" in capsys.readouterr().out
    assert main(["status", "--all", "--offline"]) == exit_codes.OK
    assert f"RMA number {rma}" in capsys.readouterr().out


def test_submit_without_login_keeps_the_request_queued(rt_server, capsys):
    paths = resolve_paths().ensure()
    with OutboxStore.open(paths.outbox_db) as store:
        draft = store.create_draft(complete_request(cameras=1))
    main(["config", "set", "support.rt_url", rt_server.url])

    assert main(["submit", draft.id[:8]]) == exit_codes.NOT_CONFIGURED
    assert "pixrma login" in capsys.readouterr().err
    with OutboxStore.open(paths.outbox_db) as store:
        assert store.get(draft.id).state is RequestState.QUEUED
