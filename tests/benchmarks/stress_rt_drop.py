#!/usr/bin/env python3
"""Fault stress on the app's real send path: the answer to "create ticket" is lost N times; the next send pass
must adopt the ticket, never file a twin.

Each run puts a three-camera request in a real outbox (``OutboxStore``) and queues it. The outbox ``Sender``
then sends it as the app does: the full support bundle (``rma.support_bundle``), the RT client (``RtBackend``),
to a real Request Tracker 5, through a TCP proxy on loopback that forwards the create, lets RT finish it, then
drops the connection before the answer arrives. That pass must end "retry later" with the request marked as
possibly sent; the next pass (the proxy now passes answers on) must find the ticket by the submission id and
adopt it. Checked after each run: exactly one ticket carries the submission id, and the outbox holds that
ticket's number.

    python tests/benchmarks/stress_rt_drop.py [RUNS]      # default 50; needs Debian's RT packages
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pixrma_desktop.outbox.sender import Outcome, Sender  # noqa: E402
from pixrma_desktop.outbox.state import RequestState  # noqa: E402
from pixrma_desktop.outbox.store import OutboxStore  # noqa: E402
from pixrma_desktop.paths import AppPaths  # noqa: E402
from pixrma_desktop.rma.support_bundle import support_bundle_maker  # noqa: E402
from pixrma_desktop.settings import Settings  # noqa: E402
from pixrma_desktop.support.credentials import Credential  # noqa: E402
from pixrma_desktop.support.rt import RtBackend  # noqa: E402
from tests.fakes.dropping_proxy import DroppingProxy  # noqa: E402
from tests.fakes.sample_requests import complete_request  # noqa: E402
from tests.integration.rt.desk import SupportDesk  # noqa: E402
from tests.integration.rt.server import MISSING_REASON, rt_installed, start_rt  # noqa: E402


@dataclasses.dataclass
class Tally:
    runs: int = 0
    not_retried: int = 0
    """First passes that did not end "retry later" with the request marked as possibly sent."""
    not_adopted: int = 0
    """Second passes that did not adopt the ticket (filed another, or failed)."""
    duplicates: int = 0
    lost: int = 0
    """Runs whose outbox does not hold the number of the one ticket RT has."""
    problems: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.not_retried or self.not_adopted or self.duplicates or self.lost)


def one_run(store: OutboxStore, sender: Sender, proxy: DroppingProxy, desk: SupportDesk, tally: Tally) -> None:
    draft = store.create_draft(complete_request(cameras=3))
    store.queue(draft.id)
    tally.runs += 1

    proxy.drop_posts = True
    (first,) = sender.run_once(due_only=False).results
    stored = store.get(draft.id)
    if first.outcome is not Outcome.RETRY_LATER or not stored.maybe_sent:
        tally.not_retried += 1
        tally.problems.append(
            f"{draft.id}: first pass {first.outcome} ({first.message}), maybe_sent={stored.maybe_sent}"
        )

    proxy.drop_posts = False
    (second,) = sender.run_once(due_only=False).results
    if second.outcome is not Outcome.ADOPTED:
        tally.not_adopted += 1
        tally.problems.append(f"{draft.id}: second pass {second.outcome} ({second.message})")

    tickets = desk.tickets_with_submission(draft.id)
    tally.duplicates += max(0, len(tickets) - 1)
    sent = store.get(draft.id)
    if len(tickets) != 1 or sent.state is not RequestState.SUBMITTED or sent.support_ticket_number != tickets[0]:
        tally.lost += 1
        tally.problems.append(f"{draft.id}: RT has {tickets}, the outbox {sent.state} #{sent.support_ticket_number}")


def main(runs: int) -> int:
    if not rt_installed():
        print(f"stress_rt_drop: skipped: {MISSING_REASON}")
        return 0
    started = time.perf_counter()
    rt = start_rt()
    tally = Tally()
    try:
        desk = SupportDesk(rt)
        host, port = rt.url.removeprefix("http://").split(":")
        with DroppingProxy(host, int(port)) as proxy, tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            paths = AppPaths(root / "config", root / "data", root / "logs", root / "cache").ensure()
            settings = Settings()
            settings.support.rt_url = proxy.url
            backend = RtBackend(settings.support, Credential(token=rt.app_token))
            with OutboxStore.open(paths.outbox_db) as store:
                sender = Sender(store, backend, support_bundle_maker(paths, settings))
                for _ in range(runs):
                    one_run(store, sender, proxy, desk, tally)
            dropped = proxy.dropped
    finally:
        rt.stop()
    print(
        f"stress_rt_drop: {tally.runs} requests sent through the outbox sender, {dropped} answers dropped, "
        f"{tally.not_retried} first passes not kept for a lookup, {tally.not_adopted} not adopted, "
        f"duplicates = {tally.duplicates}, lost = {tally.lost} ({time.perf_counter() - started:.0f} s)"
    )
    for line in tally.problems[:20]:
        print("  " + line)
    return 0 if tally.ok and dropped == runs else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
