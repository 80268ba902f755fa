"""The main window: a sidebar with four pages (Cameras, Request, Outbox & tickets, Settings) and a status bar.

Start-up order: only the Cameras page is built before the window first shows; the other pages are built the
first time they are opened (or asked for), and the network watcher and outbox start right after the first
show, so the window appears as fast as a bare one.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.settings import DemoMode
from pixrma_desktop.ui.camera_table import CameraTableModel
from pixrma_desktop.ui.network_status import NetworkStatus
from pixrma_desktop.ui.pages.cameras import CamerasPage
from pixrma_desktop.ui.resources import icon_path
from pixrma_desktop.ui.scan_controller import ScanController
from pixrma_desktop.ui.services import AppServices
from pixrma_desktop.ui.status_bar import AppStatusBar

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from pixrma_desktop.cameras.record import CameraRecord
    from pixrma_desktop.diagnostics.finding import Finding
    from pixrma_desktop.ui.conversation_service import ConversationService
    from pixrma_desktop.ui.outbox_service import OutboxService

log = logging.getLogger(__name__)


@cache
def app_icon() -> QIcon:
    """The app icon from its rendered PNG sizes (no SVG module needed at start-up), else the SVG; made once
    (the application and the window both use it)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = icon_path(f"pixrma-{size}.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    if icon.isNull() and icon_path("pixrma.svg").exists():
        icon = QIcon(str(icon_path("pixrma.svg")))
    return icon


def page_icon(name: str) -> QIcon:
    """A sidebar icon; Qt picks ``name@2x.png`` by itself on high-DPI screens."""
    path = icon_path(f"pages/{name}.png")
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    shown = Signal()
    """Emitted once, when the window has first been shown."""
    started = Signal()
    """Emitted once, after the deferred start-up work (network watcher, outbox) is done."""

    PAGES = ("cameras", "request", "outbox", "settings")

    def __init__(
        self,
        root: AppRoot,
        *,
        demo_mode: DemoMode = "off",
        services: AppServices | None = None,
        scan_on_start: bool | None = None,
    ) -> None:
        super().__init__()
        # Workers are Python threads: let the GUI thread take the GIL back within 1 ms (default 5 ms), so a
        # busy probe or a send never holds the window still for long.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        self.root = root
        self.demo_mode: DemoMode = demo_mode
        self.demo_override: DemoMode | None = demo_mode if demo_mode != root.settings.cameras.demo else None
        """Demo cameras chosen on the command line for this run (they outrank the saved choice)."""
        self.services = services or AppServices()
        self._shown_once = False
        self.is_started = False
        self.start_services = True
        """False: stop at the first window (``--exit-after-start``): no network watcher, outbox or scan."""
        self._scan_on_start = root.settings.ui.scan_on_start if scan_on_start is None else scan_on_start
        self._pages: dict[str, QWidget] = {}
        self._network: NetworkStatus | None = None
        self._outbox: OutboxService | None = None
        self._conversations: ConversationService | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Pixelink RMA Assistant"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(880, 560)
        self.resize(1100, 700)

        self.camera_model = CameraTableModel(self)
        self.scan = ScanController(
            self.camera_model,
            lambda: self.root.settings.cameras,
            demo_mode,
            root.paths.data_dir,
            self.services.scanner_factory,
            self,
            cache_dir=root.paths.cache_dir,
        )

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        self._build_sidebar()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = AppStatusBar(self)
        self.setStatusBar(self.status)
        self.scan.scan_finished.connect(lambda _r: self.status.set_last_scan(self.scan.last_scan_time))
        self._load_last_scan_time()
        self._page("cameras")

    # -- pages ---------------------------------------------------------------------------------------------
    def _page_titles(self) -> list[tuple[str, QIcon]]:
        return [
            (self.tr("Cameras"), page_icon("cameras")),
            (self.tr("Request"), page_icon("request")),
            (self.tr("Outbox & tickets"), page_icon("outbox")),
            (self.tr("Settings"), page_icon("settings")),
        ]

    def _build_sidebar(self) -> None:
        for number, (title, icon) in enumerate(self._page_titles(), start=1):
            item = QListWidgetItem(icon, title)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=title, n=number))
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first opened
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.sidebar.setCurrentRow(0)

    def _add_page_shortcuts(self) -> None:
        """Ctrl+1…4 open the pages; set up right after the first show (the first frame does not need them)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for number in range(1, len(self.PAGES) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number - 1: self.show_page(n))

    @staticmethod
    def _guard_wheel() -> None:
        """The wheel scrolls pages instead of changing the box under the pointer (set up after the first show,
        with the services: ``--exit-after-start`` never needs it)."""
        from pixrma_desktop.ui.wheel_guard import install_wheel_guard

        install_wheel_guard()

    def _factories(self) -> dict[str, Callable[[], QWidget]]:
        return {
            "cameras": self._make_cameras_page,
            "request": self._make_request_page,
            "outbox": self._make_outbox_page,
            "settings": self._make_settings_page,
        }

    def _page(self, name: str) -> QWidget:
        page = self._pages.get(name)
        if page is None:
            page = self._factories()[name]()
            self._pages[name] = page
            index = self.PAGES.index(name)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.setCurrentIndex(max(0, self.sidebar.currentRow()))
        return page

    def _make_cameras_page(self) -> QWidget:
        from pixrma_desktop.ui.snapshot_jobs import SnapshotJobs, root_snapshot

        take = self.services.snapshot or root_snapshot(self.root)
        return CamerasPage(self.scan, self.root.paths.data_dir, SnapshotJobs(take))

    def _make_request_page(self) -> QWidget:
        from pixrma_desktop.ui.camera_table import RowState
        from pixrma_desktop.ui.pages.request import RequestPage

        def cameras() -> list[CameraRecord]:
            return [r.record for r in self.camera_model.rows if r.state in (RowState.SEEN, RowState.MANUAL)]

        def findings() -> list[Finding]:
            result = self.scan.last_result
            return list(result.extra.get("findings", ())) if result is not None else []

        page = RequestPage(self.outbox, cameras, findings=findings, open_url=self.services.open_url)
        self.scan.scan_finished.connect(lambda _result: page.cameras_box.update_hint())
        page.submitted.connect(lambda _id: self.show_page("outbox"))
        page.show_request.connect(self._show_in_outbox)
        return page

    def _make_outbox_page(self) -> QWidget:
        from pixrma_desktop.ui.conversation_pane import ConversationPane
        from pixrma_desktop.ui.pages.outbox import OutboxPage

        page = OutboxPage(self.outbox, open_url=self.services.open_url)
        page.edit_requested.connect(self._edit_request)
        page.attach_pane(ConversationPane(self.conversations, self.demo_mode))
        page.model.set_unread(self.conversations.unread)
        self.conversations.unread_changed.connect(page.model.set_unread)
        return page

    def _show_in_outbox(self, request_id: str) -> None:
        self.show_page("outbox")
        self.outbox_page.select(request_id)

    def _edit_request(self, request_id: str) -> None:
        self.request_page.open_request(request_id)
        self.show_page("request")

    def _make_settings_page(self) -> QWidget:
        from pixrma_desktop.ui.pages.settings import SettingsPage

        page = SettingsPage(
            self.root.settings, self.root.paths.settings_file, self.root.credentials_factory, root=self.root
        )
        page.saved.connect(self._send_after_setup)
        page.saved.connect(self._show_server_set_up)
        page.saved.connect(self._follow_demo_setting)
        page.saved.connect(lambda: self.conversations.apply_settings())
        if self.demo_override is not None:
            page.show_demo_override(self.demo_override)
        page.secret_stored.connect(self._send_after_setup)
        return page

    def _follow_demo_setting(self) -> None:
        """The saved demo choice applies to the next scan, unless the command line chose for this run."""
        if self.demo_override is None:
            self.demo_mode = self.scan.demo_mode = self.root.settings.cameras.demo

    def _show_server_set_up(self) -> None:
        from pixrma_desktop.application.accounts import server_set_up

        self.status.set_server_set_up(server_set_up(self.root.settings))

    def _send_after_setup(self) -> None:
        """New server settings or a new token: what waits may go out now."""
        if self._outbox is not None:
            self._outbox.send_pending(due_only=False)

    @property
    def cameras_page(self) -> CamerasPage:
        page = self._page("cameras")
        assert isinstance(page, CamerasPage)
        return page

    @property
    def settings_page(self) -> Any:
        """The ``SettingsPage`` (its module is imported when the page is first needed)."""
        return self._page("settings")

    @property
    def request_page(self) -> Any:
        """The ``RequestPage`` (built, with the outbox, when first needed)."""
        return self._page("request")

    @property
    def outbox_page(self) -> Any:
        """The ``OutboxPage``."""
        return self._page("outbox")

    def _on_row_changed(self, row: int) -> None:
        leaving = self.stack.currentIndex()
        if leaving == self.PAGES.index("request") and "request" in self._pages and row != leaving:
            self._pages["request"].save_now()  # type: ignore[attr-defined]
        if 0 <= row < len(self.PAGES):
            self._page(self.PAGES[row])
            self.stack.setCurrentIndex(row)

    def show_page(self, index: int | str) -> None:
        row = self.PAGES.index(index) if isinstance(index, str) else index
        self.sidebar.setCurrentRow(row)

    @property
    def current_page(self) -> str:
        return self.PAGES[self.stack.currentIndex()]

    # -- life cycle ----------------------------------------------------------------------------------------
    @property
    def network(self) -> NetworkStatus:
        if self._network is None:
            self._network = self.services.network_factory()
            self._network.setParent(self)
            self._show_server_set_up()
            self.status.set_connectivity(str(self._network.state))
            self._network.changed.connect(self.status.set_connectivity)
        return self._network

    def _load_last_scan_time(self) -> None:
        from pixrma_desktop.cameras.last_scan import last_scan_time

        started = last_scan_time(self.root.paths.data_dir)
        if started is not None:
            self.scan.last_scan_time = started
            self.status.set_last_scan(started)

    def bring_forward(self) -> None:
        """Another launch asked for this window (single instance)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def setVisible(self, visible: bool) -> None:
        """The first show starts the deferred work. (Not ``showEvent``: a Python event handler costs the first
        window the set-up of Qt's event types.)"""
        super().setVisible(visible)
        if visible and not self._shown_once:
            self._shown_once = True
            self.shown.emit()
            QTimer.singleShot(0, self._add_page_shortcuts)
            if self.start_services:
                QTimer.singleShot(0, self._after_first_show)

    @property
    def outbox(self) -> OutboxService:
        """The outbox service, started on first use (after the first show at the latest)."""
        if self._outbox is None:
            from pixrma_desktop.ui.outbox_service import OutboxService

            service = OutboxService(
                self.root,
                self.network,
                retry_interval_s=self.services.retry_interval_s,
                parent=self,
            )
            service.listed.connect(lambda _rows: self.status.set_waiting(service.waiting_count()))
            service.ticket_received.connect(self._on_ticket)
            self._outbox = service
            service.start()
        return self._outbox

    @property
    def conversations(self) -> ConversationService:
        """Replies from support: background refresh, unread counts, notifications (started with the outbox)."""
        if self._conversations is None:
            from pixrma_desktop.ui.conversation_service import ConversationService
            from pixrma_desktop.ui.reply_notice import ReplyNotifier

            service = ConversationService(self.outbox, self.network, parent=self)
            self._conversations = service
            self.reply_notifier = ReplyNotifier(self, service, self.sidebar.item(self.PAGES.index("outbox")))
            service.start()
        return self._conversations

    def _on_ticket(self, _request_id: str, ticket: str) -> None:
        self.status.showMessage(
            self.tr("Your request was filed as support ticket #{ticket}.").format(ticket=ticket), 15_000
        )

    def _start_hotplug(self) -> None:
        from pixrma_desktop.ui.hotplug import HotplugWatcher

        self.hotplug = HotplugWatcher(self.services.hotplug_root, parent=self)
        self.hotplug.changed.connect(self._on_hotplug)

    def _on_hotplug(self) -> None:
        if self.root.settings.ui.rescan_on_hotplug and not self.scan.busy:
            self.status.showMessage(self.tr("A USB device was plugged in or out: scanning again."), 5_000)
            self.scan.start_scan()

    def _after_first_show(self) -> None:
        """Work that need not delay the first window: network watcher, outbox, scan on start."""
        _ = self.network
        _ = self.outbox
        _ = self.conversations
        self._guard_wheel()
        self.cameras_page.add_empty_hint()
        if self.root.settings_problem:
            self._tell_settings_problem(self.root.settings_problem)
        self._start_hotplug()
        if self._scan_on_start:
            self.scan.start_scan()
        self.is_started = True
        self.started.emit()

    def _tell_settings_problem(self, problem: str) -> None:
        """The settings file was damaged and moved aside (the defaults are used): say so where it is seen."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("settingsProblem")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Settings were reset"))
        box.setText(self.tr("Your settings file could not be read, so the app started with the default settings."))
        box.setInformativeText(problem)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        self.settings_problem_box = box

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scan.shutdown()
        for page in self._pages.values():
            shutdown = getattr(page, "shutdown", None)
            if shutdown is not None:
                shutdown()
        if self._conversations is not None:
            self._conversations.shutdown()
        if self._outbox is not None:
            self._outbox.shutdown()
        super().closeEvent(event)
