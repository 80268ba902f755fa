"""Replies survive kills: a process queuing and sending replies is killed with SIGKILL at random moments, often
after a reply reached the ticket and before its sender heard so; every queued reply lands exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pixrma_desktop.outbox.reply_records import ReplyState
from pixrma_desktop.outbox.reply_sender import ReplySender
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.backend import TicketRef
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from tests.fakes.reply_desk_server import ReplyDeskServer
from tests.fakes.sample_requests import complete_request

ROOT = Path(__file__).resolve().parents[2]


def _filed_request(db: Path) -> str:
    with OutboxStore.open(db) as store:
        request = complete_request()
        store.create_draft(request)
        store.queue(str(request.id))
        lease = store.acquire_lease("setup", 60, request_id=str(request.id))
        store.record_submitted(lease.request_id, TicketRef("7"), owner="setup")
        return lease.request_id


@pytest.mark.slow
@pytest.mark.parametrize("seed", [21, 22])
def test_sigkill_never_loses_a_queued_reply_nor_sends_one_twice(tmp_path, seed):
    db, journal = tmp_path / "outbox.sqlite3", tmp_path / "journal.txt"
    request_id = _filed_request(db)
    rng = random.Random(seed)
    kills = 0
    with ReplyDeskServer(seed=seed) as server:
        for generation in range(6):
            proc = subprocess.Popen(
                [sys.executable, "-m", "tests.fakes.reply_worker", str(db), server.url, str(journal),
                 str(generation * 10_000.0), str(rng.randrange(1 << 30))],
                cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
            try:
                proc.wait(timeout=rng.uniform(0.05, 0.5))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate()
            assert proc.returncode == -signal.SIGKILL, err
            kills += 1
        with OutboxStore.open(db, clock=lambda: time.time() + 1e6) as store:  # every lease has expired
            backend = RtBackend(SupportSettings(rt_url=server.url), Credential(token="1-2-flush"))
            ReplySender(store, backend).run_once(due_only=False)
            states = {r.id: r.state for r in store.replies(request_id)}
            adopted = sum("earlier attempt" in d for _, e, d in store.events(request_id) if e == "reply-sent")
        counts = server.replies_per_id()

    queued = [line.split()[1] for line in journal.read_text().splitlines() if line.startswith("queued ")]
    assert kills == 6
    assert queued, "the workers queued nothing before being killed"
    assert [r for r in queued if counts.get(r, 0) != 1] == []
    assert [r for r in queued if states.get(r) is not ReplyState.SENT] == []
    assert sum(counts.values()) == len(counts)  # nothing on the ticket twice, journaled or not
    print(f"{len(queued)} replies queued, {adopted} found on the ticket after a kill instead of sent again")
