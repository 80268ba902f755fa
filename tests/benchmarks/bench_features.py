#!/usr/bin/env python3
"""Configuration snapshot speed: the viky snapshot against a bare genicam loop reading the same features, and
the camera list of a scan with snapshots in the background against one without.

Both run on the GenTL worker's thread with the same ``Harvester`` (one per process), camera by camera: open,
read every feature of the remote device and the GenTL modules (access mode, value, and for numbers minimum,
maximum and increment), read the XML from the remote port, close. Medians of alternating rounds; target
<= 1.3x.

The camera list: the time from the start of a scan to its camera list, alone, and as the app runs a scan (its
snapshots start once the list is shown, as ``ui/snapshot_jobs.py`` does). Target <= 1.05x. For information,
also a scan started while the last scan's snapshots are being taken (a new scan cancels those still to come
and the one in progress stops for it).

    python tests/benchmarks/bench_features.py
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pixrma_desktop.cameras.gentl.probe import GenTLProbe, HarvesterWorker  # noqa: E402
from pixrma_desktop.cameras.gentl.snapshot import snapshot_gentl  # noqa: E402
from pixrma_desktop.cameras.scanner import scan  # noqa: E402
from pixrma_desktop.settings import CameraSettings  # noqa: E402
from tests.benchmarks.measure import ratio_line  # noqa: E402

ROUNDS = 41
NUMBERS = (2, 5)  # EInterfaceType intfIInteger, intfIFloat
ENUMERATION = 9
READABLE = (3, 4)  # EAccessMode RO, RW


def bare_loop(harvester: Any, names: list[tuple[str | None, str]]) -> int:
    """What a script would write with genicam alone: the same features read by name, and the XML."""
    read = 0
    for info in list(harvester.device_info_list):
        acquirer = harvester.create(info)
        try:
            maps = {None: acquirer.remote_device.node_map}
            maps.update({m: getattr(acquirer, m).node_map for m in ("system", "interface", "device")})
            maps["stream"] = acquirer.data_streams[0].node_map
            for module, name in names:
                feature = maps[module].get_node(name)
                kind = int(feature.node.principal_interface_type)
                if int(feature.node.get_access_mode()) not in READABLE or kind == 4:
                    continue
                try:
                    _ = feature.to_string() if kind == ENUMERATION else feature.value
                    if kind in NUMBERS:
                        _ = (feature.min, feature.max, feature.inc if kind == 2 else None)
                    read += 1
                except Exception:
                    continue
            port = acquirer.remote_device.port
            url = port.url_info_list[0].url
            _, address, size = url.split(":", 1)[1].split("?")[0].split(";")
            port.read(int(address, 16), int(size, 16))
        finally:
            acquirer.destroy()
    return read


LIST_ROUNDS = 60


def _snapshots_behind(worker: HarvesterWorker, records: list[Any], cancel: threading.Event) -> threading.Thread:
    """The app's background snapshots: one camera after another, stopping between cameras when cancelled."""

    def run() -> None:
        for record in records:
            if cancel.is_set():
                return
            snapshot_gentl([record], 30.0, worker)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def camera_list_ratio(worker: HarvesterWorker) -> list[str]:
    """The camera list of a scan, alone and as the app runs it (its snapshots start once the list is there and
    run in the background until done), alternating; then, for information, a scan started while the last
    scan's snapshots are being taken (the snapshot in progress stops for it)."""

    def scan_once() -> tuple[float, list[Any]]:
        started = time.perf_counter()
        found = list(scan([GenTLProbe(worker, env={})], CameraSettings(), demo=True).cameras)
        return time.perf_counter() - started, found

    alone: list[float] = []
    with_snapshots: list[float] = []
    rescan: list[float] = []
    for round_number in range(LIST_ROUNDS):
        for mode in ("alone", "with") if round_number % 2 else ("with", "alone"):  # neither always goes first
            seconds, found = scan_once()
            if mode == "alone":
                alone.append(seconds)
                continue
            with_snapshots.append(seconds)
            _snapshots_behind(worker, found, threading.Event()).join()  # done before the next scan, as usual
        cancel = threading.Event()
        thread = _snapshots_behind(worker, found, cancel)
        time.sleep(0.01)  # the user scans again while a camera's snapshot is being taken
        cancel.set()  # what a new scan does first
        seconds, _found = scan_once()
        rescan.append(seconds)
        thread.join()
    base = statistics.median(alone) * 1000
    line = ratio_line(
        "camera list with snapshots after it vs without", statistics.median(with_snapshots) * 1000, base, 1.05, "ms"
    )
    slower = statistics.median(rescan) * 1000
    info = f"camera list of a rescan while snapshots run (information): {slower:.3f} ms / {base:.3f} ms = "
    return [line, info + f"{slower / base:.2f}x"]


def main() -> int:
    worker = HarvesterWorker()
    records = list(scan([GenTLProbe(worker, env={})], CameraSettings(), demo=True).cameras)
    if len(records) != 3:
        print(f"viky gave {len(records)} cameras, not 3; is the genicam package installed?")
        return 1
    first = snapshot_gentl(records, 30.0, worker)
    names = [(f.module, f.name) for f in first[0].features]
    ours: list[float] = []
    base: list[float] = []
    for _ in range(ROUNDS):  # alternating, so load on the machine hits both alike
        started = time.perf_counter()
        snapshots = snapshot_gentl(records, 30.0, worker)
        ours.append(time.perf_counter() - started)
        assert all(len(s.readable) > 50 for s in snapshots)
        started = time.perf_counter()
        worker.call(lambda w: bare_loop(w.harvester, names), timeout=30)
        base.append(time.perf_counter() - started)
    print(f"features read per camera: {len(first[0].readable)} of {len(first[0].features)}")
    print(
        ratio_line(
            "viky snapshot (3 cameras) vs bare genicam loop",
            statistics.median(ours) * 1000,
            statistics.median(base) * 1000,
            1.3,
            "ms",
        )
    )
    for line in camera_list_ratio(worker):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
