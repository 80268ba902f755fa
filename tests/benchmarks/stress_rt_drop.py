#!/usr/bin/env python3
"""Fault stress: the answer to "create ticket" is lost N times; the retry must adopt the ticket, never file a twin.

A TCP proxy on loopback forwards each create to a real Request Tracker 5, lets RT finish it, then drops the
connection before the answer reaches the client. The client gets ``TransientError(uncertain=True)``, retries
through the same proxy (now passing answers on) the way the outbox's sender does (look the submission id up
first when the failure was uncertain), and must end up with exactly one ticket per submission id.

    python tests/benchmarks/stress_rt_drop.py [RUNS]      # default 50; needs Debian's RT packages
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pixrma_desktop.settings import SupportSettings  # noqa: E402
from pixrma_desktop.support.backend import Submission, TicketRef, TransientError  # noqa: E402
from pixrma_desktop.support.credentials import Credential  # noqa: E402
from pixrma_desktop.support.rt import RtBackend  # noqa: E402
from tests.fakes.dropping_proxy import DroppingProxy  # noqa: E402
from tests.integration.rt.desk import SupportDesk, make_submission  # noqa: E402
from tests.integration.rt.server import MISSING_REASON, rt_installed, start_rt  # noqa: E402


def send_again(backend: RtBackend, submission: Submission, *, may_have_arrived: bool) -> TicketRef:
    """The sender's rule: after an uncertain failure, adopt the ticket the first attempt filed, if any."""
    if may_have_arrived and (found := backend.find(submission.submission_id)) is not None:
        return found
    return backend.create(submission)


def main(runs: int) -> int:
    if not rt_installed():
        print(f"stress_rt_drop: skipped: {MISSING_REASON}")
        return 0
    started = time.perf_counter()
    rt = start_rt()
    duplicates = lost = not_uncertain = 0
    try:
        desk = SupportDesk(rt)
        host, port = rt.url.removeprefix("http://").split(":")
        with DroppingProxy(host, int(port)) as proxy, tempfile.TemporaryDirectory() as tmp:
            settings = SupportSettings(rt_url=proxy.url)
            backend = RtBackend(settings, Credential(token=rt.app_token))
            for run in range(runs):
                submission = make_submission(Path(tmp) / str(run), cameras=3, bundle_bytes=200_000)
                submission = dataclasses.replace(submission, submission_id=str(uuid.uuid4()))
                proxy.drop_posts = True
                uncertain = False
                try:
                    backend.create(submission)
                except TransientError as exc:
                    uncertain = exc.uncertain
                not_uncertain += not uncertain
                proxy.drop_posts = False
                ref = send_again(backend, submission, may_have_arrived=uncertain)
                tickets = desk.tickets_with_submission(submission.submission_id)
                duplicates += max(0, len(tickets) - 1)
                lost += ref.ticket_id not in tickets
            dropped = proxy.dropped
    finally:
        rt.stop()
    print(
        f"stress_rt_drop: {runs} runs, {dropped} answers dropped, {not_uncertain} failures not flagged uncertain, "
        f"duplicates = {duplicates}, lost = {lost} ({time.perf_counter() - started:.0f} s)"
    )
    return 0 if duplicates == 0 and lost == 0 and not_uncertain == 0 and dropped == runs else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
