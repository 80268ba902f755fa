"""The e-mail fallback end to end: submit by SMTP (aiosmtpd on loopback), then track with the autoreply's number."""

import email
import email.policy

from aiosmtpd.controller import Controller

from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.paths import resolve_paths
from tests.fakes.sample_requests import complete_request
from tests.integration.rt.server import free_port


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content)
        return "250 OK"


def test_submit_by_mail_then_type_in_the_ticket_number(capsys):
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        for key, value in [
            ("support.backend", "smtp"),
            ("support.smtp_host", "127.0.0.1"),
            ("support.smtp_port", str(port)),
            ("support.smtp_security", "none"),
            ("support.smtp_to", "support@vendor.example"),
            ("support.smtp_from", "lab@lab.example.org"),
        ]:
            assert main(["config", "set", key, value]) == exit_codes.OK
        paths = resolve_paths().ensure()
        with OutboxStore.open(paths.outbox_db) as store:
            draft = store.create_draft(complete_request(cameras=2))
        rid = draft.id[:8]
        capsys.readouterr()

        assert main(["submit", rid]) == exit_codes.OK
        submitted = capsys.readouterr().out
        assert "ticket number arrives in the autoreply" in submitted
        assert "support ticket #" not in submitted
    finally:
        controller.stop()

    [raw] = inbox.messages
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["X-Pixrma-Submission-Id"] == draft.id
    assert {part.get_filename() for part in message.iter_attachments()} >= {"cameras.json"}
    with OutboxStore.open(paths.outbox_db) as store:
        assert store.get(draft.id).state is RequestState.SUBMITTED

    assert main(["status", rid]) == exit_codes.OK
    out = capsys.readouterr().out
    assert "no ticket number" in out
    assert "autoreply" in out

    assert main(["status", rid, "--ticket-number", "Re: [Support #4321] AutoReply: RMA request"]) == exit_codes.OK
    assert "support ticket #4321" in capsys.readouterr().out
    with OutboxStore.open(paths.outbox_db) as store:
        assert store.get(draft.id).support_ticket_number == "4321"
    assert main(["status", rid, "--ticket-number", "99"]) == exit_codes.FAILED  # already known: not overwritten
    capsys.readouterr()

    main(["config", "set", "support.inquiry_to", "rma@vendor.example"])
    capsys.readouterr()
    assert main(["status", rid, "--offline", "--inquiry"]) == exit_codes.OK
    assert "subject=%5B%234321%5D" in capsys.readouterr().out
