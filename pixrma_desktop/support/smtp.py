"""E-mail fallback backend: the same report and attachments, sent to the vendor's support address by SMTP.

For vendors without an API. Mail cannot be searched or tracked: ``find`` knows nothing (``searchable`` is
False, so the sender never resends after an unknown outcome: the user checks and decides), a sent request
shows as "sent by e-mail (no tracking)", and the ticket number arrives in the vendor's autoreply — the user
types it in to keep tracking the case. ``check`` connects and logs in (EHLO, STARTTLS, AUTH) and sends
nothing. The submission id is in the Message-ID and a header, so a support system that de-duplicates by
Message-ID drops a re-send.
Transport: STARTTLS or implicit TLS with verified certificates; plain SMTP only to a server on loopback.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.backend import (
    AuthError,
    CaseStep,
    ConnectionCheck,
    PermanentError,
    Submission,
    TicketRef,
    TicketStatus,
    TransientError,
)
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.transport import UnsafeTransportError, is_loopback_host, verify_option

SUBMISSION_HEADER = "X-Pixrma-Submission-Id"


def build_message(submission: Submission, sender: str, recipient: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = submission.subject
    message["From"] = sender
    message["To"] = recipient
    if submission.requestor_email and submission.requestor_email != sender:
        message["Reply-To"] = submission.requestor_email
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = f"<{submission.submission_id}@pixrma-desktop>"
    message[SUBMISSION_HEADER] = submission.submission_id
    lines = [submission.body.rstrip(), ""]
    if submission.serials:
        lines.append("Serial numbers: " + ", ".join(submission.serials))
    lines.append(f"Submission id: {submission.submission_id}")
    message.set_content("\n".join(lines) + "\n")
    for attachment in submission.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        message.add_attachment(
            Path(attachment.path).read_bytes(),
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return message


class SmtpBackend:
    """``SupportBackend`` that mails the request; ``create`` returns a ticket reference without a number."""

    name = "smtp"
    searchable = False
    """``find`` can never find a sent mail: an attempt with an unknown outcome is not repeated on its own."""

    def __init__(self, settings: SupportSettings, credential: Credential | None = None) -> None:
        self.settings = settings
        self._credential = credential
        if settings.smtp_security == "none" and not is_loopback_host(settings.smtp_host):
            raise UnsafeTransportError(
                f"Unencrypted SMTP to {settings.smtp_host} would expose the report and the password. Set "
                "`support.smtp_security` to starttls or ssl (plain SMTP is accepted only on this computer)."
            )

    def __repr__(self) -> str:
        return f"SmtpBackend({self.settings.smtp_host!r}:{self.settings.smtp_port})"

    def _tls(self) -> ssl.SSLContext:
        cafile = verify_option(self.settings.ca_bundle)
        return ssl.create_default_context(cafile=cafile if isinstance(cafile, str) else None)

    @contextlib.contextmanager
    def _session(self) -> Iterator[smtplib.SMTP]:
        """Connected, secured and logged in (or greeted with EHLO when there is no login); said goodbye to
        (QUIT, or the socket closed when the server is gone) whatever happens inside."""
        client = self._connect()
        try:
            if self._credential is not None and self._credential.kind == "password":
                client.login(self._credential.user, self._credential.password)
            else:
                client.ehlo_or_helo_if_needed()
            yield client
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()

    def _refused_login(self) -> AuthError:
        return AuthError(
            f"The mail server {self.settings.smtp_host} did not accept the user name and password. Log in again "
            "with `pixrma login`."
        )

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        timeout = s.timeout_s
        if s.smtp_security == "ssl":
            return smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, timeout=timeout, context=self._tls())
        client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=timeout)
        if s.smtp_security == "starttls":
            client.ehlo()
            if not client.has_extn("starttls"):
                client.close()
                raise PermanentError(
                    f"The mail server {s.smtp_host} does not offer STARTTLS. Use `support.smtp_security ssl` "
                    "with its TLS port (often 465)."
                )
            client.starttls(context=self._tls())
            client.ehlo()
        return client

    def create(self, submission: Submission) -> TicketRef:
        s = self.settings
        try:
            message = build_message(submission, s.smtp_from, s.smtp_to)
        except OSError as exc:
            raise PermanentError(f"An attachment cannot be read ({exc.strerror or exc}); rebuild the bundle.") from None
        data_sent = False
        try:
            with self._session() as client:
                data_sent = True  # from here on the server may have accepted the message
                client.send_message(message)
        except smtplib.SMTPAuthenticationError:
            raise self._refused_login() from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            if all(400 <= code < 500 for code in codes):
                raise TransientError(f"The mail server deferred the message ({codes}); it is retried later.") from None
            raise PermanentError(
                f"The mail server refused the support address {s.smtp_to} ({codes}). Check `support.smtp_to`."
            ) from None
        except smtplib.SMTPResponseException as exc:
            text = (
                exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
            )
            if 400 <= exc.smtp_code < 500:
                raise TransientError(f"The mail server is busy ({exc.smtp_code} {text}); retried later.") from None
            raise PermanentError(f"The mail server refused the message ({exc.smtp_code} {text}).") from None
        except ssl.SSLError as exc:
            raise PermanentError(
                f"The mail server's certificate was not accepted ({exc.reason or exc}). If your company uses its "
                "own certificate authority, set `support.ca_bundle` to its PEM file."
            ) from None
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            if data_sent:
                raise TransientError(
                    f"The connection to the mail server {s.smtp_host} was lost while the e-mail was being handed "
                    f"over ({type(exc).__name__}), so it may have been sent.",
                    uncertain=True,
                ) from None
            raise TransientError(
                f"Sending the e-mail to {s.smtp_host} failed ({type(exc).__name__}); it stays in the outbox."
            ) from None
        return TicketRef(ticket_id="", url=None, backend=self.name, tracked=False)

    def check(self) -> ConnectionCheck:
        """Connect, greet (EHLO), secure the line (STARTTLS or TLS) and log in as ``create`` would, then say
        goodbye: no message is sent. Rejected credentials raise ``AuthError``."""
        s = self.settings
        logged_in = self._credential is not None and self._credential.kind == "password"
        try:
            with self._session():
                pass
        except smtplib.SMTPAuthenticationError:
            raise self._refused_login() from None
        except smtplib.SMTPNotSupportedError:
            return ConnectionCheck(
                False, f"The mail server {s.smtp_host} does not offer a login (AUTH); check the port and security."
            )
        except ssl.SSLError as exc:
            return ConnectionCheck(
                False,
                f"The mail server's certificate was not accepted ({exc.reason or exc}). If your company uses its "
                "own certificate authority, set `support.ca_bundle` to its PEM file.",
            )
        except PermanentError as exc:
            return ConnectionCheck(False, str(exc))
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            return ConnectionCheck(
                False,
                f"Could not connect to the mail server {s.smtp_host} on port {s.smtp_port} ({reason}). Check the "
                "address, the port and the security setting.",
            )
        how = {"starttls": "STARTTLS", "ssl": "TLS", "none": "no encryption (this computer only)"}[s.smtp_security]
        who = f"logged in as {self._credential.user}" if logged_in and self._credential else "no login configured"
        return ConnectionCheck(
            True,
            f"Connected to the mail server {s.smtp_host}:{s.smtp_port} ({how}, {who}); no e-mail was sent.",
        )

    def find(self, submission_id: str) -> TicketRef | None:
        return None  # mail cannot be searched: the number comes with the vendor's autoreply

    def status(self, ticket: TicketRef) -> TicketStatus:
        number = f"ticket #{ticket.ticket_id}" if ticket.ticket_id else "the ticket number from the autoreply"
        return TicketStatus(
            ticket=ticket,
            step=CaseStep.SENT_BY_EMAIL,
            server_status="unknown",
            detail=(
                f"Requests sent by e-mail are not tracked automatically: ask support by e-mail with {number} "
                "in the subject (the inquiry button builds that e-mail)."
            ),
        )
