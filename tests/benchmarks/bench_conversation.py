#!/usr/bin/env python3
"""Refreshing the conversations of 20 sent requests (30 transactions each) from a real Request Tracker 5.

Counted: HTTP requests per refresh. Targets: a first refresh costs at most 2 per ticket (history + MIME parts,
no file content); saving the files support sent costs one request per file; a second refresh with nothing
new costs at most 2 per ticket and fetches no file.

Timed against a baseline in the same run: the very same HTTP requests (same URLs, parameters and bodies,
recorded from the measured run) sent bare with ``requests`` and their JSON decoded, without any of the app's
work (parsing the thread, sanitizing, keeping it in the outbox database). Target: at most 1.5x. Runs are
interleaved and the median taken, so a server slowing down hurts both sides alike.

    python tests/benchmarks/bench_conversation.py     # needs Debian's RT packages (see tests/integration/rt)
"""

from __future__ import annotations

import base64
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

REQUESTS = 20
TRANSACTIONS = 30
"""Per ticket: the request itself and 29 answers, every tenth with a file."""
REPEAT = 5
ADDRESS = "buyer@lab-a.test"


def main() -> int:
    import requests

    from pixrma_desktop.outbox.conversation_refresh import refresh_all
    from pixrma_desktop.outbox.store import OutboxStore
    from pixrma_desktop.settings import SupportSettings
    from pixrma_desktop.support.backend import TicketRef
    from pixrma_desktop.support.credentials import Credential
    from pixrma_desktop.support.rt import RtBackend
    from pixrma_desktop.support.transport import TransportLimits, make_session
    from tests.benchmarks.measure import limit_line, ratio_line
    from tests.fakes.sample_requests import complete_request
    from tests.integration.rt.server import MISSING_REASON, rt_installed, start_rt

    if not rt_installed():
        print(f"conversation: skipped: {MISSING_REASON}")
        return 0
    rt = start_rt()
    try:
        api = f"{rt.url}/REST/2.0"

        def file_one(n: int) -> tuple[str, int]:
            """One ticket with its whole conversation (sessions are per thread: requests' are not shared)."""
            mine = requests.Session()
            mine.headers["Authorization"] = f"token {rt.customer_token}"
            desk = requests.Session()
            desk.auth = (rt.support_user, rt.support_password)
            created = mine.post(
                f"{api}/ticket",
                json={"Queue": "Support", "Subject": f"Camera {n}", "Requestor": ADDRESS,
                      "Content": f"Camera {n} stops streaming.", "ContentType": "text/plain"},
                timeout=60,
            )  # fmt: skip
            created.raise_for_status()
            ticket = str(created.json()["id"])
            sent_files = 0
            for k in range(1, TRANSACTIONS):
                who = desk if k % 2 else mine
                document: dict = {
                    "Content": f"Message {k} on ticket {ticket}.\nSecond line.",
                    "ContentType": "text/plain",
                }
                if k % 10 == 1:
                    document["Attachments"] = [
                        {"FileName": f"notes-{k}.txt", "FileType": "text/plain",
                         "FileContent": base64.b64encode(b"x" * 2048).decode()}
                    ]  # fmt: skip
                    sent_files += 1
                who.post(f"{api}/ticket/{ticket}/correspond", json=document, timeout=60).raise_for_status()
            return ticket, sent_files

        with ThreadPoolExecutor(max_workers=4) as pool:
            made = list(pool.map(file_one, range(REQUESTS)))
        tickets = [ticket for ticket, _ in made]
        files = sum(count for _, count in made)

        calls: list[tuple[str, str, dict, bytes | None]] = []

        def counting_backend() -> RtBackend:
            session = make_session(TransportLimits())
            send = session.request

            def request(method, url, *args, **kwargs):  # type: ignore[no-untyped-def]
                calls.append((method, url, dict(kwargs.get("params") or {}), kwargs.get("data")))
                return send(method, url, *args, **kwargs)

            session.request = request  # type: ignore[method-assign]
            return RtBackend(SupportSettings(rt_url=rt.url), Credential(token=rt.customer_token), session=session)

        def outbox(folder: Path) -> OutboxStore:
            store = OutboxStore.open(folder / "outbox.sqlite3")
            for ticket in tickets:
                request = complete_request()
                request.contact.email = ADDRESS
                store.create_draft(request)
                store.queue(str(request.id))
                lease = store.acquire_lease("bench", 60, request_id=str(request.id))
                assert lease is not None
                store.record_submitted(lease.request_id, TicketRef(ticket), owner="bench")
            return store

        bare = requests.Session()
        bare.headers.update({"Authorization": f"token {rt.customer_token}", "Content-Type": "application/json",
                             "User-Agent": "pixrma-desktop"})  # fmt: skip

        def replay(recorded: list[tuple[str, str, dict, bytes | None]]) -> float:
            started = time.perf_counter()
            for method, url, params, data in recorded:
                answer = bare.request(method, url, params=params, data=data, timeout=60)
                answer.raise_for_status()
                answer.json()
            return time.perf_counter() - started

        ours: dict[str, list[float]] = {"first": [], "unchanged": []}
        theirs: dict[str, list[float]] = {"first": [], "unchanged": []}
        counts: dict[str, int] = {}
        for _ in range(REPEAT):
            with tempfile.TemporaryDirectory() as tmp:
                store = outbox(Path(tmp))
                backend = counting_backend()
                calls.clear()
                started = time.perf_counter()
                results = refresh_all(store, backend)
                ours["first"].append(time.perf_counter() - started)
                assert not any(r.error for r in results), [r.error for r in results if r.error]
                first_calls = list(calls)
                counts["first"] = len(first_calls)
                counts["first_file_fetches"] = sum("/attachment/" in urlsplit(c[1]).path for c in first_calls)
                items = sum(len(store.conversation(r.request_id).items) for r in results)
                counts["items"] = items

                calls.clear()
                attachments = [
                    a.id for r in results for i in store.conversation(r.request_id).items for a in i.attachments
                ]
                for attachment in attachments:
                    backend.attachment_content(attachment)
                counts["bodies"] = len(calls)
                counts["new_files"] = len(attachments)

                calls.clear()
                started = time.perf_counter()
                refresh_all(store, backend)
                ours["unchanged"].append(time.perf_counter() - started)
                unchanged_calls = list(calls)
                counts["unchanged"] = len(unchanged_calls)
                counts["unchanged_file_fetches"] = sum("/attachment/" in urlsplit(c[1]).path for c in unchanged_calls)
                store.close()
            theirs["first"].append(replay(first_calls))
            theirs["unchanged"].append(replay(unchanged_calls))
    finally:
        rt.stop()

    print(f"({REQUESTS} requests x {TRANSACTIONS} transactions, {files} files sent by support/customer; "
          f"{counts['items']} thread items read)")  # fmt: skip
    print(limit_line("first refresh: HTTP requests", counts["first"], 2 * REQUESTS, "requests"))
    print(limit_line("first refresh: file contents fetched", counts["first_file_fetches"], 0, "requests"))
    print(limit_line("saving every new file: HTTP requests", counts["bodies"], counts["new_files"], "requests"))
    print(limit_line("refresh with nothing new: HTTP requests", counts["unchanged"], 2 * REQUESTS, "requests"))
    print(
        limit_line("refresh with nothing new: file contents fetched", counts["unchanged_file_fetches"], 0, "requests")
    )
    for key, label in (("first", "first refresh"), ("unchanged", "refresh with nothing new")):
        print(
            ratio_line(
                f"{label} vs the same requests bare",
                statistics.median(ours[key]),
                statistics.median(theirs[key]),
                1.5,
                "s",
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
