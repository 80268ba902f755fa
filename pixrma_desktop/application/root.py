"""The composition root: the parts every use case works with, built once per run and each one injectable.

``AppRoot.build`` resolves the folders and loads the settings (what the command line does first); everything
else is made on first use, so a command pays only for the parts it touches: the outbox database is opened
once, when a use case first asks for it, and the keyring, the support backend and the camera probes are
imported only when one is made. Tests build the root with fakes (``backend_factory``, ``credentials_factory``,
``scanner_factory``, ``clock``) instead of patching modules.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pixrma_desktop.paths import AppPaths, resolve_paths
from pixrma_desktop.settings import CameraSettings, DemoMode, Settings, load_settings

if TYPE_CHECKING:
    from pathlib import Path
    from threading import Lock

    from pixrma_desktop.cameras.scanner import Scanner
    from pixrma_desktop.outbox.store import OutboxStore
    from pixrma_desktop.rma.request import RmaRequest
    from pixrma_desktop.support.backend import SupportBackend
    from pixrma_desktop.support.credentials import CredentialStore

CredentialsFactory = Callable[[], "CredentialStore"]
BackendFactory = Callable[[Settings], "SupportBackend"]
ScannerFactory = Callable[[CameraSettings, DemoMode, "float | None"], "Scanner"]
BundleMakerFactory = Callable[[AppPaths, Settings], Callable[["RmaRequest"], "Path"]]


def _new_lock() -> Lock:
    import threading  # not on the way to `pixrma --help`

    return threading.Lock()


def keyring_credentials() -> CredentialStore:
    """The operating system's keyring (imported when first needed)."""
    from pixrma_desktop.support.credentials import KeyringCredentials

    return KeyringCredentials()


def probing_scanner(settings: CameraSettings, demo_mode: DemoMode, timeout: float | None = None) -> Scanner:
    """A scanner with every real probe (imported only when a scan starts)."""
    from pixrma_desktop.cameras.discovery import make_scanner

    return make_scanner(settings, demo_mode, timeout)


def full_support_bundle(paths: AppPaths, settings: Settings) -> Callable[[RmaRequest], Path]:
    """The full support bundle (system report, logs, the user's files, redacted) the sender and dealers get."""
    from pixrma_desktop.rma.support_bundle import support_bundle_maker

    return support_bundle_maker(paths, settings)


@dataclass
class AppRoot:
    paths: AppPaths
    settings: Settings
    settings_problem: str | None = None
    """Why the settings file could not be used as it is (the defaults stand in), or None."""
    credentials_factory: CredentialsFactory = keyring_credentials
    backend_factory: BackendFactory | None = None
    """Makes the support backend from the settings; None: the one the settings choose (``support.factory``),
    with the credentials from ``credentials_factory``."""
    scanner_factory: ScannerFactory = probing_scanner
    bundle_maker_factory: BundleMakerFactory = full_support_bundle
    snapshot_sources: Any = None
    """What configuration snapshots talk through (a ``cameras.snapshots.SnapshotSources``); None: the real
    transports."""
    clock: Callable[[], float] = time.time
    _outbox: OutboxStore | None = field(default=None, init=False, repr=False)
    _outbox_lock: Lock = field(default_factory=_new_lock, init=False, repr=False)

    @classmethod
    def build(cls, data_dir: str | None = None, **parts: Any) -> AppRoot:
        """The root for one run: folders from ``data_dir`` (or the environment), settings from their file;
        ``parts`` replace any other part (tests pass fakes)."""
        paths = resolve_paths(data_dir)
        loaded = load_settings(paths.settings_file)
        return cls(paths, loaded.settings, loaded.problem, **parts)

    # -- the outbox ----------------------------------------------------------------------------------------
    @property
    def outbox_is_open(self) -> bool:
        return self._outbox is not None

    @property
    def outbox(self) -> OutboxStore:
        """The outbox database, opened on first use (by any thread) and kept open until ``close``.

        A notice from opening it (a damaged file moved aside) is on ``outbox.notice``."""
        with self._outbox_lock:
            if self._outbox is None:
                from pixrma_desktop.outbox.store import OutboxStore

                self.paths.ensure()
                self._outbox = OutboxStore.open(self.paths.outbox_db, clock=self.clock)
            return self._outbox

    def close(self) -> None:
        """Close the outbox (a later use opens it again)."""
        with self._outbox_lock:
            if self._outbox is not None:
                self._outbox.close()
                self._outbox = None

    # -- support -------------------------------------------------------------------------------------------
    def credentials(self) -> CredentialStore:
        return self.credentials_factory()

    def backend(self, settings: Settings | None = None) -> SupportBackend:
        """The support backend for ``settings`` (default: the root's) with the stored credentials and what the
        server said it keeps (the saved ``server_profile.json``); ``support.factory.NotConfiguredError`` says
        what the user must set up first."""
        settings = settings or self.settings
        if self.backend_factory is not None:
            return self.backend_factory(settings)
        from pixrma_desktop.support.factory import make_backend
        from pixrma_desktop.support.server_profile import load

        profile = load(self.paths.data_dir) if settings.support.backend == "rt" else None
        if profile is not None and profile.url != settings.support.rt_url.strip().rstrip("/"):
            profile = None  # learned from another server
        return make_backend(settings.support, self.credentials(), profile=profile)

    def bundle_maker(self) -> Callable[[RmaRequest], Path]:
        return self.bundle_maker_factory(self.paths, self.settings)

    def scanner(self, settings: CameraSettings, demo_mode: DemoMode, timeout: float | None = None) -> Scanner:
        from pixrma_desktop.cameras.scanner import Scanner as ProbeScanner

        scanner = self.scanner_factory(settings, demo_mode, timeout)
        if isinstance(scanner, ProbeScanner) and scanner.cache_dir is None:
            scanner.cache_dir = self.paths.cache_dir  # probes remember slow findings (vetted producers) across runs
        return scanner
