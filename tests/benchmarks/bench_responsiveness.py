#!/usr/bin/env python3
"""The 50 ms rule: the GUI's event loop never stalls longer than 50 ms while a scan or a send runs.

A 5 ms QTimer heartbeat runs while (1) a scan with slow, GIL-holding fake probes fills the camera table and
(2) the outbox sends a request as the app does: the full support bundle (system report, logs) and the RT client
to a real Request Tracker 5 (skipped when RT is not installed), then the same through a fast loopback fake
support server. The largest gap between two beats is the longest time the window could not repaint or react.
Baseline in the same run: the heartbeat with nothing running, which shows what the machine itself adds.

    python tests/benchmarks/bench_responsiveness.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.measure import limit_line  # noqa: E402

LIMIT_MS = 50.0


def _spin(app: object, condition: object, timeout_s: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not finish in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from pixrma_desktop.application.root import AppRoot
    from pixrma_desktop.paths import resolve_paths
    from pixrma_desktop.settings import Settings, SupportSettings
    from pixrma_desktop.support.credentials import Credential
    from pixrma_desktop.support.rt import RtBackend
    from pixrma_desktop.ui.main_window import MainWindow
    from pixrma_desktop.ui.network_status import Connectivity
    from pixrma_desktop.ui.services import AppServices
    from tests.fakes.json_backend import FakeJsonBackend
    from tests.fakes.network import ManualNetworkStatus
    from tests.fakes.probes import FakeProbe, FakeScannerFactory, viky
    from tests.fakes.sample_requests import complete_request
    from tests.fakes.support_server import FakeSupportServer
    from tests.gui.heartbeat import Heartbeat
    from tests.integration.rt.server import MISSING_REASON, rt_installed, start_rt

    app = QApplication.instance() or QApplication([])
    probes = [
        FakeProbe(name, [viky(f"{name}-{i}") for i in range(20)], delay=0.03, busy_work=50_000)
        for name in ("gentl", "usb3vision", "gigevision")
    ]
    server = FakeSupportServer().start()
    rt = start_rt() if rt_installed() else None
    backends: dict[str, object] = {"fake": lambda: FakeJsonBackend(server.url, timeout=10)}
    if rt is not None:
        rt_settings = SupportSettings(rt_url=rt.url)
        backends["rt"] = lambda: RtBackend(rt_settings, Credential(token=rt.app_token))
    using = ["fake"]
    sends: dict[str, Heartbeat] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="pixrma-bench-") as tmp:
            network = ManualNetworkStatus()
            network.set_state(Connectivity.OFFLINE)
            window = MainWindow(
                AppRoot(
                    resolve_paths(tmp).ensure(),
                    Settings(),
                    backend_factory=lambda _s: backends[using[0]](),  # type: ignore[operator]
                ),
                services=AppServices(
                    scanner_factory=FakeScannerFactory(probes),
                    network_factory=lambda: network,
                ),
                scan_on_start=False,
            )
            window.show()
            _spin(app, lambda: window.is_started)

            idle = Heartbeat()
            idle.start()
            end = time.monotonic() + 1.0
            _spin(app, lambda: time.monotonic() > end)
            idle.stop()

            scan = Heartbeat()
            scan.start()
            window.scan.start_scan()
            _spin(app, lambda: not window.scan.busy)
            scan.stop()

            page = window.request_page
            for name in [n for n in ("rt", "fake") if n in backends]:
                using[0] = name
                network.set_state(Connectivity.OFFLINE)
                _spin(app, lambda: page.current_request() is not None)
                page.load(complete_request())
                page.submit()
                _spin(app, lambda: window.outbox.waiting_count() == 1)
                filed = sum(1 for r in window.outbox.rows if r.support_ticket_number)
                sends[name] = send = Heartbeat()
                send.start()
                network.set_state(Connectivity.ONLINE)
                _spin(app, lambda: sum(1 for r in window.outbox.rows if r.support_ticket_number) > filed)  # noqa: B023
                send.stop()
            window.close()
    finally:
        server.stop()
        if rt is not None:
            rt.stop()
    print(f"idle event loop: largest gap {idle.max_gap_ms:.1f} ms over {idle.ticks} beats (baseline)")
    print(limit_line("largest event-loop stall during a scan", scan.max_gap_ms, LIMIT_MS, "ms"))
    if "rt" in sends:
        print(
            limit_line(
                "largest event-loop stall during a send (Request Tracker 5, full support bundle)",
                sends["rt"].max_gap_ms,
                LIMIT_MS,
                "ms",
            )
        )
    else:
        print(f"send to Request Tracker: skipped: {MISSING_REASON}")
    print(limit_line("largest event-loop stall during a send (fake server)", sends["fake"].max_gap_ms, LIMIT_MS, "ms"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
