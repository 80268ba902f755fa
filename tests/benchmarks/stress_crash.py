#!/usr/bin/env python3
"""Stress: SIGKILL an autosaving, sending worker at random moments (default 120 times), then check the outbox.

    python tests/benchmarks/stress_crash.py [KILLS] [SEED]

Prints the counts (kills, autosaves, requests queued, tickets filed, duplicates, lost saves, damaged rows) and
exits non-zero when any draft that was saved is lost or damaged, or any submission was filed twice.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fakes.crash_harness import flush, run_kills, verify
from tests.fakes.support_server import FakeSupportServer


def main(argv: list[str]) -> int:
    kills = int(argv[0]) if argv else 120
    seed = int(argv[1]) if len(argv) > 1 else 2026
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, FakeSupportServer() as server:
        folder = Path(tmp)
        done = run_kills(folder, server, kills, seed, max_delay_s=0.5)
        flush(folder, server, clock_offset=1e9)
        report = verify(folder, server, done)
    print(f"SIGKILLs: {report.kills}")
    print(f"autosaves that returned (journaled): {report.saves_journaled}")
    print(f"requests in the outbox: {report.drafts}")
    print(f"requests queued (journaled): {report.queued_journaled}")
    print(f"tickets filed at the server: {report.tickets_filed}")
    print(f"requests taken over from a killed sender (expired lease): {report.taken_over}")
    print(f"tickets found on the server and adopted instead of re-sent: {report.adopted}")
    print(f"duplicate submissions: {report.duplicates}")
    print(f"lost saves: {len(report.lost_saves)}  damaged: {len(report.damaged)}  unsent: {len(report.unsent)}")
    for line in report.lost_saves + report.damaged + report.unsent + report.mismatched_tickets:
        print("  " + line)
    print(f"took {time.perf_counter() - started:.1f} s")
    print("crash safety: " + ("ok" if report.ok else "MISSED"))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
