"""The duplicate guard's matching: other open requests naming the same serial, and tickets only the server has."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pixrma_desktop.outbox.duplicates import local_matches, with_server_tickets
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.support.backend import CaseStep, OpenTicket, TicketRef, TicketStatus
from tests.fakes.sample_requests import complete_request


@pytest.fixture
def store(tmp_path):
    with OutboxStore.open(tmp_path / "outbox.sqlite3") as opened:
        yield opened


def _send(store, request, ticket):
    store.create_draft(request)
    store.queue(request.id)
    store.acquire_lease("me", 60)
    return store.record_submitted(request.id, TicketRef(ticket), owner="me")


def test_a_draft_and_a_sent_request_naming_the_serial_are_found_but_not_the_request_itself(store):
    sent = complete_request(cameras=2)  # serials 712345678 and 712340001
    _send(store, sent, "205")
    draft = complete_request()
    store.create_draft(draft)
    checking = complete_request()

    found = local_matches(store.list(), [" 712345678 ", "999"], exclude_id=checking.id)

    assert {(m.request_id, m.ticket_number, m.serials) for m in found} == {
        (sent.id, "205", ("712345678",)),
        (draft.id, None, ("712345678",)),
    }
    assert local_matches(store.list(), ["712345678"], exclude_id=draft.id)[0].request_id == sent.id


def test_serials_match_whatever_their_case_and_spacing(store):
    request = complete_request()
    store.create_draft(request)
    assert [m.serials for m in local_matches(store.list(), ["7123 45678"], exclude_id="other")] == [("7123 45678",)]


def test_a_closed_case_is_history_not_a_duplicate(store):
    closed = complete_request()
    _send(store, closed, "300")
    store.record_status(closed.id, TicketStatus(TicketRef("300"), CaseStep.CLOSED, "resolved"))
    assert local_matches(store.list(), ["712345678"], exclude_id="other") == []


def test_server_tickets_are_added_unless_a_local_request_stands_for_them(store):
    sent = complete_request()
    _send(store, sent, "205")
    local = local_matches(store.list(), ["712345678"], exclude_id="other")
    tickets = [
        OpenTicket("205", "new", "RMA request", "2026-11-02T10:00:00Z", ("712345678",)),
        OpenTicket("190", "open", "Camera flickers", "2026-10-01T08:30:00Z", ("712345678",), rma_number="41"),
    ]

    merged = with_server_tickets(local, tickets)

    assert [(m.request_id, m.ticket_number, m.rma_number, m.state) for m in merged] == [
        (sent.id, "205", None, "submitted"),
        (None, "190", "41", "open"),
    ]
    assert merged[1].when == datetime(2026, 10, 1, 8, 30, tzinfo=UTC).timestamp()
