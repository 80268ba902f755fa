"""Kill an autosaving, sending worker (``outbox_worker.py``) with SIGKILL again and again, then check the outbox.

Shared by the crash tests and ``tests/benchmarks/stress_crash.py``. After the kills a final sender (clock far
ahead, so every lease a killed worker held has expired) flushes the queue; then ``verify`` checks:

* the database passes SQLite's integrity check and every stored request loads;
* every autosave the worker saw return is there: the stored revision is at least the journaled one, and a
  stored revision that was journaled has exactly the journaled content;
* every request the worker saw queued was filed, exactly once, as counted by the fake server, and the store
  holds the server's ticket number for it.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pixrma_desktop.outbox.sender import Sender
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from tests.fakes.json_backend import FakeJsonBackend
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.support_server import FakeSupportServer

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashReport:
    kills: int = 0
    saves_journaled: int = 0
    drafts: int = 0
    queued_journaled: int = 0
    tickets_filed: int = 0
    duplicates: int = 0
    taken_over: int = 0
    adopted: int = 0
    lost_saves: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    unsent: list[str] = field(default_factory=list)
    mismatched_tickets: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.duplicates or self.lost_saves or self.damaged or self.unsent or self.mismatched_tickets)


def run_kills(folder: Path, server: FakeSupportServer, kills: int, seed: int, max_delay_s: float = 0.4) -> int:
    """Start the worker ``kills`` times and SIGKILL it at a random moment after it is ready."""
    rng = random.Random(seed)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = 0
    for generation in range(kills):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.fakes.outbox_worker",
                str(folder / "outbox.sqlite3"),
                server.url,
                str(folder / "journal.txt"),
                str(folder / "bundles"),
                str(generation * 10_000.0),
                str(rng.randrange(1 << 30)),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        if first.strip() != "ready":
            proc.kill()
            _, err = proc.communicate()
            raise RuntimeError(f"worker did not start: {first!r} {err}")
        try:
            proc.wait(timeout=rng.uniform(0.0, max_delay_s))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        if proc.returncode != -signal.SIGKILL:
            raise RuntimeError(f"worker ended by itself (exit {proc.returncode}): {err}")
        done += 1
    return done


def flush(folder: Path, server: FakeSupportServer, clock_offset: float) -> None:
    """A last sender, with a clock past every lease, sends whatever the killed workers left queued."""
    import time

    with OutboxStore.open(folder / "outbox.sqlite3", clock=lambda: time.time() + clock_offset) as store:
        Sender(store, FakeJsonBackend(server.url), bundle_maker(folder / "bundles")).run_once(due_only=False)


def verify(folder: Path, server: FakeSupportServer, kills: int) -> CrashReport:
    report = CrashReport(kills=kills)
    db = folder / "outbox.sqlite3"
    conn = sqlite3.connect(db)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if check != "ok":
        report.damaged.append(f"integrity_check: {check}")
    journal: dict[str, dict[int, str]] = {}
    queued: set[str] = set()
    for line in (folder / "journal.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "saved":
            journal.setdefault(parts[1], {})[int(parts[2])] = parts[3]
            report.saves_journaled += 1
        elif len(parts) == 2 and parts[0] == "queued":
            queued.add(parts[1])
    report.queued_journaled = len(queued)
    counts = server.creates_per_submission()
    tickets = {t["submission_id"]: t["id"] for t in server.tickets_snapshot()}
    report.tickets_filed = sum(counts.values())
    report.duplicates = sum(n - 1 for n in counts.values() if n > 1)
    with OutboxStore.open(db) as store:
        rows = {r.id: r for r in store.list()}
        report.drafts = len(rows)
        for request_id, revisions in journal.items():
            row = rows.get(request_id)
            if row is None:
                report.lost_saves.append(f"{request_id}: missing")
                continue
            try:
                row.request  # noqa: B018 - loading is the check
            except ValueError as exc:
                report.damaged.append(f"{request_id}: {exc}")
                continue
            if row.revision < max(revisions):
                report.lost_saves.append(f"{request_id}: revision {row.revision} < {max(revisions)}")
            elif (
                row.revision in revisions
                and hashlib.sha256(row.document.encode()).hexdigest() != revisions[row.revision]
            ):
                report.damaged.append(f"{request_id}: revision {row.revision} content differs")
        for request_id in queued:
            row = rows.get(request_id)
            if row is None or row.state is not RequestState.SUBMITTED or counts.get(request_id, 0) != 1:
                report.unsent.append(
                    f"{request_id}: {row.state if row else 'missing'}, filed {counts.get(request_id, 0)}x"
                )
            elif row.support_ticket_number != tickets[request_id]:
                report.mismatched_tickets.append(request_id)
        for request_id in rows:
            events = store.events(request_id)
            report.taken_over += any(e == "lease" and "took over" in d for _, e, d in events)
            report.adopted += any(e == "submitted" and "earlier attempt" in d for _, e, d in events)
    return report
