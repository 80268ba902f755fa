"""Support ticket numbers in mail subjects and in what users type; the status inquiry e-mail the vendor asks for.

Two different numbers, never to be mixed up:
- the support ticket number, in the autoreply and in inquiries as ``[#1234]`` (RT writes ``[Support #1234]``),
- the RMA number, issued later, in subjects as ``[RMA#56]`` (the vendor's page) or ``[RMA #56]`` (RT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import quote

_TICKET_TAG = re.compile(r"\[\s*(?:([^\[\]#]*?)\s*)#\s*(\d+)\s*\]")
_BARE_NUMBER = re.compile(r"^\s*(?:(?:ticket|support)\s*)?#?\s*(\d+)\s*$", re.IGNORECASE)


def ticket_number_in(text: str) -> str | None:
    """The support ticket number from an autoreply subject (``[#1234]``, ``[Support #1234]``, ``[rt.example
    #1234]``) or from what a user typed (``1234``, ``#1234``). An RMA tag is never taken for a ticket number."""
    for match in _TICKET_TAG.finditer(text):
        tag = match.group(1) or ""
        if tag.strip().upper() != "RMA":
            return str(int(match.group(2)))
    bare = _BARE_NUMBER.match(text)
    return str(int(bare.group(1))) if bare else None


@dataclass(frozen=True)
class InquiryEmail:
    """The repair status inquiry: ticket number as ``[#XXXX]`` in the subject, as the vendor asks."""

    to: str
    subject: str
    body: str
    sender: str = ""

    def mailto_url(self) -> str:
        return (
            f"mailto:{quote(self.to, safe='@')}?subject={quote(self.subject, safe='')}&body={quote(self.body, safe='')}"
        )

    def to_eml(self) -> bytes:
        """An .eml file any mail program opens as a ready-to-send message."""
        message = EmailMessage()
        message["To"] = self.to
        if self.sender:
            message["From"] = self.sender
        message["Subject"] = self.subject
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain="pixrma-desktop")
        message["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft
        message.set_content(self.body)
        return bytes(message)


def inquiry_email(
    ticket_number: str,
    to: str,
    *,
    serials: tuple[str, ...] = (),
    rma_number: str | None = None,
    sender: str = "",
    name: str = "",
) -> InquiryEmail:
    number = ticket_number_in(ticket_number)
    if number is None:
        raise ValueError(f"{ticket_number!r} is not a support ticket number")
    lines = [
        "Hello,",
        "",
        "I would like to ask about the repair status of the camera(s) from this request.",
        "",
        f"Support ticket number: #{number}",
        f"RMA number: {rma_number}" if rma_number else "RMA number: not issued yet",
    ]
    if serials:
        lines.append("Serial number(s): " + ", ".join(serials))
    lines += ["", "Thank you,", name or ""]
    return InquiryEmail(
        to=to, subject=f"[#{number}] Repair status inquiry", body="\n".join(lines).rstrip() + "\n", sender=sender
    )
