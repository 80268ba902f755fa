"""The sender against real HTTP on loopback: status codes, Retry-After, dropped answers, racing processes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from email.utils import formatdate
from pathlib import Path

import pytest

from pixrma_desktop.outbox.sender import BackoffPolicy, Outcome, Sender
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from tests.fakes.json_backend import FakeJsonBackend
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import complete_request
from tests.fakes.support_server import FakeSupportServer, Fault

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    with OutboxStore.open(tmp_path / "outbox.sqlite3", clock=clock) as opened:
        yield opened


def queued(store):
    request = complete_request()
    store.create_draft(request)
    store.queue(request.id)
    return request


def sender_for(store, url, clock, tmp_path, **kwargs):
    return Sender(
        store,
        FakeJsonBackend(url, timeout=5),
        bundle_maker(tmp_path / "bundles"),
        clock=clock,
        sleep=clock.sleep,
        rand=lambda: 0.0,
        policy=BackoffPolicy(base_s=10, factor=2, max_s=1000, jitter=0.5),
        **kwargs,
    )


def test_201_files_the_request_with_its_submission_id(httpserver, store, clock, tmp_path):
    request = queued(store)
    httpserver.expect_ordered_request("/tickets", method="POST").respond_with_json(
        {"id": "7", "url": "http://x/7"}, status=201
    )
    result = sender_for(store, httpserver.url_for("/"), clock, tmp_path).run_once().results[0]
    assert result.outcome is Outcome.SUBMITTED
    sent = json.loads(httpserver.log[0][0].get_data())
    assert sent["submission_id"] == request.id
    assert sent["serials"] == ["712345678"]
    assert [a["filename"] for a in sent["attachments"]] == [f"request-{request.id}.zip", "cameras.json"]
    assert store.get(request.id).support_ticket_number == "7"


@pytest.mark.parametrize(
    ("status", "retry_after", "expected_wait"),
    [(503, "120", 120), (429, "45", 45), (429, None, 10), (503, "bogus", 10)],
)
def test_busy_server_is_retried_after_its_retry_after(
    httpserver, store, clock, tmp_path, status, retry_after, expected_wait
):
    request = queued(store)
    headers = {"Retry-After": retry_after} if retry_after else {}
    httpserver.expect_ordered_request("/tickets", method="POST").respond_with_json(
        {"message": "slow down"}, status=status, headers=headers
    )
    result = sender_for(store, httpserver.url_for("/"), clock, tmp_path).run_once().results[0]
    assert result.outcome is Outcome.RETRY_LATER
    row = store.get(request.id)
    assert row.next_attempt_at == clock.now + expected_wait
    assert not row.maybe_sent  # a 429/503 is a certain refusal: no lookup needed next time
    assert "slow down" in row.last_error


def test_retry_after_as_http_date(httpserver, store, tmp_path):
    import time

    request = queued(store)
    httpserver.expect_ordered_request("/tickets", method="POST").respond_with_json(
        {"message": "maintenance"}, status=503, headers={"Retry-After": formatdate(time.time() + 600, usegmt=True)}
    )
    sender = Sender(store, FakeJsonBackend(httpserver.url_for("/")), bundle_maker(tmp_path / "b"), rand=lambda: 0.0)
    store.clock = time.time
    sender.clock = time.time
    sender.run_once()
    wait = store.get(request.id).next_attempt_at - time.time()
    assert 500 < wait <= 600


def test_server_error_is_uncertain_so_the_next_attempt_looks_up_first(httpserver, store, clock, tmp_path):
    request = queued(store)
    httpserver.expect_ordered_request("/tickets", method="POST").respond_with_json({"message": "boom"}, status=500)
    httpserver.expect_ordered_request("/tickets", method="GET").respond_with_json({"items": []})
    httpserver.expect_ordered_request("/tickets", method="POST").respond_with_json({"id": "8"}, status=201)
    sender = sender_for(store, httpserver.url_for("/"), clock, tmp_path)
    assert sender.run_once().results[0].outcome is Outcome.RETRY_LATER
    assert store.get(request.id).maybe_sent
    assert sender.run_once().results == []  # not due yet: backing off
    clock.now += 100
    assert sender.run_once().results[0].outcome is Outcome.SUBMITTED
    httpserver.check_assertions()
    row = store.get(request.id)
    assert row.state is RequestState.SUBMITTED
    assert row.support_ticket_number == "8"
    assert [(r.method, r.args.get("submission_id")) for r, _ in httpserver.log] == [
        ("POST", None),
        ("GET", request.id),
        ("POST", None),
    ]


def test_client_error_needs_attention_with_the_servers_words(httpserver, store, clock, tmp_path):
    request = queued(store)
    httpserver.expect_ordered_request("/tickets", method="POST").respond_with_json(
        {"message": "No permission to create tickets in the queue 'Support'"}, status=403
    )
    sender = sender_for(store, httpserver.url_for("/"), clock, tmp_path)
    assert sender.run(retry_for_s=10_000).results[0].outcome is Outcome.NEEDS_ATTENTION
    row = store.get(request.id)
    assert row.state is RequestState.NEEDS_ATTENTION
    assert "No permission to create tickets in the queue 'Support'" in row.attention_message
    assert len(httpserver.log) == 1


def test_rejected_credentials_ask_for_them(httpserver, store, clock, tmp_path):
    request = queued(store)
    httpserver.expect_ordered_request("/tickets", method="POST").respond_with_json({"message": "bad token"}, status=401)
    report = sender_for(store, httpserver.url_for("/"), clock, tmp_path).run(retry_for_s=10_000)
    assert "Log in again" in report.auth_problem
    assert store.get(request.id).state is RequestState.QUEUED
    assert len(httpserver.log) == 1


def test_unreachable_server_is_a_certain_transient_failure(store, clock, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = queued(store)
    result = sender_for(store, f"http://127.0.0.1:{port}", clock, tmp_path).run_once().results[0]
    assert result.outcome is Outcome.RETRY_LATER
    assert "cannot be reached" in result.message
    assert not store.get(request.id).maybe_sent


def test_answer_dropped_after_the_server_filed_it_is_adopted_not_resent(store, clock, tmp_path):
    request = queued(store)
    with FakeSupportServer() as server:
        server.fail_next(Fault(drop=True))
        sender = sender_for(store, server.url, clock, tmp_path)
        assert sender.run_once().results[0].outcome is Outcome.RETRY_LATER
        clock.now += 1000
        assert sender.run_once().results[0].outcome is Outcome.ADOPTED
        assert server.creates_per_submission() == {request.id: 1}
    assert store.get(request.id).support_ticket_number == "1"


def test_offline_request_goes_out_once_the_server_is_back(store, clock, tmp_path):
    request = queued(store)
    with FakeSupportServer() as server:
        url = server.url
    sender = sender_for(store, url, clock, tmp_path)
    assert sender.run_once(due_only=False).results[0].outcome is Outcome.RETRY_LATER
    with FakeSupportServer() as server:
        sender.backend = FakeJsonBackend(server.url)
        report = sender.run(retry_for_s=3600)
        assert [r.outcome for r in report.results] == [Outcome.SUBMITTED]
        assert server.creates_per_submission() == {request.id: 1}


@pytest.mark.slow
def test_two_sender_processes_racing_send_each_request_once(tmp_path):
    db = tmp_path / "outbox.sqlite3"
    with OutboxStore.open(db) as store:
        ids = {queued(store).id for _ in range(25)}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with FakeSupportServer() as server:
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.fakes.send_once", str(db), server.url, str(tmp_path / f"b{n}")],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for n in range(3)
        ]
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        sent = [int(proc.communicate(timeout=120)[0].strip()) for proc in procs]
        counts = server.creates_per_submission()
    assert sum(sent) == 25
    assert set(counts) == ids
    assert set(counts.values()) == {1}
    with OutboxStore.open(db) as store:
        assert {r.state for r in store.list()} == {RequestState.SUBMITTED}
