"""Shared measuring for the benchmarks: wall time and peak RSS of a whole child process, and ratio lines."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ProcessCost:
    seconds: float
    peak_rss_mib: float
    cpu_seconds: float = 0.0
    """User + system CPU time of the process and the children it waited for (load on the machine barely
    changes it, unlike wall time)."""


def measure_process(argv: Sequence[str], *, repeat: int = 5, env: dict[str, str] | None = None) -> ProcessCost:
    """Median wall time and median peak RSS over ``repeat`` runs of the command, each a fresh process."""
    times, peaks, cpu = [], [], []
    for _ in range(repeat):
        started = time.perf_counter()
        proc = subprocess.Popen(list(argv), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - started)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed with exit {proc.returncode}")
        peaks.append(usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux
        cpu.append(usage.ru_utime + usage.ru_stime)
    return ProcessCost(statistics.median(times), statistics.median(peaks), statistics.median(cpu))


def ratio_line(name: str, measured: float, baseline: float, target: float, unit: str) -> str:
    ratio = measured / baseline if baseline else float("inf")
    verdict = "ok" if ratio <= target else "MISSED"
    return f"{name}: {measured:.3f} {unit} / {baseline:.3f} {unit} = {ratio:.2f}x (target <= {target:g}x) {verdict}"


def limit_line(name: str, measured: float, limit: float, unit: str) -> str:
    verdict = "ok" if measured <= limit else "MISSED"
    return f"{name}: {measured:.3f} {unit} (limit {limit:g} {unit}) {verdict}"
