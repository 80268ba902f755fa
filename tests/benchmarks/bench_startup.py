#!/usr/bin/env python3
"""Start-up cost of the desktop app against a bare PySide6 window, measured in the same run.

`pixrma --exit-after-start` (the app with an empty data folder, quitting as soon as its first window has been
shown) against a script that opens one empty QMainWindow and quits the same way. Targets: at most 1.3x on wall
time to first window, 1.5x on peak RSS. Heavy libraries (harvesters, genicam, pyusb, requests, pydantic) must stay
off the start-up path for this to hold.

    python tests/benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from statistics import median  # noqa: E402

from tests.benchmarks.measure import ProcessCost, measure_process, ratio_line  # noqa: E402

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 700)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

TARGET = 1.3
RSS_TARGET = 1.5
ROUNDS = 11


def main() -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed (pip and the frozen app ship compiled bytecode): let the warm-up runs write it, into a
    # private folder so the source tree stays clean.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="pixrma-bench-") as data, tempfile.TemporaryDirectory() as pycache:
        env["PYTHONPYCACHEPREFIX"] = pycache
        app_argv = [sys.executable, "-m", "pixrma_desktop", "--data-dir", data, "--exit-after-start"]
        bare_argv = [sys.executable, "-c", BARE_WINDOW]
        measure_process(app_argv, repeat=1, env=env)  # warm the file cache for both
        measure_process(bare_argv, repeat=1, env=env)
        # Interleaved, so a busy moment on the machine hits both sides alike.
        bares, apps = [], []
        for _ in range(ROUNDS):
            bares.append(measure_process(bare_argv, repeat=1, env=env))
            apps.append(measure_process(app_argv, repeat=1, env=env))
        # Time: the fastest run of each (the one least disturbed by whatever else the machine does);
        # memory: the median.
        bare = ProcessCost(min(c.seconds for c in bares), median(c.peak_rss_mib for c in bares))
        app = ProcessCost(min(c.seconds for c in apps), median(c.peak_rss_mib for c in apps))
    print(f"bare PySide6 window: {bare.seconds:.3f} s, {bare.peak_rss_mib:.1f} MiB")
    print(f"pixrma --exit-after-start: {app.seconds:.3f} s, {app.peak_rss_mib:.1f} MiB")
    print(ratio_line("start-up to first window", app.seconds, bare.seconds, TARGET, "s"))
    print(ratio_line("peak RSS at start-up", app.peak_rss_mib, bare.peak_rss_mib, RSS_TARGET, "MiB"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
