#!/usr/bin/env python3
"""Scan speed and memory.

1. Whole process: `pixrma scan --json --demo` (python -m pixrma_desktop, isolated --data-dir) against a minimal
   script that uses harvesters directly to read the same three viky identities. Targets: wall time <= 1.15x,
   peak RSS <= 1.3x (medians of runs that alternate between the two). The best wall time and the CPU
   time are printed too: on a machine shared with other jobs they move less than the median wall time.
2. In process: one scan of 3 GenTL cameras (viky) + 8 simulated USB cameras, against the slowest of the two
   probes run alone. Target: total <= slowest single probe + 50 ms (the probes really run at once).

    python tests/benchmarks/bench_scan.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.measure import ProcessCost, limit_line, measure_process, ratio_line  # noqa: E402

BASELINE = """
import os, genicam
from harvesters.core import Harvester
h = Harvester()
h.add_file(os.path.join(os.path.dirname(genicam.__file__), "viky.cti"))
h.update()
for i in range(len(h.device_info_list)):
    ia = h.create(i)
    nm = ia.device.node_map
    print(nm.DeviceVendorName.value, nm.DeviceModelName.value, nm.DeviceSerialNumber.value, nm.DeviceVersion.value)
    ia.destroy()
h.reset()
"""

REPEAT = 11
WALL_TARGET = 1.15
RSS_TARGET = 1.3
USB_CAMERAS = 8
ROUNDS = 15


def whole_process() -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("GENICAM_GENTL64_PATH", None)
    # The GigE Vision search waits out its discovery deadline by design (bench_gige.py measures it); the harvesters
    # baseline does no network search, so neither does this comparison.
    env["PIXRMA_GIGE_INTERFACES"] = "none"
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled, like its libraries
    with tempfile.TemporaryDirectory(prefix="pixrma-bench-") as data_dir:
        ours_argv = [sys.executable, "-m", "pixrma_desktop", "--data-dir", data_dir, "scan", "--json", "--demo"]
        base_argv = [sys.executable, "-c", BASELINE]
        measure_process(ours_argv, repeat=1, env=env)  # warm the file cache for both
        measure_process(base_argv, repeat=1, env=env)
        ours, base = [], []
        for _ in range(REPEAT):  # interleaved, so load on the machine hits both alike
            ours.append(measure_process(ours_argv, repeat=1, env=env))
            base.append(measure_process(base_argv, repeat=1, env=env))

    def median(costs: list[ProcessCost], attr: str) -> float:
        return statistics.median(getattr(c, attr) for c in costs)

    return [
        ratio_line(
            "scan --json --demo wall time vs harvesters script",
            *(median(c, "seconds") for c in (ours, base)),
            WALL_TARGET,
            "s",
        ),
        ratio_line(
            "scan --json --demo peak RSS vs harvesters script",
            *(median(c, "peak_rss_mib") for c in (ours, base)),
            RSS_TARGET,
            "MiB",
        ),
        info_line("best wall time", min(c.seconds for c in ours), min(c.seconds for c in base), "s"),
        info_line("CPU time, user + system, with children", *(median(c, "cpu_seconds") for c in (ours, base)), "s"),
    ]


def info_line(name: str, measured: float, baseline: float, unit: str) -> str:
    """A figure for the reader, without a verdict (it moves with the load other programs put on the machine)."""
    return f"  ({name}: {measured:.3f} {unit} / {baseline:.3f} {unit} = {measured / baseline:.2f}x)"


def in_process() -> list[str]:
    from pixrma_desktop.cameras.gentl.probe import GenTLProbe
    from pixrma_desktop.cameras.scanner import Scanner
    from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe
    from tests.fakes.usb_world import FakeUsbBackend, pixelink_cameras

    backend = FakeUsbBackend(pixelink_cameras(USB_CAMERAS), others=4)

    def timed(probes: list[object]) -> tuple[float, int]:
        started = time.perf_counter()
        result = Scanner(probes, demo=True, timeout=30).run()  # type: ignore[arg-type]
        return time.perf_counter() - started, len(result.cameras)

    def usb() -> Usb3VisionProbe:
        return Usb3VisionProbe(backend)

    def gentl() -> GenTLProbe:
        return GenTLProbe(env={})

    timed([gentl(), usb()])  # warm: imports, producer vetting remembered, harvester loaded
    gentl_alone, usb_alone, together = [], [], []
    for _ in range(ROUNDS):
        gentl_alone.append(timed([gentl()])[0])
        usb_alone.append(timed([usb()])[0])
        seconds, count = timed([gentl(), usb()])
        together.append(seconds)
        if count != 3 + USB_CAMERAS:
            raise SystemExit(f"expected {3 + USB_CAMERAS} cameras, the scan found {count}")
    slowest = max(statistics.median(gentl_alone), statistics.median(usb_alone))
    total = statistics.median(together)
    return [
        f"gentl probe alone (3 viky cameras): {statistics.median(gentl_alone) * 1000:.1f} ms; "
        f"usb probe alone ({USB_CAMERAS} simulated cameras): {statistics.median(usb_alone) * 1000:.1f} ms",
        limit_line(f"scan of 3 GenTL + {USB_CAMERAS} USB cameras", total * 1000, slowest * 1000 + 50, "ms"),
    ]


def main() -> int:
    for line in [*whole_process(), *in_process()]:
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
