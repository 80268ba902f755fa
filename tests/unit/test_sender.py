"""The sender's rules, with an in-memory backend and a fake clock: exactly once, backoff, failure kinds."""

from __future__ import annotations

import threading

import pytest

from pixrma_desktop.outbox.sender import BackoffPolicy, Outcome, Sender
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.support.backend import AuthError, FieldProblem, PermanentError, TransientError
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import complete_request
from tests.fakes.scripted_backend import ScriptedBackend


class Clock:
    def __init__(self):
        self.now = 1_000_000.0
        self.slept = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    with OutboxStore.open(tmp_path / "outbox.sqlite3", clock=clock) as opened:
        yield opened


@pytest.fixture
def backend():
    return ScriptedBackend()


def make_sender(store, backend, clock, tmp_path, *, rand=0.0, owner="sender-a"):
    return Sender(
        store,
        backend,
        bundle_maker(tmp_path / "bundles"),
        owner=owner,
        clock=clock,
        sleep=clock.sleep,
        rand=lambda: rand,
        policy=BackoffPolicy(base_s=10, factor=2, max_s=100, jitter=0.5),
        lease_s=300,
    )


def queued(store, cameras=1):
    request = complete_request(cameras)
    store.create_draft(request)
    store.queue(request.id)
    return request


def test_queued_request_is_filed_with_bundle_and_cameras_json(store, backend, clock, tmp_path):
    request = queued(store, cameras=2)
    report = make_sender(store, backend, clock, tmp_path).run_once()
    assert [r.outcome for r in report.results] == [Outcome.SUBMITTED]
    row = store.get(request.id)
    assert (row.state, row.support_ticket_number, row.maybe_sent, row.lease_owner) == (
        RequestState.SUBMITTED,
        "1",
        False,
        None,
    )
    submission = backend.filed[request.id][0]
    assert submission.serials == ("712345678", "712340001")
    assert [a.filename for a in submission.attachments] == [f"request-{request.id}.zip", "cameras.json"]
    assert backend.find_calls == []


def test_uncertain_failure_is_looked_up_and_adopted_not_sent_again(store, backend, clock, tmp_path):
    request = queued(store)
    backend.fail_create(TransientError("read timed out", uncertain=True), filed=True)
    sender = make_sender(store, backend, clock, tmp_path)
    first = sender.run_once(due_only=False)
    assert first.results[0].outcome is Outcome.RETRY_LATER
    assert store.get(request.id).maybe_sent
    second = sender.run_once(due_only=False)
    assert second.results[0].outcome is Outcome.ADOPTED
    assert backend.find_calls == [request.id]
    assert backend.create_calls == [request.id]
    assert backend.times_filed(request.id) == 1
    assert store.get(request.id).support_ticket_number == "1"


def test_uncertain_failure_that_did_not_arrive_is_sent_again(store, backend, clock, tmp_path):
    request = queued(store)
    backend.fail_create(TransientError("connection reset", uncertain=True), filed=False)
    sender = make_sender(store, backend, clock, tmp_path)
    sender.run_once(due_only=False)
    result = sender.run_once(due_only=False).results[0]
    assert result.outcome is Outcome.SUBMITTED
    assert backend.find_calls == [request.id]
    assert backend.create_calls == [request.id, request.id]
    assert backend.times_filed(request.id) == 1


def test_certain_transient_failure_needs_no_lookup(store, backend, clock, tmp_path):
    request = queued(store)
    backend.fail_create(TransientError("connection refused", uncertain=False))
    sender = make_sender(store, backend, clock, tmp_path)
    sender.run_once(due_only=False)
    assert not store.get(request.id).maybe_sent
    sender.run_once(due_only=False)
    assert backend.find_calls == []
    assert store.get(request.id).state is RequestState.SUBMITTED


def test_failed_lookup_keeps_the_request_uncertain(store, backend, clock, tmp_path):
    request = queued(store)
    backend.fail_create(TransientError("timeout", uncertain=True), filed=True)
    backend.fail_find(TransientError("network down"))
    sender = make_sender(store, backend, clock, tmp_path)
    sender.run_once(due_only=False)
    assert sender.run_once(due_only=False).results[0].outcome is Outcome.RETRY_LATER
    assert store.get(request.id).maybe_sent
    assert sender.run_once(due_only=False).results[0].outcome is Outcome.ADOPTED
    assert backend.times_filed(request.id) == 1


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    policy = BackoffPolicy(base_s=10, factor=2, max_s=100, jitter=0.5)
    assert [policy.delay(n, 0.0) for n in range(1, 6)] == [10, 20, 40, 80, 100]
    assert [policy.delay(n, 1.0) for n in range(1, 4)] == [5, 10, 20]
    assert policy.delay(1, 0.5, retry_after=300) == 300
    assert policy.delay(3, 0.0, retry_after=1) == 40


def test_retry_after_is_honoured(store, backend, clock, tmp_path):
    request = queued(store)
    backend.fail_create(TransientError("busy", retry_after=120))
    result = make_sender(store, backend, clock, tmp_path).run_once().results[0]
    assert result.retry_at == clock.now + 120
    assert store.get(request.id).next_attempt_at == clock.now + 120


def test_run_retries_with_backoff_until_sent(store, backend, clock, tmp_path):
    request = queued(store)
    backend.fail_create(TransientError("503"))
    backend.fail_create(TransientError("503"))
    report = make_sender(store, backend, clock, tmp_path).run(retry_for_s=1000)
    assert [r.outcome for r in report.results] == [Outcome.SUBMITTED]
    assert clock.slept == [10, 20]
    assert backend.times_filed(request.id) == 1


def test_run_gives_up_at_its_deadline_and_leaves_the_request_queued(store, backend, clock, tmp_path):
    request = queued(store)
    for _ in range(10):
        backend.fail_create(TransientError("503"))
    report = make_sender(store, backend, clock, tmp_path).run(retry_for_s=60)
    assert [r.outcome for r in report.results] == [Outcome.RETRY_LATER]
    assert sum(clock.slept) <= 60
    assert store.get(request.id).state is RequestState.QUEUED
    assert len(backend.create_calls) == 3  # at 0, 10 and 30 s; the next try (70 s) is past the deadline


def test_permanent_failure_needs_attention_and_is_not_retried(store, backend, clock, tmp_path):
    request = queued(store)
    backend.fail_create(
        PermanentError("The server refused the request (400): bad requestor", [FieldProblem("requestor", "invalid")])
    )
    report = make_sender(store, backend, clock, tmp_path).run(retry_for_s=10_000)
    assert [r.outcome for r in report.results] == [Outcome.NEEDS_ATTENTION]
    row = store.get(request.id)
    assert row.state is RequestState.NEEDS_ATTENTION
    assert "bad requestor" in row.attention_message
    assert "requestor: invalid" in row.attention_message
    assert backend.create_calls == [request.id]
    assert clock.slept == []


def test_bad_credentials_stop_the_pass_and_keep_requests_queued(store, backend, clock, tmp_path):
    first, second = queued(store), queued(store)
    backend.fail_create(AuthError("token rejected"))
    report = make_sender(store, backend, clock, tmp_path).run(retry_for_s=1000)
    assert report.auth_problem == "token rejected"
    assert len(backend.create_calls) == 1
    assert {store.get(first.id).state, store.get(second.id).state} == {RequestState.QUEUED}
    assert clock.slept == []


def test_expired_lease_of_a_dead_sender_is_taken_over_with_a_lookup(store, backend, clock, tmp_path):
    request = queued(store)
    dead = store.acquire_lease("dead-sender", 300)
    assert dead is not None
    sender = make_sender(store, backend, clock, tmp_path)
    assert sender.run_once(due_only=False).results == []  # still held
    clock.now += 301
    result = sender.run_once().results[0]
    assert result.outcome is Outcome.SUBMITTED
    assert backend.find_calls == [request.id]


def test_bundle_that_cannot_be_written_needs_attention(store, backend, clock, tmp_path):
    request = queued(store)

    def no_space(_request):
        raise OSError(28, "No space left on device")

    sender = Sender(store, backend, no_space, clock=clock, sleep=clock.sleep)
    result = sender.run_once().results[0]
    assert result.outcome is Outcome.NEEDS_ATTENTION
    assert "No space left" in store.get(request.id).attention_message
    assert backend.create_calls == []


def test_damaged_stored_request_needs_attention(store, backend, clock, tmp_path):
    request = queued(store)
    with store.transaction() as conn:
        conn.execute("UPDATE requests SET document = '{broken' WHERE id = ?", (request.id,))
    result = make_sender(store, backend, clock, tmp_path).run_once().results[0]
    assert result.outcome is Outcome.NEEDS_ATTENTION
    assert backend.create_calls == []


def test_two_senders_racing_file_each_request_once(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    backend = ScriptedBackend()
    with OutboxStore.open(path) as store:
        ids = [queued(store).id for _ in range(30)]
    barrier = threading.Barrier(2)
    reports = {}

    def race(name):
        with OutboxStore.open(path) as own:
            sender = Sender(own, backend, bundle_maker(tmp_path / name), owner=name)
            barrier.wait()
            reports[name] = sender.run_once(due_only=False)

    threads = [threading.Thread(target=race, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(backend.create_calls) == sorted(ids)
    assert all(backend.times_filed(i) == 1 for i in ids)
    sent = [r.request_id for rep in reports.values() for r in rep.results]
    assert sorted(sent) == sorted(ids)


def test_bundle_builder_bug_needs_attention_and_the_queue_goes_on(store, backend, clock, tmp_path):
    first, second = queued(store), queued(store)
    calls = []

    def flaky(request):
        calls.append(request.id)
        if len(calls) == 1:
            raise ValueError("no system report")
        return bundle_maker(tmp_path / "b")(request)

    report = Sender(store, backend, flaky, clock=clock, sleep=clock.sleep).run_once()
    outcomes = {r.request_id: r.outcome for r in report.results}
    assert sorted(outcomes.values()) == [Outcome.NEEDS_ATTENTION, Outcome.SUBMITTED]
    failed = calls[0]
    assert "no system report" in store.get(failed).attention_message
    assert {first.id, second.id} == set(outcomes)


def test_ticket_description_names_the_ticket_or_says_where_its_number_comes_from():
    from pixrma_desktop.support.backend import TicketRef

    assert TicketRef("812").description == "support ticket #812"
    assert "autoreply" in TicketRef("").description
    assert "#" not in TicketRef("").description
