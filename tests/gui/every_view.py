"""Opens every page and dialog of the app, filled as a user sees them, for checks that walk all of them
(clipped text, keyboard and screen-reader access). Used in-process by pytest-qt tests and, for another
``QT_SCALE_FACTOR``, in a fresh process (``python -m tests.gui.every_view LANGUAGE``; ``PIXRMA_VIEW_WIDTH``
sets the window width, 1100 by default)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget


def _wait(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def every_view(window: object) -> Iterator[tuple[str, QWidget]]:
    """Each page of a shown, started ``MainWindow`` (after a scan, a request in the form, a queued request in
    the outbox), then each dialog the pages open; a dialog is closed once the caller has looked at it."""
    from pixrma_desktop.ui.main_window import MainWindow
    from tests.fakes.sample_requests import complete_request

    assert isinstance(window, MainWindow)
    window.scan.start_scan()
    _wait(lambda: not window.scan.busy)
    window.cameras_page.table.selectRow(0)
    _settle()
    yield "cameras", window.cameras_page
    window.show_page("request")
    request_page = window.request_page
    _wait(lambda: request_page.current_request() is not None)
    request = complete_request(2)
    request_page.load(request)
    _settle()
    yield "request", request_page
    store = window.root.outbox
    queued = complete_request()
    store.create_draft(queued)
    store.queue(queued.id)
    window.show_page("outbox")
    outbox_page = window.outbox_page
    outbox_page.service.refresh_list()
    _wait(lambda: outbox_page.model.rowCount() >= 1)
    outbox_page.table.selectRow(0)
    _settle()
    yield "outbox", outbox_page
    window.show_page("settings")
    _settle()
    yield "settings", window.settings_page
    manual = window.cameras_page.add_manual()
    _settle()
    yield "add-by-hand", manual
    manual.close()
    review = request_page.review()
    assert review is not None
    _wait(lambda: review.preview is not None)
    _settle()
    yield "review", review
    review.close()


def _main(language: str) -> int:
    """Print the clipped texts of every view as JSON (for a run under another QT_SCALE_FACTOR)."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from pixrma_desktop.application.root import AppRoot
    from pixrma_desktop.paths import resolve_paths
    from pixrma_desktop.settings import Settings
    from pixrma_desktop.ui.main_window import MainWindow
    from pixrma_desktop.ui.services import AppServices
    from pixrma_desktop.ui.translations import install_translators
    from tests.fakes.network import ManualNetworkStatus
    from tests.fakes.probes import FakeScannerFactory, demo_probes
    from tests.gui.clipping import clipped_texts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, language)
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pixrma-views-") as tmp:
        paths = resolve_paths(tmp).ensure()
        window = MainWindow(
            AppRoot(paths, Settings()),
            services=AppServices(
                scanner_factory=FakeScannerFactory(demo_probes()),
                network_factory=ManualNetworkStatus,
                hotplug_root=paths.data_dir / "no-usb-here",
            ),
            scan_on_start=False,
        )
        window.resize(int(os.environ.get("PIXRMA_VIEW_WIDTH", "1100")), 700)
        window.show()
        _wait(lambda: window.is_started)
        for name, view in every_view(window):
            found += [f"{name}: {problem}" for problem in clipped_texts(view)]
        window.close()
        QTimer.singleShot(0, app.quit)
    del translators
    print(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1] if len(sys.argv) > 1 else "en"))
