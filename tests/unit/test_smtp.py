"""The e-mail fallback against a real SMTP server (aiosmtpd) on loopback: plain, STARTTLS and implicit TLS."""

import email
import email.policy
import ssl

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.backend import Attachment, AuthError, CaseStep, PermanentError, Submission, TransientError
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.smtp import SUBMISSION_HEADER, SmtpBackend
from pixrma_desktop.support.transport import UnsafeTransportError
from tests.integration.rt.server import free_port


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, envelope.rcpt_tos, envelope.content))
        return "250 Message accepted for delivery"


def check_password(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"lab-user" and auth_data.password == b"right-password"
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def start(inbox, *, ca=None, mode="none"):
    port = free_port()
    kwargs = {}
    if ca is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(context)
        kwargs["ssl_context" if mode == "ssl" else "tls_context"] = context
        if mode == "starttls":
            kwargs["require_starttls"] = True
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=check_password,
        auth_require_tls=mode == "starttls",
        server_hostname="127.0.0.1",
        **kwargs,
    )
    controller.start()
    return controller, port


@pytest.fixture
def submission(tmp_path):
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(bytes(range(256)) * 100)
    cameras = tmp_path / "cameras.json"
    cameras.write_text('{"cameras": []}')
    return Submission(
        submission_id="0b3f-sub",
        subject="RMA request: 2 cameras (PL-D7512)",
        requestor_email="user@lab.example.org",
        body="Camera stops streaming.",
        serials=("PX-1", "PX-2"),
        attachments=(
            Attachment(bundle, "bundle.zip", "application/zip"),
            Attachment(cameras, "cameras.json", "application/json"),
        ),
    )


def settings_for(port, security, **more):
    return SupportSettings(
        backend="smtp",
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security=security,
        smtp_to="support@vendor.example",
        smtp_from="lab@lab.example.org",
        timeout_s=10,
        **more,
    )


def test_plain_smtp_on_loopback_sends_the_report_and_attachments(submission):
    inbox = Inbox()
    controller, port = start(inbox)
    try:
        ref = SmtpBackend(settings_for(port, "none")).create(submission)
    finally:
        controller.stop()

    assert ref.ticket_id == ""
    assert ref.backend == "smtp"
    [(sender, recipients, content)] = inbox.messages
    assert sender == "lab@lab.example.org"
    assert recipients == ["support@vendor.example"]
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert message["Subject"] == submission.subject
    assert message["Reply-To"] == "user@lab.example.org"
    assert message[SUBMISSION_HEADER] == "0b3f-sub"
    assert message["Message-ID"] == "<0b3f-sub@pixrma-desktop>"
    files = {part.get_filename(): part.get_payload(decode=True) for part in message.walk() if part.get_filename()}
    assert files == {a.filename: a.path.read_bytes() for a in submission.attachments}
    text = next(p for p in message.walk() if p.get_content_type() == "text/plain" and not p.get_filename())
    assert "PX-1, PX-2" in text.get_content()


@pytest.mark.parametrize("mode", ["starttls", "ssl"])
def test_tls_with_a_custom_ca_and_a_password(ca, tmp_path, submission, mode):
    bundle = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    inbox = Inbox()
    controller, port = start(inbox, ca=ca, mode=mode)
    try:
        backend = SmtpBackend(
            settings_for(port, mode, ca_bundle=str(bundle), smtp_user="lab-user"),
            Credential(user="lab-user", password="right-password"),
        )
        backend.create(submission)
        wrong = SmtpBackend(
            settings_for(port, mode, ca_bundle=str(bundle), smtp_user="lab-user"),
            Credential(user="lab-user", password="wrong-password"),
        )
        with pytest.raises(AuthError, match="pixrma login") as caught:
            wrong.create(submission)
    finally:
        controller.stop()
    assert len(inbox.messages) == 1
    assert "wrong-password" not in str(caught.value)


def test_certificate_not_trusted_without_the_ca(ca, submission):
    inbox = Inbox()
    controller, port = start(inbox, ca=ca, mode="ssl")
    try:
        with pytest.raises(PermanentError, match=r"support\.ca_bundle"):
            SmtpBackend(settings_for(port, "ssl")).create(submission)
    finally:
        controller.stop()
    assert inbox.messages == []


def test_plain_smtp_to_another_host_is_refused():
    settings = settings_for(25, "none")
    settings.smtp_host = "mail.example.com"
    with pytest.raises(UnsafeTransportError, match="starttls or ssl"):
        SmtpBackend(settings)


def test_no_server_is_transient_and_certain(submission):
    with pytest.raises(TransientError) as caught:
        SmtpBackend(settings_for(free_port(), "none")).create(submission)
    assert not caught.value.uncertain


def test_mail_is_not_searchable_and_status_asks_for_the_autoreply_number():
    backend = SmtpBackend(settings_for(25, "none"))
    assert backend.find("anything") is None
    from pixrma_desktop.support.backend import TicketRef

    status = backend.status(TicketRef("1234", backend="smtp"))
    assert status.step is CaseStep.SENT_BY_EMAIL
    assert backend.searchable is False
    assert status.server_status == "unknown"
    assert "#1234" in status.detail
