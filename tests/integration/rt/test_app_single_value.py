"""The app against a Request Tracker whose "Camera Model" and "Firmware Version" hold one value, as a customer:
"Test connection" learns it and Settings shows it; before sending, the Request page shows the models joined into
the one value; the ticket then holds both models and nothing is reported lost."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

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
from tests.integration.rt.desk import SupportDesk, fresh_serials
from tests.integration.rt.server import MISSING_REASON, RtInstance, rt_installed, start_rt
from tests.integration.rt.test_customer_accounts import CUSTOMER_ADDRESS
from tests.needs import needs

pytestmark = [pytest.mark.rt, pytest.mark.gui]


@pytest.fixture(scope="module")
def single_value_rt() -> Iterator[RtInstance]:
    needs(rt_installed(), MISSING_REASON)
    instance = start_rt(single_value_fields=("Camera Model", "Firmware Version"))
    try:
        yield instance
    finally:
        instance.stop()


def shots_folder(tmp_path: Path) -> Path:
    """Where the test leaves its pictures (PIXRMA_SHOTS to keep them, e.g. to look at them)."""
    folder = Path(os.environ.get("PIXRMA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_two_camera_request_keeps_both_models_in_a_one_value_field(qtbot, tmp_path, single_value_rt):
    settings = Settings()
    settings.support.rt_url = single_value_rt.url
    KeyringCredentials().put(rt_account(single_value_rt.url), Credential(token=single_value_rt.customer_token))
    network = ManualNetworkStatus()
    network.set_state(Connectivity.ONLINE)
    window = MainWindow(
        AppRoot(resolve_paths().ensure(), settings),
        services=AppServices(
            scanner_factory=FakeScannerFactory([]), network_factory=lambda: network, hotplug_root=tmp_path / "no-usb"
        ),
        scan_on_start=False,
    )
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    shots = shots_folder(tmp_path)

    window.show_page("settings")
    box = window.settings_page.support_box
    with qtbot.waitSignal(box.test_button.clicked, timeout=1_000):
        box.test_button.click()
    qtbot.waitUntil(lambda: box.check_worker is None, timeout=60_000)
    assert box.test_result.text().startswith("✔")
    assert "It keeps one value in: Camera Model, Firmware Version, Submission ID" in box.server_keeps.text()
    assert "The server keeps several values in: Serial Numbers." in box.server_keeps.text()
    assert "Its support address: support@pixrma.test." in box.server_keeps.text()
    window.grab().save(str(shots / "settings-server-keeps.png"))

    window.show_page("request")
    page = window.request_page
    qtbot.waitUntil(lambda: page.current_request() is not None, timeout=10_000)
    request = fresh_serials(complete_request(cameras=2))
    request = request.model_copy(update={"contact": request.contact.model_copy(update={"email": CUSTOMER_ADDRESS})})
    page.load(request)
    qtbot.waitUntil(lambda: len(page.boxes) == 2, timeout=5_000)
    assert page.field_plan.isVisible()
    assert "“Camera Model”: it will hold “PL-D755MU; PL-D725CU”" in page.field_plan.text()
    window.grab().save(str(shots / "request-field-plan.png"))

    with qtbot.waitSignal(window.outbox.ticket_received, timeout=60_000) as got:
        page.submit()
    ticket = got.args[1]
    fields = {f["name"]: f["values"] for f in SupportDesk(single_value_rt).ticket(ticket)["CustomFields"]}
    assert fields["Camera Model"] == ["PL-D755MU; PL-D725CU"]
    assert fields["Firmware Version"] == ["3.2.1; 2.0.7"]

    outbox = window.outbox_page
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1, timeout=10_000)
    outbox.table.selectRow(0)
    qtbot.waitUntil(lambda: outbox.details.ticket.text() == f"Support ticket #{ticket}", timeout=10_000)
    assert outbox.details.not_kept.text() == "", "the read-back found everything"
    assert outbox.details.link_url == f"{single_value_rt.url}/SelfService/Display.html?id={ticket}"
    window.grab().save(str(shots / "outbox-filed.png"))
    window.close()
