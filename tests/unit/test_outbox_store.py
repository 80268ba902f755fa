"""The outbox store: states, autosave, ids, permissions, leases, damaged files and the error taxonomy."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from pixrma_desktop.outbox.errors import (
    AmbiguousIdError,
    CorruptStoreError,
    DiskFullError,
    EditConflictError,
    LeaseLostError,
    NewerSchemaError,
    NotEditableError,
    ReadOnlyStoreError,
    RequestIncompleteError,
    RequestNotFoundError,
    StoreBug,
    StoreBusyError,
    UserActionableError,
    translate,
)
from pixrma_desktop.outbox.schema import SCHEMA_VERSION
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.rma.request import RmaRequest
from pixrma_desktop.support.backend import CaseStep, TicketRef, TicketStatus
from tests.fakes.sample_requests import complete_request


class Clock:
    def __init__(self, now=1_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    with OutboxStore.open(tmp_path / "outbox.sqlite3", clock=clock) as opened:
        yield opened


def test_new_database_is_private_wal_and_current(tmp_path):
    path = tmp_path / "data" / "outbox.sqlite3"
    with OutboxStore.open(path) as store:
        store.create_draft(RmaRequest())
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            assert stat.S_IMODE(companion.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_autosave_keeps_every_revision_and_reopens_intact(tmp_path, clock):
    path = tmp_path / "outbox.sqlite3"
    request = complete_request()
    with OutboxStore.open(path, clock=clock) as store:
        assert store.create_draft(request).revision == 1
        for n in range(5):
            request = request.model_copy(update={"notes": f"note {n}"})
            clock.now += 1
            assert store.save_draft(request) == n + 2
    with OutboxStore.open(path) as store:
        row = store.get(request.id)
        assert row.request == request
        assert row.revision == 6
        assert row.updated_at == clock.now
        assert row.title == "RMA request: Pixelink PL-D755MU S/N 712345678"


def test_lifecycle_draft_to_closed_keeps_ticket_and_rma_numbers_apart(store):
    request = complete_request()
    store.create_draft(request)
    assert store.queue(request.id[:8]).state is RequestState.QUEUED
    lease = store.acquire_lease("me", 60)
    assert lease is not None
    assert lease.request_id == request.id
    assert not lease.lookup_first
    row = store.record_submitted(request.id, TicketRef("1234", "http://x/1234"), owner="me")
    assert (row.state, row.support_ticket_number, row.rma_number) == (RequestState.SUBMITTED, "1234", None)
    row = store.record_status(request.id, TicketStatus(TicketRef("1234"), CaseStep.REMOTE_FIX_PROPOSED, "open"))
    assert row.state is RequestState.REMOTE_FIX_PROPOSED
    row = store.record_status(request.id, TicketStatus(TicketRef("1234"), CaseStep.RMA_ISSUED, "open", "RMA-77"))
    assert (row.state, row.support_ticket_number, row.rma_number) == (RequestState.RMA_ISSUED, "1234", "RMA-77")
    row = store.record_status(request.id, TicketStatus(TicketRef("1234"), CaseStep.CLOSED, "resolved"))
    assert (row.state, row.rma_number, row.server_status) == (RequestState.CLOSED, "RMA-77", "resolved")
    events = [e for _, e, _ in store.events(request.id)]
    assert events == ["created", "queued", "lease", "submitted", "status", "status", "status"]


def test_only_drafts_and_requests_needing_attention_are_editable(store):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    with pytest.raises(NotEditableError, match="waiting to be sent"):
        store.save_draft(request)
    store.unqueue(request.id)
    store.save_draft(request)
    store.queue(request.id)
    lease = store.acquire_lease("me", 60)
    store.mark_needs_attention(request.id, "Requestor is not a valid address", owner=lease.owner)
    row = store.get(request.id)
    assert row.state is RequestState.NEEDS_ATTENTION
    assert row.attention_message == "Requestor is not a valid address"
    assert store.save_draft(request) == row.revision + 1
    assert store.queue(request.id).attention_message is None


def test_queue_refuses_incomplete_requests_with_every_problem(store):
    request = RmaRequest()
    store.create_draft(request)
    with pytest.raises(RequestIncompleteError) as caught:
        store.queue(request.id)
    assert [p.field for p in caught.value.problems][:2] == ["contact.name", "contact.email"]
    assert store.get(request.id).state is RequestState.DRAFT


def test_ids_resolve_by_unique_prefix(store):
    a = RmaRequest.model_validate({"submission_id": "aaaa1111-0000-4000-8000-000000000000"})
    b = RmaRequest.model_validate({"submission_id": "aaaa2222-0000-4000-8000-000000000000"})
    store.create_draft(a)
    store.create_draft(b)
    assert store.get("aaaa1").id == a.id
    with pytest.raises(AmbiguousIdError):
        store.get("aaaa")
    with pytest.raises(RequestNotFoundError):
        store.get("bbbb")
    with pytest.raises(RequestNotFoundError):
        store.get("a%")


def test_list_filters_by_state_newest_first(store, clock):
    ids = []
    for _ in range(3):
        request = complete_request()
        clock.now += 1
        store.create_draft(request)
        ids.append(request.id)
    clock.now += 1
    store.queue(ids[0])
    assert [r.id for r in store.list()] == [ids[0], ids[2], ids[1]]
    assert [r.id for r in store.list([RequestState.QUEUED])] == [ids[0]]
    assert store.counts() == {RequestState.DRAFT: 2, RequestState.QUEUED: 1}


def test_lease_is_exclusive_until_it_expires(store, clock):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    first = store.acquire_lease("a", 60)
    assert first is not None
    assert store.acquire_lease("b", 60) is None
    clock.now += 61
    second = store.acquire_lease("b", 60)
    assert second is not None
    assert second.lookup_first
    with pytest.raises(LeaseLostError):
        store.release_lease(first, retry_at=clock.now, error="x", maybe_sent=False)
    with pytest.raises(LeaseLostError):
        store.record_submitted(request.id, TicketRef("9"), owner="a")
    store.release_lease(second, retry_at=clock.now + 30, error="timeout", maybe_sent=True)
    row = store.get(request.id)
    assert (row.state, row.maybe_sent, row.last_error, row.next_attempt_at) == (
        RequestState.QUEUED,
        True,
        "timeout",
        clock.now + 30,
    )
    assert store.acquire_lease("c", 60) is None  # not due yet
    third = store.acquire_lease("c", 60, due_only=False)
    assert third is not None
    assert third.lookup_first
    assert third.stored.attempts == 2


def test_a_request_that_may_have_been_sent_cannot_be_taken_back(store, clock):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    lease = store.acquire_lease("a", 60)
    store.release_lease(lease, retry_at=clock.now, error="reset", maybe_sent=True)
    with pytest.raises(NotEditableError):
        store.unqueue(request.id)


def test_damaged_database_is_moved_aside_and_a_new_one_started(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"this is not a database, just some bytes " * 200)
    with OutboxStore.open(path) as store:
        assert store.notice is not None
        assert "moved aside" in store.notice
        store.create_draft(RmaRequest())
        assert len(store.list()) == 1
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not a database")
    assert aside[0].name in store.notice


def test_truncated_database_is_moved_aside(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    with OutboxStore.open(path) as store:
        for _ in range(50):
            store.create_draft(complete_request())
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 4096 + data[4196:])
    with OutboxStore.open(path) as store:
        assert store.notice is not None
        assert store.list() == []


def test_newer_schema_is_left_alone(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE requests (id TEXT)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer pixrma"):
        OutboxStore.open(path)
    assert path.exists()


def test_disk_full_is_a_user_actionable_error(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    with OutboxStore.open(path) as store:
        store.create_draft(complete_request())
        with store.transaction() as conn:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        request = complete_request().model_copy(update={"notes": "x" * 200_000})
        with pytest.raises(DiskFullError, match="full") as caught:
            store.create_draft(request)
        assert isinstance(caught.value, UserActionableError)
        assert len(store.list()) == 1


def test_busy_database_is_a_user_actionable_error(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    with OutboxStore.open(path, busy_timeout_s=0.05) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreBusyError, match="another pixrma"):
                store.create_draft(complete_request())
        finally:
            other.execute("ROLLBACK")
            other.close()
        store.create_draft(complete_request())


def test_read_only_and_bug_errors_are_told_apart(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    OutboxStore.open(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("DELETE FROM requests")
    assert isinstance(translate(caught.value, path), ReadOnlyStoreError)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("SELECT nope FROM requests")
    conn.close()
    assert isinstance(translate(caught.value, path), StoreBug)
    corrupt = sqlite3.DatabaseError("file is not a database")
    corrupt.sqlite_errorname = "SQLITE_NOTADB"
    assert isinstance(translate(corrupt, path), CorruptStoreError)


def test_transaction_rolls_back_on_error(store):
    request = complete_request()
    store.create_draft(request)

    def wipe_then_fail():
        with store.transaction() as conn:
            conn.execute("DELETE FROM requests")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        wipe_then_fail()
    assert store.get(request.id).id == request.id


def test_save_with_expected_revision_detects_a_change_made_elsewhere(store):
    request = complete_request()
    revision = store.create_draft(request).revision
    revision = store.save_draft(request.model_copy(update={"notes": "window A"}), expected_revision=revision)
    store.save_draft(request.model_copy(update={"notes": "window B"}))  # another window, no check
    with pytest.raises(EditConflictError, match="another pixrma window") as caught:
        store.save_draft(request.model_copy(update={"notes": "window A again"}), expected_revision=revision)
    assert caught.value.revision == revision + 1
    assert store.get(request.id).request.notes == "window B"


def test_fast_autosave_is_stored_like_a_durable_one_and_leaves_durable_mode_on(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    request = complete_request()
    with OutboxStore.open(path) as store:
        store.create_draft(request)
        request = request.model_copy(update={"notes": "typed quickly"})
        assert store.save_draft(request, durable=False) == 2
        assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again for what follows
        other = sqlite3.connect(path)
        assert "typed quickly" in other.execute("SELECT document FROM requests").fetchone()[0]
        other.close()
    with OutboxStore.open(path) as store:
        assert store.get(request.id).request.notes == "typed quickly"
