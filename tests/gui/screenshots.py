#!/usr/bin/env python3
"""Renders every page of the app into PNG files for the README (resources/screenshots/).

    xvfb-run -a -s "-screen 0 1280x900x24" python tests/gui/screenshots.py [--language fr] [OUT_DIR]

Runs on a virtual X screen (or QT_QPA_PLATFORM=offscreen) with its own temporary data folder, the real
discovery with the demo cameras and a loopback support server, so the pictures show what a newcomer sees:
three demo cameras, a request written offline, and the outbox with the ticket number the server gave.
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
            raise TimeoutError(f"the app did not get there in time {condition.__code__.co_firstlineno}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.processEvents()


def _sample_desk(ticket: str) -> object:
    """A support desk with a sample thread on ``ticket``: the request, support's remote fix with a file, the
    user's answer, and an RMA ticket with its return instructions."""
    from pixrma_desktop.support.thread import Author, ItemKind
    from tests.fakes.conversation_desk import ConversationDesk

    desk = ConversationDesk()
    desk.say(
        ticket,
        "The image freezes after a few minutes of streaming at full resolution.\n\nCameras: "
        "Pixelink PL-D755MU S/N 712345678",
        author=Author.YOU,
        kind=ItemKind.CREATED,
        time="2026-12-01T09:12:00Z",
    )
    desk.status_change(ticket, "open", old="new", time="2026-12-01T10:02:00Z")
    desk.say(
        ticket,
        "Thank you for the report. Please update the camera to firmware 3.3 (release notes "
        "attached) and plug it into a USB 3 port directly, not through a hub <https://support.example.com/fw/3.3>.",
        files={"firmware-3.3-notes.pdf": b"%PDF-1.4 sample" * 800},
        time="2026-12-01T10:05:00Z",
        author_name="Mara Quinn",
    )
    desk.status_change(ticket, "stalled", old="open", time="2026-12-01T10:05:30Z")
    desk.say(
        ticket,
        "Done: firmware 3.3 installed, camera on a USB 3 port. The image still freezes after about ten minutes.",
        author=Author.YOU,
        time="2026-12-02T16:40:00Z",
    )
    rma = str(int(ticket) + 1) if ticket.isdigit() else "2"
    desk.say(
        rma,
        f"Please return the camera to: Pixelink Repairs, 3030 Conroy Road, Ottawa ON K1G 6C2, Canada.\n"
        f"Write RMA {rma} on the outside of the parcel and include the packing slip.",
        kind=ItemKind.CREATED,
        queue="RMA",
        time="2026-12-03T08:31:00Z",
        author_name="Mara Quinn",
    )
    return desk


def render(out_dir: Path, *, scanner_factory: object | None = None, language: str = "en") -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from pixrma_desktop.application.root import AppRoot
    from pixrma_desktop.cameras.manual import manual_record
    from pixrma_desktop.paths import resolve_paths
    from pixrma_desktop.rma.request import Frequency, PurchaseChannel, Warranty
    from pixrma_desktop.settings import Settings
    from pixrma_desktop.ui.camera_table import RowState
    from pixrma_desktop.ui.main_window import MainWindow
    from pixrma_desktop.ui.network_status import Connectivity
    from pixrma_desktop.ui.scan_controller import default_scanner_factory
    from pixrma_desktop.ui.services import AppServices
    from pixrma_desktop.ui.translations import install_translators
    from tests.fakes.json_backend import FakeJsonBackend
    from tests.fakes.network import ManualNetworkStatus
    from tests.fakes.support_server import FakeSupportServer

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, language)  # as the app does at start (English: plural forms)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    server = FakeSupportServer()
    with tempfile.TemporaryDirectory(prefix="pixrma-shots-") as tmp:
        paths = resolve_paths(tmp).ensure()
        settings = Settings()
        settings.support.rt_url = "https://support.example.com"
        network = ManualNetworkStatus()
        network.set_state(Connectivity.OFFLINE)
        factory = scanner_factory or default_scanner_factory  # the real probes, with the demo cameras
        window = MainWindow(
            AppRoot(paths, settings, backend_factory=lambda _settings: FakeJsonBackend(server.url, timeout=5)),
            demo_mode="on",
            services=AppServices(
                scanner_factory=factory,  # type: ignore[arg-type]
                network_factory=lambda: network,
            ),
            scan_on_start=False,
        )
        window.resize(WIDTH, HEIGHT)
        window.show()
        _wait(app, lambda: window.is_started)

        def shot(name: str, widget: QWidget | None = None) -> None:
            _settle()
            path = out_dir / f"{name}.png"
            (widget or window).grab().save(str(path))
            written.append(path)

        # 1. The demo cameras, as a newcomer sees them.
        window.scan.start_scan()
        _wait(app, lambda: not window.scan.busy)
        window.cameras_page.table.selectRow(0)
        shot("cameras")

        # 1b. The first camera's configuration, read in the background, searched and copied for support.
        cameras_page = window.cameras_page
        _wait(app, lambda: "0" in cameras_page.snapshots)
        cameras_page.table.selectRow(0)
        cameras_page.details.filter_box.setText("Pixel")
        cameras_page.details.copy_button.click()
        shot("camera-features")
        cameras_page.details.filter_box.clear()

        # 2. A request for a real camera added by hand, written while offline.
        window.camera_model.upsert(
            manual_record(model="PL-D755MU", serial="712345678", firmware="3.2.1", vendor="Pixelink"), RowState.MANUAL
        )
        window.show_page("request")
        page = window.request_page
        _wait(app, lambda: page.current_request() is not None)
        page.add_scanned_cameras()
        page.add_manual_button.click() if not page.boxes else None
        box = page.boxes[0]
        if not box.serial.isReadOnly():
            box.serial.setText("712345678")
            box.model.setText("PL-D755MU")
            box.firmware.setText("3.2.1")
        page.name.setText("Ada Lovelace")
        page.company.setText("Analytical Optics Ltd.")
        page.email.setText("ada@example.com")
        page.country.setText("United Kingdom")
        page.address.setPlainText("12 St James's Square\nLondon SW1Y 4JH")
        page.vendor_radio.setChecked(True)
        page.warranty.setCurrentIndex(page.warranty.findData(Warranty.UNDER.value))
        box.symptom.setPlainText("The image freezes after a few minutes of streaming at full resolution.")
        box.since.setText("since the update to Capture 5")
        box.frequency.setCurrentIndex(box.frequency.findData(Frequency.OFTEN.value))
        box.errors_text.setPlainText("ApiStreamFailed (0x8000001F)")
        page.validate()
        saved = page.tr("Draft saved at {time}").split("{time}")[0]  # in the language shown
        _wait(app, lambda: page.save_state.text().startswith(saved))
        window.resize(WIDTH, 860)
        _settle()
        bar = page.form_area.verticalScrollBar()
        bar.setValue(page.boxes[0].y() - 140)
        shot("request")
        window.resize(WIDTH, HEIGHT)
        dialog = page.review()
        assert dialog is not None
        dialog.resize(900, 620)
        _wait(app, lambda: not dialog.worker.running)  # type: ignore[attr-defined]
        shot("review", dialog)
        dialog.close()
        assert page.current_request() is not None
        assert page.current_request().purchase.channel is PurchaseChannel.VENDOR  # type: ignore[union-attr]

        # 3. Submitted offline: it waits in the outbox.
        page.submit()
        _wait(app, lambda: window.current_page == "outbox" and window.outbox_page.model.rowCount() > 0)
        _wait(app, lambda: "1" in window.status.waiting.text())
        window.outbox_page.table.selectRow(0)
        shot("outbox-offline")

        # 4. The server is reachable again: the request goes out and gets its ticket number.
        server.start()
        try:
            network.set_state(Connectivity.ONLINE)
            _wait(app, lambda: any(r.support_ticket_number for r in window.outbox.rows))
            window.outbox_page.table.selectRow(0)
            shot("outbox")
        finally:
            server.stop()

        # 5. Support answers: the conversation pane, then the case once an RMA is issued.
        desk = _sample_desk(window.outbox.rows[0].support_ticket_number or "1")
        window.root.backend_factory = lambda _settings: desk
        window.outbox_page.table.clearSelection()  # a request on screen is read at once: no badge to show
        _wait(app, lambda: window.conversations.refresh() is not None)  # once the refresh in flight is done
        _wait(app, lambda: window.conversations.total_unread > 0)
        shot("outbox-unread")
        window.resize(WIDTH, 860)
        pane = window.outbox_page.pane
        window.outbox_page.table.selectRow(0)
        _wait(app, lambda: pane.view is not None and pane.files.count() > 0)
        pane.reply_box.text.setPlainText(pane.tr("Firmware 3.3 is installed; I will run the camera overnight."))
        shot("conversation")
        pane.tabs.setCurrentIndex(1)
        shot("conversation-case")
        pane.tabs.setCurrentIndex(0)
        window.resize(WIDTH, HEIGHT)

        window.show_page("settings")
        settings_page = window.settings_page
        settings_page.secret.setText("1-42-0123456789abcdef")  # the demo token, in the test keyring only
        settings_page.support_box.store_secret()
        _wait(app, lambda: "MemoryKeyring" in settings_page.secret_state.text(), 90.0)  # said in any language
        shot("settings")
        window.close()
    del translators
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    # Never the user's real keyring: the demo token goes to the tests' in-memory one.
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fakes.memory_keyring.MemoryKeyring"
    language = "en"
    if argv[:1] == ["--language"] and len(argv) > 1:
        language, argv = argv[1], argv[2:]
    out = Path(argv[0]) if argv else ROOT / "resources" / "screenshots"
    for path in render(out, language=language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
