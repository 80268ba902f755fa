"""What the window needs from the outside world, injectable so tests replace hardware, network and keyring."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pixrma_desktop.settings import Settings
from pixrma_desktop.ui.network_status import NetworkStatus, QtNetworkStatus
from pixrma_desktop.ui.scan_controller import ScannerFactory, default_scanner_factory


def default_credentials() -> Any:
    return importlib.import_module("pixrma_desktop.support.credentials").KeyringCredentials()


@dataclass
class AppServices:
    scanner_factory: ScannerFactory = default_scanner_factory
    network_factory: Callable[[], NetworkStatus] = field(default=QtNetworkStatus)
    credentials_factory: Callable[[], Any] = field(default=default_credentials)
    """Returns the ``support.credentials.CredentialStore`` (the system keyring unless a test says otherwise)."""
    backend_factory: Callable[[Settings], Any] | None = None
    """Builds the support backend from the settings; None: the configured one (``support.factory``)."""
    retry_interval_s: float = 60.0
    """How often waiting requests are tried again while the app runs."""
    hotplug_root: Path = Path("/dev/bus/usb")
    """Where USB devices appear as files (Linux); watched to scan again on hot-plug."""
