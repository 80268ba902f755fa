#!/usr/bin/env python3
"""GigE Vision probe: a scan with it enabled takes no longer than the discovery deadline + 50 ms, and it does
not hold back the records of faster probes.

Runs against the fake cameras of ``tests/gige_lab.py`` (aravis's, and two that answer by broadcast) inside
network namespaces, where the probe's broadcast is real (it re-runs itself inside the lab's host namespace;
needs root and aravis-tools).
Figures:
- total: scan with the GigE probe alone (broadcast on every interface + two addresses), median of 7.
- first record of a fast probe, with and without the GigE probe in the same scan, median of 7 each.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pixrma_desktop.cameras.gige.probe import GigeVisionProbe  # noqa: E402
from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem  # noqa: E402
from pixrma_desktop.cameras.record import CameraRecord  # noqa: E402
from pixrma_desktop.cameras.scan_result import CameraSeen, ScanEvent  # noqa: E402
from pixrma_desktop.cameras.scanner import scan  # noqa: E402
from pixrma_desktop.settings import CameraSettings  # noqa: E402
from tests.benchmarks.measure import limit_line, ratio_line  # noqa: E402

DEADLINE = 0.5
RUNS = 7
HOSTS = ["127.0.0.1", "127.0.0.2"]


class FastProbe:
    """Stands for a probe that knows its cameras at once (a GenTL producer's cached list)."""

    name = "fast"

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        yield CameraRecord(vendor="Bench", model="Fast", serial="FAST-1")


def first_fast_record(with_gige: bool, settings: CameraSettings) -> float:
    started = time.perf_counter()
    seen: list[float] = []

    def on_event(event: ScanEvent) -> None:
        if isinstance(event, CameraSeen) and event.record.serial == "FAST-1" and not seen:
            seen.append(time.perf_counter() - started)

    probes = [FastProbe(), GigeVisionProbe(HOSTS)] if with_gige else [FastProbe()]
    scan(probes, settings, on_event=on_event)
    return seen[0]


def measure() -> int:
    settings = CameraSettings(gige_discovery_s=DEADLINE)
    totals, cameras = [], 0
    for _ in range(RUNS):
        started = time.perf_counter()
        result = scan([GigeVisionProbe(HOSTS)], settings)
        totals.append(time.perf_counter() - started)
        cameras = len(result.cameras)
    with_gige = statistics.median(first_fast_record(True, settings) for _ in range(RUNS))
    without = statistics.median(first_fast_record(False, settings) for _ in range(RUNS))
    total = statistics.median(totals)
    print(f"gige scan: {cameras} cameras, discovery deadline {DEADLINE:g} s, median of {RUNS}")
    print(limit_line("gige scan total", total, DEADLINE + 0.05, "s"))
    print(ratio_line("gige scan total / discovery deadline", total, DEADLINE, (DEADLINE + 0.05) / DEADLINE, "s"))
    print(f"first record of a fast probe: {with_gige * 1000:.2f} ms with gige, {without * 1000:.2f} ms without")
    print(limit_line("fast probe's first record delayed by gige", max(0.0, with_gige - without), 0.010, "s"))
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--inside"]:
        return measure()
    from tests.gige_lab import GigeLab, fake_camera_available, namespaces_available

    ok, reason = namespaces_available()
    if not ok or not fake_camera_available():
        print(f"gige benchmark not run: {reason or 'aravis-tools is not installed'}")
        return 0
    with tempfile.TemporaryDirectory() as logs:
        lab = GigeLab(Path(logs))
        lab.start()
        try:
            import subprocess

            cmd = ["ip", "netns", "exec", lab.host, sys.executable, __file__, "--inside"]
            return subprocess.run(cmd, cwd=ROOT, check=False).returncode
        finally:
            lab.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
