"""A child process that autosaves drafts and sends queued ones in a loop, to be killed at random moments.

    python -m tests.fakes.outbox_worker DB URL JOURNAL BUNDLES CLOCK_OFFSET SEED

Autosaves are durable or fast (``durable=False``) at random; both must survive the process being killed.
It writes a line to JOURNAL after every autosave that returned (``saved ID REVISION SHA256``) and after every
queue that returned (``queued ID``), so the parent can check afterwards that everything the worker was told
was saved is still there, intact. ``CLOCK_OFFSET`` shifts the worker's clock so a new generation sees the
leases of a killed one as expired without waiting. Prints ``ready`` once set up.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import time
from pathlib import Path

from pixrma_desktop.outbox.sender import Sender
from pixrma_desktop.outbox.store import OutboxStore
from tests.fakes.json_backend import FakeJsonBackend
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import complete_request


def main(argv: list[str]) -> int:
    db, url, journal_path, bundles, offset, seed = argv
    rng = random.Random(int(seed))
    shift = float(offset)

    def clock() -> float:
        return time.time() + shift

    store = OutboxStore.open(Path(db), clock=clock)
    sender = Sender(store, FakeJsonBackend(url, timeout=5.0), bundle_maker(Path(bundles)), lease_s=600.0)
    journal = open(journal_path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

    def note(line: str) -> None:
        journal.write(line + "\n")
        journal.flush()

    print("ready", flush=True)
    iteration = 0
    while True:
        iteration += 1
        request = complete_request(cameras=rng.randint(1, 3))
        store.create_draft(request)
        note(f"saved {request.id} 1 {hashlib.sha256(request.to_json().encode()).hexdigest()}")
        for k in range(rng.randint(1, 4)):
            request = request.model_copy(
                update={"notes": f"revision {k}: {rng.random()} " + "x" * rng.randint(0, 3000)}
            )
            revision = store.save_draft(request, durable=rng.random() < 0.5)
            note(f"saved {request.id} {revision} {hashlib.sha256(request.to_json().encode()).hexdigest()}")
        if iteration % 2 == 0:
            store.queue(request.id)
            note(f"queued {request.id}")
        sender.run_once(due_only=False)
        if os.environ.get("OUTBOX_WORKER_ONCE"):
            return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
