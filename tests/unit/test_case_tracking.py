import email
from urllib.parse import parse_qs, urlsplit

import pytest

from pixrma_desktop.support.case_tracking import inquiry_email, ticket_number_in


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("[#1234] Repair status inquiry", "1234"),
        ("Re: [Support #1234] AutoReply: RMA request", "1234"),
        ("[pixrma.test #0042]", "42"),
        ("1234", "1234"),
        ("#1234", "1234"),
        (" ticket 99 ", "99"),
        ("[RMA #56] Return instructions", None),
        ("[RMA#56] [Support #12] both", "12"),
        ("no number", None),
    ],
)
def test_ticket_numbers_from_autoreplies_and_typing(text, number):
    assert ticket_number_in(text) == number


def test_inquiry_has_the_ticket_number_in_the_subject_and_both_numbers_named():
    inquiry = inquiry_email("[Support #1234]", "support@vendor.example", serials=("PX-1", "PX-2"), rma_number="56")

    assert inquiry.subject == "[#1234] Repair status inquiry"
    assert "Support ticket number: #1234" in inquiry.body
    assert "RMA number: 56" in inquiry.body
    assert "PX-1, PX-2" in inquiry.body


def test_inquiry_mailto_url_round_trips():
    inquiry = inquiry_email("1234", "support@vendor.example")
    parts = urlsplit(inquiry.mailto_url())
    query = parse_qs(parts.query)

    assert parts.scheme == "mailto"
    assert parts.path == "support@vendor.example"
    assert query["subject"] == ["[#1234] Repair status inquiry"]
    assert query["body"] == [inquiry.body]
    assert "RMA number: not issued yet" in inquiry.body


def test_inquiry_eml_opens_as_a_draft():
    inquiry = inquiry_email("1234", "support@vendor.example", sender="me@lab.example.org")
    message = email.message_from_bytes(inquiry.to_eml())

    assert message["Subject"] == "[#1234] Repair status inquiry"
    assert message["To"] == "support@vendor.example"
    assert message["X-Unsent"] == "1"
    assert "#1234" in message.get_payload()


def test_inquiry_refuses_what_is_not_a_ticket_number():
    with pytest.raises(ValueError, match="not a support ticket number"):
        inquiry_email("[RMA #56]", "support@vendor.example")
