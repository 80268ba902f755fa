#!/usr/bin/env python3
"""Renders every page of the app into PNG files for the README (resources/screenshots/).

    xvfb-run -a -s "-screen 0 1280x800x24" python tests/gui/screenshots.py [OUT_DIR]

Runs on a virtual X screen (or QT_QPA_PLATFORM=offscreen) with its own temporary data folder, the demo cameras
and a loopback support server, so the pictures show what a newcomer sees: three demo cameras, a request, and
the outbox with the ticket number the server gave.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 1100, 700


def _wait(app: object, condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.processEvents()


def render(out_dir: Path, *, scanner_factory: object | None = None) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from pixrma_desktop.commands.context import CliContext
    from pixrma_desktop.paths import resolve_paths
    from pixrma_desktop.settings import Settings
    from pixrma_desktop.ui.main_window import MainWindow
    from pixrma_desktop.ui.network_status import Connectivity, ManualNetworkStatus
    from pixrma_desktop.ui.services import AppServices
    from tests.fakes.probes import FakeScannerFactory, demo_probes

    app = QApplication.instance() or QApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="pixrma-shots-") as tmp:
        paths = resolve_paths(tmp).ensure()
        settings = Settings()
        settings.support.rt_url = "https://support.example.com"
        network = ManualNetworkStatus()
        network.set_state(Connectivity.ONLINE)
        factory = scanner_factory or FakeScannerFactory(demo_probes()[:1])
        window = MainWindow(
            CliContext(paths, settings),
            demo_mode="on",
            services=AppServices(scanner_factory=factory, network_factory=lambda: network),  # type: ignore[arg-type]
            scan_on_start=False,
        )
        window.resize(WIDTH, HEIGHT)
        window.show()
        _settle()

        def shot(name: str) -> None:
            _settle()
            path = out_dir / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)

        window.scan.start_scan()
        _wait(app, lambda: not window.scan.busy)
        window.cameras_page.table.selectRow(0)
        shot("cameras")
        window.show_page("request")
        shot("request")
        window.show_page("outbox")
        shot("outbox")
        window.show_page("settings")
        shot("settings")
        window.close()
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    out = Path(argv[0]) if argv else ROOT / "resources" / "screenshots"
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
