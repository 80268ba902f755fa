"""GUI test helpers: a main window over an isolated data folder with injected fakes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings, load_settings
from pixrma_desktop.ui.network_status import Connectivity
from pixrma_desktop.ui.services import AppServices
from tests.fakes.network import ManualNetworkStatus
from tests.fakes.probes import FakeScannerFactory, demo_probes


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp):
    """As at the app's start in English: our plural forms ("1 request", "2 requests")."""
    from pixrma_desktop.ui.translations import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def ctx() -> AppRoot:
    """The app's root over the isolated data folder (the fixture keeps its old name: tests read ``ctx.paths``)."""
    paths = resolve_paths().ensure()
    return AppRoot(paths, load_settings(paths.settings_file).settings)


@pytest.fixture
def network() -> ManualNetworkStatus:
    status = ManualNetworkStatus()
    status.set_state(Connectivity.ONLINE)
    return status


@pytest.fixture
def make_window(qtbot, ctx, network, tmp_path) -> Callable[..., object]:
    from pixrma_desktop.ui.main_window import MainWindow

    windows = []

    def make(*, probes=None, settings: Settings | None = None, scan_on_start=False, demo_mode="off", **services):
        services.setdefault("hotplug_root", tmp_path / "no-usb-here")  # real devices must not trigger scans
        factory = services.pop("scanner_factory", None) or FakeScannerFactory(
            demo_probes() if probes is None else probes
        )
        if settings is not None:
            ctx.settings = settings
        for part in ("backend_factory", "credentials_factory"):  # parts of the root, not of the window
            if part in services:
                setattr(ctx, part, services.pop(part))
        window = MainWindow(
            ctx,
            demo_mode=demo_mode,
            services=AppServices(scanner_factory=factory, network_factory=lambda: network, **services),
            scan_on_start=scan_on_start,
        )
        window.scanner_factory = factory  # for assertions
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.scan.shutdown()
