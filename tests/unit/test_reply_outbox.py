"""Replies to support queued in the outbox and sent exactly once; the kept thread and its unread count."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from pixrma_desktop.outbox import schema
from pixrma_desktop.outbox.errors import NotEditableError
from pixrma_desktop.outbox.reply_records import ReplyFile, ReplyState
from pixrma_desktop.outbox.reply_sender import ReplySender
from pixrma_desktop.outbox.sender import BackoffPolicy, Outcome
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.support.backend import AuthError, PermanentError, TicketRef, TransientError
from pixrma_desktop.support.thread import Author, Conversation, ItemKind, ThreadItem
from tests.fakes.sample_requests import complete_request


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


class Desk:
    """An in-memory ticket system: ``reply`` may fail, before or after the reply landed."""

    def __init__(self):
        self.replies: list[tuple[str, str, list[str], str]] = []
        self.failures: list[tuple[Exception, bool]] = []
        self.lookups = 0

    def reply(self, ticket_id, text, attachments, reply_id):
        error, landed = self.failures.pop(0) if self.failures else (None, True)
        if landed:
            self.replies.append((ticket_id, text, [a.filename for a in attachments], reply_id))
        if error is not None:
            raise error

    def reply_arrived(self, ticket_id, reply_id):
        self.lookups += 1
        return any(r[0] == ticket_id and r[3] == reply_id for r in self.replies)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    with OutboxStore.open(tmp_path / "outbox.sqlite3", clock=clock) as opened:
        yield opened


def filed(store, ticket="7"):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    lease = store.acquire_lease("me", 60, request_id=str(request.id))
    store.record_submitted(lease.request_id, TicketRef(ticket), owner="me")
    return lease.request_id


def sender(store, desk, clock, owner="a"):
    return ReplySender(
        store, desk, owner=owner, clock=clock, sleep=clock.sleep, rand=lambda: 0.0,
        policy=BackoffPolicy(base_s=10, factor=2, max_s=100, jitter=0.5), lease_s=300,
    )  # fmt: skip


def test_a_reply_with_a_file_is_sent_once(store, clock, tmp_path):
    request_id = filed(store)
    log = tmp_path / "f.txt"
    log.write_text("log")
    reply = store.queue_reply(request_id, "It still fails.", [ReplyFile(str(log), "f.txt", "text/plain")])
    desk = Desk()

    report = sender(store, desk, clock).run_once()

    assert [r.outcome for r in report.results] == [Outcome.SUBMITTED]
    assert desk.replies == [("7", "It still fails.", ["f.txt"], reply.id)]
    assert store.reply(reply.id).state is ReplyState.SENT
    assert sender(store, desk, clock).run_once().results == []


def test_a_lost_answer_is_followed_by_a_lookup_not_a_second_reply(store, clock):
    request_id = filed(store)
    reply = store.queue_reply(request_id, "Tried the firmware.")
    desk = Desk()
    desk.failures.append((TransientError("connection broke off", uncertain=True), True))

    first = sender(store, desk, clock).run_once()
    assert [r.outcome for r in first.results] == [Outcome.RETRY_LATER]
    assert store.reply(reply.id).maybe_sent

    report = sender(store, desk, clock).run(retry_for_s=3600)

    assert [r.outcome for r in report.results] == [Outcome.ADOPTED]
    assert len(desk.replies) == 1
    assert store.reply(reply.id).state is ReplyState.SENT


def test_a_failure_before_sending_retries_with_backoff_and_sends(store, clock):
    request_id = filed(store)
    reply = store.queue_reply(request_id, "Hello")
    desk = Desk()
    desk.failures.append((TransientError("cannot connect"), False))

    first = sender(store, desk, clock).run_once()
    assert first.results[0].retry_at == clock.now + 10
    assert not store.reply(reply.id).maybe_sent
    report = sender(store, desk, clock).run(retry_for_s=60)

    assert [r.outcome for r in report.results] == [Outcome.SUBMITTED]
    assert desk.lookups == 0
    assert len(desk.replies) == 1


def test_a_sender_killed_mid_send_leaves_a_lease_that_the_next_one_takes_over_with_a_lookup(store, clock):
    request_id = filed(store)
    reply = store.queue_reply(request_id, "Hello")
    desk = Desk()
    desk.replies.append(("7", "Hello", [], reply.id))  # the dead sender's reply did land
    assert store.acquire_reply_lease("dead", 300) is not None

    assert sender(store, desk, clock).run_once().results == []  # the lease is still valid
    clock.now += 301
    report = sender(store, desk, clock).run_once()

    assert [r.outcome for r in report.results] == [Outcome.ADOPTED]
    assert len(desk.replies) == 1


def test_a_missing_right_needs_attention_and_names_it(store, clock):
    request_id = filed(store)
    reply = store.queue_reply(request_id, "Hello")
    desk = Desk()
    desk.failures.append((PermanentError("grant ReplyToTicket", status_code=403), False))

    report = sender(store, desk, clock).run_once()

    assert [r.outcome for r in report.results] == [Outcome.NEEDS_ATTENTION]
    stored = store.reply(reply.id)
    assert (stored.state, stored.attention_message) == (ReplyState.NEEDS_ATTENTION, "grant ReplyToTicket")
    assert store.requeue_reply(reply.id).state is ReplyState.QUEUED
    assert [r.outcome for r in sender(store, desk, clock).run_once().results] == [Outcome.SUBMITTED]


def test_refused_credentials_stop_the_pass_and_keep_the_replies_queued(store, clock):
    request_id = filed(store)
    store.queue_reply(request_id, "one")
    store.queue_reply(request_id, "two")
    desk = Desk()
    desk.failures.append((AuthError("log in again"), False))

    report = sender(store, desk, clock).run_once()

    assert report.auth_problem == "log in again"
    assert [r.state for r in store.replies(request_id)] == [ReplyState.QUEUED, ReplyState.QUEUED]


def test_a_file_deleted_before_sending_needs_attention(store, clock, tmp_path):
    request_id = filed(store)
    reply = store.queue_reply(request_id, "see file", [ReplyFile(str(tmp_path / "gone.txt"), "gone.txt")])
    report = sender(store, desk := Desk(), clock).run_once()
    assert report.results[0].outcome is Outcome.NEEDS_ATTENTION
    assert "attach it again" in store.reply(reply.id).attention_message
    assert desk.replies == []


def test_only_a_sent_request_can_be_replied_to(store):
    request = complete_request()
    store.create_draft(request)
    with pytest.raises(NotEditableError, match="no support ticket yet"):
        store.queue_reply(str(request.id), "hello")
    with pytest.raises(NotEditableError, match="empty"):
        store.queue_reply(filed(store), "  ")


def item(tid, author, ticket="7", text="x"):
    return ThreadItem(ticket, "Support", str(tid), author, "n", f"2026-12-04T10:{tid:02d}:00Z", ItemKind.REPLY, text)


def test_the_thread_is_kept_and_counts_unread_items_from_support(store):
    request_id = filed(store)
    conversation = Conversation(items=[item(1, Author.YOU), item(2, Author.SUPPORT)], last_transaction={"7": 2})
    assert store.save_conversation(request_id, conversation) == 1
    assert store.unread_counts() == {request_id: 1}
    assert store.conversation(request_id) == conversation

    store.mark_read(request_id)
    assert store.unread_counts() == {}
    conversation.items += [item(3, Author.YOU), item(4, Author.SUPPORT), item(5, Author.SYSTEM)]
    assert store.save_conversation(request_id, conversation) == 2
    assert store.unread_counts() == {request_id: 2}


OLD_ID = "55555555-0000-4000-8000-000000000000"


def _version_2_database(path):
    document = complete_request().model_copy(update={"submission_id": uuid.UUID(OLD_ID)}).to_json()
    conn = sqlite3.connect(path, isolation_level=None)
    schema._executescript_in_txn(conn, schema._SCHEMA_V1)
    schema._MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO requests (id, state, document, created_at, updated_at, support_ticket_number, title) "
        "VALUES (?, 'submitted', ?, 1, 2, '41', 'RMA request: PL-D755MU')",
        (OLD_ID, document),
    )
    conn.execute("INSERT INTO request_events (request_id, at, event) VALUES (?, 2, 'submitted')", (OLD_ID,))
    conn.close()


def test_a_version_2_outbox_upgrades_without_loss_and_takes_replies(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    _version_2_database(path)

    with OutboxStore.open(path) as store:
        (row,) = store.list()
        assert (row.state, row.support_ticket_number, row.title) == (
            RequestState.SUBMITTED,
            "41",
            "RMA request: PL-D755MU",
        )
        assert [e[1] for e in store.events(row.id)] == ["submitted"]
        reply = store.queue_reply(row.id, "Any news?")
        assert reply.ticket == "41"
        assert store.conversation(row.id) == Conversation()

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 3
    conn.close()
    assert len(list(tmp_path.glob("outbox.sqlite3.v2-backup-*"))) == 1


def test_a_new_outbox_has_every_table(tmp_path):
    with OutboxStore.open(tmp_path / "new.sqlite3"):
        pass
    conn = sqlite3.connect(tmp_path / "new.sqlite3")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert {"requests", "request_events", "replies", "threads"} <= tables


def test_a_damaged_kept_thread_reads_as_empty_and_is_read_again(store):
    request_id = filed(store)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO threads (request_id, conversation) VALUES (?, ?)", (request_id, '{"items": [{"ticket": 1')
        )
    assert store.conversation(request_id) == Conversation()


def test_the_email_backend_says_plainly_it_cannot_read_or_send_replies():
    from pixrma_desktop.outbox.conversation_refresh import NoConversationError, conversation_backend
    from pixrma_desktop.outbox.reply_sender import replying_backend
    from pixrma_desktop.settings import SupportSettings
    from pixrma_desktop.support.smtp import SmtpBackend

    mail = SmtpBackend(SupportSettings(backend="smtp", smtp_host="127.0.0.1", smtp_to="rma@vendor.example"))
    with pytest.raises(NoConversationError, match=r"cannot be read back through e-mail.*--inquiry"):
        conversation_backend(mail)
    with pytest.raises(PermanentError, match="answer support's mail from your mailbox"):
        replying_backend(mail)
    desk = Desk()
    assert replying_backend(desk) is desk
