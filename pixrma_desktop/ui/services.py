"""What the window needs from the outside world, injectable so tests replace hardware, network and keyring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pixrma_desktop.ui.network_status import NetworkStatus, QtNetworkStatus
from pixrma_desktop.ui.scan_controller import ScannerFactory, default_scanner_factory


@dataclass
class AppServices:
    scanner_factory: ScannerFactory = default_scanner_factory
    network_factory: Callable[[], NetworkStatus] = field(default=QtNetworkStatus)
