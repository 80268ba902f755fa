"""Remote-fix findings (the real checks) show under the camera table with what to do, and go into the request."""

import pytest

from pixrma_desktop.cameras.record import CameraRecord, Transport, UsbLocation
from tests.fakes.probes import FakeProbe
from tests.gui.test_request_page import open_request_page

pytestmark = pytest.mark.gui

ON_USB2 = CameraRecord(
    vendor="Pixelink",
    model="PL-D755MU",
    serial="712345678",
    transport=Transport.USB3_VISION,
    usb=UsbLocation(bus=2, port_path="1", speed="high", supported_speeds=("high", "super")),
)


def test_usb3_camera_on_a_usb2_port_is_explained_and_reported(qtbot, make_window):
    window = make_window(probes=[FakeProbe("usb3vision", [ON_USB2])])
    window.show()
    with qtbot.waitSignal(window.scan.scan_ended, timeout=20_000):
        window.scan.start_scan()
    page = window.cameras_page
    texts = [page.attention.item(i).text() for i in range(page.attention.count())]
    assert any("USB 2 speed" in t and "USB 3 port" in t for t in texts), texts
    request_page = open_request_page(qtbot, window)
    findings = request_page.current_request().findings
    assert [f.code for f in findings] == ["usb2-link"]
    assert findings[0].cameras == ["712345678"]
