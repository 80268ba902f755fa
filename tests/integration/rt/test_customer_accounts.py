"""Filing as a customer: an unprivileged account whose rights come only from the Everyone group and the Requestor
role, one account per customer, the way a vendor hands out access. Nothing needs a privileged or shared account."""

from __future__ import annotations

import dataclasses

import pytest

from pixrma_desktop.support.backend import PermanentError, TicketRef
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from tests.integration.rt.desk import make_submission

pytestmark = pytest.mark.rt

CUSTOMER_ADDRESS = "buyer@lab-a.test"
"""customer-a's address in RT (tests/integration/rt/setup.pl); its user name is not an address."""


@pytest.fixture
def customer(rt_server, rt_settings) -> RtBackend:
    return RtBackend(rt_settings, Credential(token=rt_server.customer_token))


@pytest.fixture
def other_customer(rt_server, rt_settings) -> RtBackend:
    return RtBackend(rt_settings, Credential(token=rt_server.other_customer_token))


def test_a_customer_files_and_follows_their_own_ticket_with_nothing_reported_lost(customer, tmp_path):
    submission = dataclasses.replace(make_submission(tmp_path, cameras=2), requestor_email=CUSTOMER_ADDRESS)

    ref = customer.create(submission)

    assert ref.unsaved_fields == ()  # REST2 names the requestor "customer-a"; the read-back resolves the address
    assert customer.find(submission.submission_id) == dataclasses.replace(ref, unsaved_fields=())
    assert customer.status(ref).server_status == "new"


def test_a_second_customer_sees_none_of_the_first_customers_tickets(customer, other_customer, tmp_path):
    submission = dataclasses.replace(make_submission(tmp_path, cameras=1), requestor_email=CUSTOMER_ADDRESS)
    ref = customer.create(submission)

    assert other_customer.find(submission.submission_id) is None
    with pytest.raises(PermanentError, match="403"):
        other_customer.status(TicketRef(ref.ticket_id, ref.url, "rt"))


def test_open_tickets_naming_a_serial_are_the_customers_own_and_not_resolved(
    customer, other_customer, support_desk, tmp_path
):
    first = dataclasses.replace(make_submission(tmp_path / "a", cameras=2), requestor_email=CUSTOMER_ADDRESS)
    ref = customer.create(first)
    serial = first.serials[0]

    [found] = [t for t in customer.open_tickets_naming([serial, "NOT-A-SERIAL"]) if t.ticket_id == ref.ticket_id]
    assert (found.serials, found.status, found.rma_number) == ((serial,), "new", None)
    assert other_customer.open_tickets_naming([serial]) == []

    rma = support_desk.issue_rma(ref.ticket_id, requestor=CUSTOMER_ADDRESS)
    [found] = [t for t in customer.open_tickets_naming([serial]) if t.ticket_id == ref.ticket_id]
    assert found.rma_number == rma

    support_desk.set_status(ref.ticket_id, "resolved")
    assert ref.ticket_id not in {t.ticket_id for t in customer.open_tickets_naming([serial])}
