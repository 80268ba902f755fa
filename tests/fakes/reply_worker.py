"""A child process that queues replies and sends them in a loop, to be killed at random moments.

    python -m tests.fakes.reply_worker DB URL JOURNAL CLOCK_OFFSET SEED

It writes ``queued REPLY_ID`` to JOURNAL after every ``queue_reply`` that returned, so the parent can check
that each of them reached the ticket exactly once. Prints ``ready`` once set up.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from pixrma_desktop.outbox.reply_sender import ReplySender
from pixrma_desktop.outbox.state import FILED_STATES
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend


def main(argv: list[str]) -> int:
    db, url, journal_path, offset, seed = argv
    rng = random.Random(int(seed))
    shift = float(offset)
    store = OutboxStore.open(Path(db), clock=lambda: time.time() + shift)
    backend = RtBackend(SupportSettings(rt_url=url, timeout_s=5.0), Credential(token="1-2-worker"))
    sender = ReplySender(store, backend, lease_s=600.0)
    (request,) = store.list(FILED_STATES)
    journal = open(journal_path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    print("ready", flush=True)
    n = 0
    while True:
        if rng.random() < 0.6:
            reply = store.queue_reply(request.id, f"Reply {seed}-{n}: the camera still drops frames.")
            journal.write(f"queued {reply.id}\n")
            journal.flush()
            n += 1
        sender.run_once(due_only=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
