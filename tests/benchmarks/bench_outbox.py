#!/usr/bin/env python3
"""Outbox benchmark: autosave latency with 1,000 drafts, and sending 100 queued requests over loopback HTTP.

    python tests/benchmarks/bench_outbox.py

Sending is measured twice: on the app's real path (the outbox ``Sender`` with the RT client ``RtBackend`` and
the full support bundle of ``rma.support_bundle``, to a real Request Tracker 5; skipped when RT is not
installed), and as a fast variant against the small fake support server with the request-only bundle, which
isolates what the sender itself adds.

Baselines measured in the same run: for autosave, a bare SQLite UPDATE of the same document with the same
durability (WAL, synchronous=FULL) — its p99 is the disk's fsync latency, the floor for any durable save; for
sending, a bare ``http.client`` POST of the same JSON body to the same server plus two bare durable SQLite
commits — the floor for any exactly-once client, which must record "may have been sent" before the request
leaves and the ticket number after. The client overhead per request is what the sender adds around the bare
round trip (lease and bookkeeping transactions, bundle, submission).
"""

from __future__ import annotations

import base64
import http.client
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pixrma_desktop.outbox.sender import Sender
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.paths import AppPaths
from pixrma_desktop.rma.render import to_submission
from pixrma_desktop.rma.support_bundle import make_support_bundle, support_bundle_maker
from pixrma_desktop.settings import Settings
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from tests.benchmarks.measure import limit_line, ratio_line
from tests.fakes.json_backend import FakeJsonBackend, submission_payload
from tests.fakes.request_bundle import bundle_maker, make_request_bundle
from tests.fakes.sample_requests import complete_request
from tests.fakes.support_server import FakeSupportServer
from tests.integration.rt.desk import SupportDesk
from tests.integration.rt.server import MISSING_REASON, rt_installed, start_rt

DRAFTS = 1000
SAVES = 1000
SENDS = 100


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_autosave(folder: Path) -> list[str]:
    rng = random.Random(5)
    store = OutboxStore.open(folder / "outbox.sqlite3")
    requests = []
    for n in range(DRAFTS):
        request = complete_request(cameras=1 + n % 3)
        store.create_draft(request)
        requests.append(request)
    times, fast = [], []
    for n in range(SAVES):
        for durable, into in ((True, times), (False, fast)):
            index = rng.randrange(DRAFTS)
            update = {"notes": f"typing {n} " + "x" * rng.randint(0, 400)}
            requests[index] = requests[index].model_copy(update=update)
            started = time.perf_counter()
            store.save_draft(requests[index], durable=durable)
            into.append((time.perf_counter() - started) * 1000)
    store.close()

    conn = sqlite3.connect(folder / "outbox.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    bare = []
    for n in range(SAVES):
        index = rng.randrange(DRAFTS)
        document = requests[index].model_copy(update={"notes": f"bare {n}"}).to_json()
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE requests SET document = ? WHERE id = ?", (document, requests[index].id))
        conn.execute("COMMIT")
        bare.append((time.perf_counter() - started) * 1000)
    conn.close()
    median, p99 = statistics.median(times), percentile(times, 0.99)
    bare_median, bare_p99 = statistics.median(bare), percentile(bare, 0.99)
    return [
        f"autosave with {DRAFTS} drafts: median {median:.3f} ms, p99 {p99:.3f} ms ({SAVES} saves, durable); "
        f"bare fsync'd SQLite write: median {bare_median:.3f} ms, p99 {bare_p99:.3f} ms",
        limit_line("autosave p99 (durable, the default)", p99, 10, "ms"),
        ratio_line("autosave p99 vs bare fsync'd SQLite write p99", p99, bare_p99, 2, "ms"),
        limit_line("autosave p99 (durable=False, keystroke mode)", percentile(fast, 0.99), 10, "ms"),
    ]


def _bare_body(folder: Path) -> bytes:
    sample = complete_request(cameras=2)
    submission = to_submission(sample, make_request_bundle(sample, folder / "bare"))
    return json.dumps(submission_payload(submission)).encode()


def bench_send(folder: Path, rounds: int = 4) -> list[str]:
    """Fast variant (fake server, request-only bundle). Rounds alternate bare work and the sender, so drift in
    disk or CPU speed hits both alike."""
    body = _bare_body(folder)
    per_round = SENDS // rounds
    store = OutboxStore.open(folder / "send.sqlite3")
    bare_http = bare_commits = sender_total = 0.0
    all_ids: list[str] = []
    with FakeSupportServer() as server:
        port = int(server.url.rsplit(":", 1)[1])
        sender = Sender(store, FakeJsonBackend(server.url), bundle_maker(folder / "bundles"))
        floor_conn = sqlite3.connect(folder / "send.sqlite3", isolation_level=None)
        floor_conn.execute("PRAGMA synchronous = FULL")
        for _ in range(rounds):
            ids = []
            for _ in range(per_round):
                request = complete_request(cameras=2)
                store.create_draft(request)
                store.queue(request.id)
                ids.append(request.id)
            all_ids += ids
            for n in range(per_round):
                started = time.perf_counter()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                conn.request("POST", "/tickets", body=body, headers={"Content-Type": "application/json"})
                response = conn.getresponse()
                response.read()
                conn.close()
                bare_http += time.perf_counter() - started
                assert response.status == 201
                for _ in range(2):
                    started = time.perf_counter()
                    floor_conn.execute("BEGIN IMMEDIATE")
                    floor_conn.execute("UPDATE requests SET server_status = ? WHERE id = ?", (str(n), ids[n]))
                    floor_conn.execute("COMMIT")
                    bare_commits += time.perf_counter() - started
            started = time.perf_counter()
            report = sender.run_once(due_only=False)
            sender_total += time.perf_counter() - started
            assert sum(1 for r in report.results if r.outcome.value == "submitted") == per_round
        floor_conn.close()
        counts = server.creates_per_submission()
    store.close()
    assert all(counts[i] == 1 for i in all_ids), "every request must be filed exactly once"
    sends = per_round * rounds
    per_request = sender_total / sends * 1000
    round_trip = bare_http / sends * 1000
    floor = (bare_http + bare_commits) / sends * 1000
    overhead = per_request - round_trip
    return [
        f"outbox send of {sends} requests (fake server): {sender_total:.2f} s, {per_request:.2f} ms per request; "
        f"bare HTTP round trip {round_trip:.2f} ms; client overhead {overhead:.2f} ms per request",
        limit_line("send client overhead per request (fake server)", overhead, 20, "ms"),
        ratio_line(
            "send per request vs bare round trip + 2 durable commits (fake server)", per_request, floor, 4, "ms"
        ),
    ]


RT_TARGET = 2.0
"""The real path against its floor: the app also builds the full support bundle per request (logs, system
report) and reads each new ticket back to find fields RT dropped."""


def _bare_rt_body(paths: AppPaths, settings: Settings, backend: RtBackend) -> bytes:
    """The create document the RT client sends for a two-camera request with its full support bundle."""
    sample = complete_request(cameras=2)
    submission = to_submission(sample, make_support_bundle(sample, paths, settings, paths.cache_dir / "bare"))
    document = {
        "Queue": settings.support.rt_support_queue,
        "Subject": submission.subject,
        "Requestor": submission.requestor_email,
        "Content": submission.body,
        "ContentType": "text/plain",
        "CustomFields": backend.custom_fields(submission),
        "Attachments": [
            {
                "FileName": a.filename,
                "FileType": a.content_type,
                "FileContent": base64.b64encode(Path(a.path).read_bytes()).decode(),
            }
            for a in submission.attachments
        ],
    }
    return json.dumps(document).encode()


def bench_send_rt(folder: Path, rounds: int = 4) -> list[str]:
    """The app's real path: ``Sender`` + ``RtBackend`` + full support bundle, to a real RT 5. Baseline: a bare
    ``http.client`` POST of the same create document (bundle inline) to the same RT, plus two durable commits.
    """
    if not rt_installed():
        return [f"outbox send to Request Tracker: skipped: {MISSING_REASON}"]
    root = folder / "rt-app"
    paths = AppPaths(root / "config", root / "data", root / "logs", root / "cache").ensure()
    per_round = SENDS // rounds
    bare_http = bare_commits = sender_total = 0.0
    all_ids: list[str] = []
    rt = start_rt()
    try:
        settings = Settings()
        settings.support.rt_url = rt.url
        host, port = rt.url.removeprefix("http://").split(":")
        backend = RtBackend(settings.support, Credential(token=rt.app_token))
        body = _bare_rt_body(paths, settings, backend)
        headers = {"Content-Type": "application/json", "Authorization": f"token {rt.app_token}"}
        store = OutboxStore.open(paths.outbox_db)
        sender = Sender(store, backend, support_bundle_maker(paths, settings))
        floor_conn = sqlite3.connect(paths.outbox_db, isolation_level=None)
        floor_conn.execute("PRAGMA synchronous = FULL")
        for _ in range(rounds):
            ids = []
            for _ in range(per_round):
                request = complete_request(cameras=2)
                store.create_draft(request)
                store.queue(request.id)
                ids.append(request.id)
            all_ids += ids
            for n in range(per_round):
                started = time.perf_counter()
                conn = http.client.HTTPConnection(host, int(port), timeout=60)
                conn.request("POST", "/REST/2.0/ticket", body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                conn.close()
                bare_http += time.perf_counter() - started
                assert response.status == 201, response.status
                for _ in range(2):
                    started = time.perf_counter()
                    floor_conn.execute("BEGIN IMMEDIATE")
                    floor_conn.execute("UPDATE requests SET server_status = ? WHERE id = ?", (str(n), ids[n]))
                    floor_conn.execute("COMMIT")
                    bare_commits += time.perf_counter() - started
            started = time.perf_counter()
            report = sender.run_once(due_only=False)
            sender_total += time.perf_counter() - started
            assert sum(1 for r in report.results if r.outcome.value == "submitted") == per_round, report.results
        floor_conn.close()
        store.close()
        desk = SupportDesk(rt)
        twins = [i for i in all_ids if len(desk.tickets_with_submission(i)) != 1]
        assert not twins, f"every request must be filed exactly once: {twins}"
    finally:
        rt.stop()
    sends = per_round * rounds
    per_request = sender_total / sends * 1000
    round_trip = bare_http / sends * 1000
    floor = (bare_http + bare_commits) / sends * 1000
    return [
        f"outbox send of {sends} requests (Request Tracker 5, full support bundle): {sender_total:.2f} s, "
        f"{per_request:.1f} ms per request; bare create round trip {round_trip:.1f} ms",
        ratio_line(
            "send per request vs bare create + 2 durable commits (Request Tracker 5)",
            per_request,
            floor,
            RT_TARGET,
            "ms",
        ),
    ]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for bench in (bench_autosave, bench_send_rt, bench_send):
            for line in bench(folder):
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
