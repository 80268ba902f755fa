#!/usr/bin/env python3
"""Support bundle creation with app logs of 10 MB, 100 MB and 1 GB: wall time and peak RSS, each case in its
own process. Target: the 1 GB case within 1.2x of the 10 MB case on both, because logs are read from their
end in blocks (memory and time follow the part kept, never the log's size). The 10 MB log is kept whole; the
larger ones keep their newest 10 MiB (half the default 20 MiB budget), so the kept parts differ by 5 %. Cases
run in interleaved rounds; medians are compared.

    python tests/benchmarks/bench_bundle.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.measure import ProcessCost, limit_line, measure_process, ratio_line  # noqa: E402

MB = 1000 * 1000
SIZES = {"10MB": 10 * MB, "100MB": 100 * MB, "1GB": 1000 * MB}
TARGET = 1.2
BUDGET_MB = 20.0
ROUNDS = 7


def _block() -> bytes:
    """About 4 MiB of varied JSON log lines, like the app writes them (some with addresses and paths)."""
    lines = []
    for i in range(30_000):
        fields = {"ts": f"2026-11-26T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z"}
        fields["level"] = "WARNING" if i % 17 == 0 else "INFO"
        fields["logger"] = ("pixrma.scan", "pixrma.outbox", "pixrma.support")[i % 3]
        if i % 10 == 0:
            fields["msg"] = f"GigE camera 21098765 at 192.168.2.{i % 250} via enp3s0 (NIC 10.0.0.{i % 200})"
        elif i % 10 == 1:
            fields["msg"] = f"producer /home/alice/gentl/vendor{i % 7}.cti loaded in {i % 90} ms"
        elif i % 10 == 2:
            fields["msg"] = f"send attempt {i} for draft 4f1c-{i:08x}: server answered 503, retry in {i % 60} s"
        else:
            fields["msg"] = f"usb 2-{i % 4}: camera PL-D755MU S/N 1234{i % 10000:04d} link super speed, frame {i}"
        lines.append(json.dumps(fields))
    return ("\n".join(lines) + "\n").encode()


def _generate(path: Path, size: int, block: bytes) -> None:
    with path.open("wb") as handle:
        written = 0
        while written + len(block) <= size:
            handle.write(block)
            written += len(block)
        rest = block[: size - written]
        handle.write(rest[: rest.rfind(b"\n") + 1] if b"\n" in rest else b"")
        handle.flush()
        os.fsync(handle.fileno())  # the generator's writes are flushed before anything is measured


def child(log: str, out: str) -> None:
    from datetime import UTC, datetime

    from pixrma_desktop.cameras.record import CameraRecord, Transport
    from pixrma_desktop.diagnostics.bundle import plan_bundle
    from pixrma_desktop.diagnostics.bundle_plan import BundleInputs, LogSource
    from pixrma_desktop.diagnostics.bundle_zip import write_bundle
    from pixrma_desktop.diagnostics.redact import Identity
    from pixrma_desktop.settings import EvidenceSettings

    inputs = BundleInputs(
        cameras=[CameraRecord(vendor="Pixelink", model="PL-D755MU", serial="12345678", transport=Transport.GENTL)],
        logs=[LogSource("logs/app/pixrma.log", (Path(log),), "benchmark log")],
        settings=EvidenceSettings(bundle_budget_mb=BUDGET_MB),
        identity=Identity("alice", "/home/alice", "labpc"),
        created_at=datetime(2026, 11, 26, tzinfo=UTC),
    )
    with plan_bundle(inputs) as plan:
        write_bundle(plan, Path(out))


def main() -> int:
    block = _block()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory(prefix="pixrma-bench-") as tmp:
        logs = {name: Path(tmp) / f"{name}.log" for name in SIZES}
        for name, size in SIZES.items():
            _generate(logs[name], size, block)
        # Rounds that run every case once, so a busy moment on the machine hits all cases alike.
        runs: dict[str, list[ProcessCost]] = {name: [] for name in SIZES}
        for _ in range(ROUNDS):
            for name, log in logs.items():
                argv = [sys.executable, __file__, "--child", str(log), str(Path(tmp) / f"{name}.zip")]
                runs[name].append(measure_process(argv, repeat=1, env=env))
        costs = {
            name: ProcessCost(
                statistics.median(c.seconds for c in cases),
                statistics.median(c.peak_rss_mib for c in cases),
                statistics.median(c.cpu_seconds for c in cases),
            )
            for name, cases in runs.items()
        }
        for name in SIZES:
            zipped = (Path(tmp) / f"{name}.zip").stat().st_size / 2**20
            print(
                f"{name}: {costs[name].seconds:.2f} s, peak RSS {costs[name].peak_rss_mib:.1f} MiB, bundle "
                f"{zipped:.2f} MiB"
            )
            print(limit_line(f"bundle size {name}", zipped, BUDGET_MB, "MiB"))
        base = costs["10MB"]
        for name in ("100MB", "1GB"):
            print(ratio_line(f"time {name} vs 10MB", costs[name].seconds, base.seconds, TARGET, "s"))
            print(ratio_line(f"peak RSS {name} vs 10MB", costs[name].peak_rss_mib, base.peak_rss_mib, TARGET, "MiB"))
            best = min(c.seconds for c in runs[name]) / min(c.seconds for c in runs["10MB"])
            cpu = costs[name].cpu_seconds / base.cpu_seconds
            # figures without a verdict: they move less than the median wall time on a shared machine
            print(f"  (best wall time {name} vs 10MB: {best:.2f}x; CPU time, user + system: {cpu:.2f}x)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        sys.exit(0)
    sys.exit(main())
