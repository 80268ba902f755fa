"""The main window: a sidebar with four pages (Cameras, Request, Outbox & tickets, Settings) and a status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.settings import DemoMode
from pixrma_desktop.ui.camera_table import CameraTableModel
from pixrma_desktop.ui.pages.cameras import CamerasPage
from pixrma_desktop.ui.resources import icon_path
from pixrma_desktop.ui.scan_controller import ScanController
from pixrma_desktop.ui.services import AppServices
from pixrma_desktop.ui.status_bar import AppStatusBar

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    path = icon_path("pixrma.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    shown = Signal()
    """Emitted once, when the window has first been shown."""

    PAGES = ("cameras", "request", "outbox", "settings")

    def __init__(
        self,
        ctx: CliContext,
        *,
        demo_mode: DemoMode = "off",
        services: AppServices | None = None,
        scan_on_start: bool | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.demo_mode: DemoMode = demo_mode
        self.services = services or AppServices()
        self._shown_once = False
        self._scan_on_start = ctx.settings.ui.scan_on_start if scan_on_start is None else scan_on_start
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Pixelink RMA Assistant"))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(880, 560)
        self.resize(1100, 700)

        self.camera_model = CameraTableModel(self)
        self.scan = ScanController(
            self.camera_model,
            lambda: self.ctx.settings.cameras,
            demo_mode,
            ctx.paths.data_dir,
            self.services.scanner_factory,
            self,
        )
        self.network = self.services.network_factory()
        self.network.setParent(self)

        self.cameras_page = CamerasPage(self.scan, ctx.paths.data_dir)
        self.request_page: QWidget = self._placeholder(self.tr("The request form appears here."))
        self.outbox_page: QWidget = self._placeholder(self.tr("Your requests and tickets appear here."))
        self.settings_page: QWidget = self._placeholder(self.tr("Settings appear here."))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        self._build_pages()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = AppStatusBar(self)
        self.setStatusBar(self.status)
        self.status.set_connectivity(str(self.network.state))
        self.network.changed.connect(self.status.set_connectivity)
        self.scan.scan_finished.connect(lambda _r: self.status.set_last_scan(self.scan.last_scan_time))
        self._load_last_scan_time()

    # -- pages ---------------------------------------------------------------------------------------------
    def _placeholder(self, text: str) -> QWidget:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _page_titles(self) -> list[tuple[str, QIcon]]:
        style = self.style()
        sp = QStyle.StandardPixmap

        def icon(theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
            return QIcon.fromTheme(theme, style.standardIcon(fallback))

        return [
            (self.tr("Cameras"), icon("camera-photo", sp.SP_ComputerIcon)),
            (self.tr("Request"), icon("document-edit", sp.SP_FileDialogDetailedView)),
            (self.tr("Outbox && tickets").replace("&&", "&"), icon("mail-send", sp.SP_DriveNetIcon)),
            (self.tr("Settings"), icon("preferences-system", sp.SP_FileDialogInfoView)),
        ]

    def _build_pages(self) -> None:
        pages = [self.cameras_page, self.request_page, self.outbox_page, self.settings_page]
        for number, ((title, icon), page) in enumerate(zip(self._page_titles(), pages, strict=True), start=1):
            item = QListWidgetItem(icon, title)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=title, n=number))
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number - 1: self.show_page(n))
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

    def replace_page(self, name: str, page: QWidget) -> None:
        index = self.PAGES.index(name)
        old = self.stack.widget(index)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.insertWidget(index, page)
        setattr(self, f"{name}_page", page)
        self.stack.setCurrentIndex(self.sidebar.currentRow())

    def show_page(self, index: int | str) -> None:
        row = self.PAGES.index(index) if isinstance(index, str) else index
        self.sidebar.setCurrentRow(row)

    @property
    def current_page(self) -> str:
        return self.PAGES[self.stack.currentIndex()]

    # -- life cycle ----------------------------------------------------------------------------------------
    def _load_last_scan_time(self) -> None:
        from pixrma_desktop.cameras.last_scan import load_last_scan

        stored = load_last_scan(self.ctx.paths.data_dir)
        if stored is not None and stored.started_at:
            self.scan.last_scan_time = stored.started_at
            self.status.set_last_scan(stored.started_at)

    def bring_forward(self) -> None:
        """Another launch asked for this window (single instance)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()
            if self._scan_on_start:
                QTimer.singleShot(0, self.scan.start_scan)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scan.shutdown()
        super().closeEvent(event)
