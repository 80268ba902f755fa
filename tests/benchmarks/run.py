#!/usr/bin/env python3
"""Runs every benchmark (``tests/benchmarks/bench_*.py``), each in its own process, and prints its ratios.

Each benchmark measures the project against a baseline in the same run and prints lines of the form
``name: measured / baseline = ratio (target <= T) ok|MISSED``. This script exits non-zero when any target is
missed, so `python3 installer/dev.py bench` is one command that says whether the targets hold.

    python3 tests/benchmarks/run.py [NAME ...]      # e.g. `scan` runs bench_scan.py only
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in names]
    missed = 0
    for script in scripts:
        print(f"== {script.stem.removeprefix('bench_')}", flush=True)
        proc = subprocess.run(
            [sys.executable, str(script)], cwd=HERE.parent.parent, text=True, capture_output=True, check=False
        )
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0:
            sys.stdout.write(proc.stderr)
            print(f"{script.name} failed (exit {proc.returncode})")
            missed += 1
        missed += proc.stdout.count(" MISSED")
    print(f"{len(scripts)} benchmarks, {missed} targets missed or failed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
