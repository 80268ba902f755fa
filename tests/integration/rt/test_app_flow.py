"""The desktop app against the real Request Tracker: written offline, queued, sent once the network is back,
the support ticket number shown; then support issues an RMA and the RMA number appears in its own column."""

import pytest

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings
from pixrma_desktop.support.credentials import Credential, KeyringCredentials, rt_account
from pixrma_desktop.ui.main_window import MainWindow
from pixrma_desktop.ui.network_status import Connectivity
from pixrma_desktop.ui.services import AppServices
from tests.fakes.network import ManualNetworkStatus
from tests.fakes.probes import FakeScannerFactory
from tests.fakes.sample_requests import complete_request

pytestmark = [pytest.mark.rt, pytest.mark.gui]


def column(page, name):
    model = page.model
    col = model.COLUMNS.index(name)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_offline_request_reaches_rt_and_shows_ticket_then_rma_number(qtbot, tmp_path, rt_server, support_desk):
    settings = Settings()
    settings.support.rt_url = rt_server.url
    KeyringCredentials().put(rt_account(rt_server.url), Credential(token=rt_server.app_token))
    network = ManualNetworkStatus()
    network.set_state(Connectivity.OFFLINE)
    window = MainWindow(
        AppRoot(resolve_paths().ensure(), settings),
        services=AppServices(
            scanner_factory=FakeScannerFactory([]),
            network_factory=lambda: network,
            hotplug_root=tmp_path / "no-usb",
        ),
        scan_on_start=False,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    page = window.request_page
    qtbot.waitUntil(lambda: page.current_request() is not None, timeout=10_000)
    request = complete_request(cameras=2)
    page.load(request)
    with qtbot.waitSignal(page.submitted, timeout=10_000):
        page.submit()
    outbox = window.outbox_page
    qtbot.waitUntil(lambda: column(outbox, "state") == ["Waiting to be sent"], timeout=10_000)
    assert support_desk.tickets_with_submission(request.id) == []

    with qtbot.waitSignal(window.outbox.ticket_received, timeout=60_000) as got:
        network.set_state(Connectivity.ONLINE)
    ticket = got.args[1]
    qtbot.waitUntil(lambda: column(outbox, "ticket") == [ticket], timeout=10_000)
    assert support_desk.tickets_with_submission(request.id) == [ticket]
    assert column(outbox, "rma") == [""]

    rma = support_desk.issue_rma(ticket)
    window.outbox.refresh_status()
    qtbot.waitUntil(lambda: column(outbox, "rma") == [rma], timeout=60_000)
    assert column(outbox, "ticket") == [ticket], "the ticket number stays; the RMA number is another column"
    assert column(outbox, "state") == ["RMA issued: return the camera as the RMA e-mail says"]
    window.close()
