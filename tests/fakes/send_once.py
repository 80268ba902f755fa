"""A child process that runs one sender pass over an outbox: ``python -m tests.fakes.send_once DB URL BUNDLES``.

Prints ``ready`` and waits for a line on stdin before sending, so a test can release several at once."""

from __future__ import annotations

import sys
from pathlib import Path

from pixrma_desktop.outbox.sender import Sender
from pixrma_desktop.outbox.store import OutboxStore
from tests.fakes.json_backend import FakeJsonBackend
from tests.fakes.request_bundle import bundle_maker


def main(argv: list[str]) -> int:
    db, url, bundles = argv
    with OutboxStore.open(Path(db)) as store:
        sender = Sender(store, FakeJsonBackend(url), bundle_maker(Path(bundles)))
        print("ready", flush=True)
        sys.stdin.readline()
        report = sender.run_once(due_only=False)
    print(len(report.results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
