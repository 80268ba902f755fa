"""What the window needs besides the application's root, injectable so tests replace hardware and network.

The support backend, the credentials (keyring) and the clock are parts of the root
(``pixrma_desktop.application.root.AppRoot``); these are the window's own: the scanner it streams from, the
network watcher, how often it retries, where it watches for USB hot-plug, and how it opens links.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from pixrma_desktop.ui.network_status import NetworkStatus, QtNetworkStatus
from pixrma_desktop.ui.scan_controller import ScannerFactory, default_scanner_factory


@dataclass
class AppServices:
    scanner_factory: ScannerFactory = default_scanner_factory
    network_factory: Callable[[], NetworkStatus] = field(default=QtNetworkStatus)
    retry_interval_s: float = 60.0
    """How often waiting requests are tried again while the app runs."""
    hotplug_root: Path = Path("/dev/bus/usb")
    """Where USB devices appear as files (Linux); watched to scan again on hot-plug."""
    open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
    """Opens a link (mailto:, the ticket on the support site) in the user's programs; False when none took it."""
    snapshot: Callable[[Any], Any] | None = None
    """Takes one camera's configuration snapshot (``CameraRecord -> CameraSnapshot``) after a scan; None: through
    the application layer (``ui.snapshot_jobs.root_snapshot``)."""
