"""The app in French shows the scan's warnings, each camera's warnings and the remote-fix findings in French."""

import sys

import pytest

from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport, UsbLocation
from pixrma_desktop.diagnostics.finding import Severity, finding
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import legacy, notice
from pixrma_desktop.ui import notice_text
from pixrma_desktop.ui.translations import install_translators
from tests.fakes.probes import FakeProbe

pytestmark = pytest.mark.gui

SLOW = notice(Code.USB_SLOW_LINK, speed="high", mbits=480)
ON_USB2 = CameraRecord(
    vendor="Pixelink",
    model="PL-D755MU",
    serial="712345678",
    transport=Transport.USB3_VISION,
    usb=UsbLocation(bus=2, port_path="1", speed="high", supported_speeds=("high", "super")),
    probes=("usb3vision",),
    warnings=(SLOW,),
)
LOCKED = ScanWarning("usb3vision", notice(Code.USB_NO_PERMISSION, device="2-4 (1996:0d75)"))


@pytest.fixture
def french(qapp):
    installed = install_translators(qapp, "fr")
    assert installed, "pixrma_fr.qm must load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_warnings_and_findings_are_french(french):
    assert notice_text.notice_text(SLOW).startswith("Caméra USB 3 sur une liaison USB 2 (vitesse high, 480 Mbit/s)")
    assert notice_text.warning_text(LOCKED).startswith(
        "Pas l\u2019autorisation d\u2019ouvrir la caméra USB 2-4 (1996:0d75).\n→ Sous Linux, installez la règle udev"
    )
    mtu = finding(Code.GIGE_MTU, Severity.WARNING, {"nic": "enp3s0", "mtu": 1500, "jumbo": 9000})
    assert notice_text.finding_title(mtu) == (
        "La carte réseau enp3s0 n\u2019a pas les trames jumbo (MTU 1500), et des caméras GigE y sont branchées."
    )
    assert notice_text.finding_advice(mtu).startswith("Réglez son MTU à 9000 : `sudo ip link set enp3s0 mtu 9000`")
    windows = finding(Code.NO_PERMISSION, Severity.PROBLEM, {"rule": "x"}, advice_code=Code.NO_PERMISSION_DRIVER)
    assert notice_text.finding_advice(windows).startswith("Installez le pilote de la caméra")


def test_every_code_reads_differently_in_french(french):
    """Each code's words come out of the translation (a template left out would show in English)."""
    for code in Code:
        if code is Code.LEGACY_TEXT:
            continue
        assert notice_text.message(code) != str(notice(code)), code


def test_old_text_shows_as_it_was(french):
    assert notice_text.notice_text(legacy("In use by another program.")) == "In use by another program."


def test_the_cameras_page_in_french(qtbot, make_window, french):
    window = make_window(probes=[FakeProbe("usb3vision", [ON_USB2, LOCKED])])
    window.show()
    with qtbot.waitSignal(window.scan.scan_ended, timeout=20_000):
        window.scan.start_scan()
    page = window.cameras_page
    texts = [page.attention.item(i).text() for i in range(page.attention.count())]
    assert any(t.startswith("Pas l\u2019autorisation d\u2019ouvrir la caméra USB 2-4") for t in texts), texts
    usb2 = "Pixelink PL-D755MU (S/N 712345678) est une caméra USB 3 mais fonctionne à la vitesse USB 2 (bus 2, port 1)."
    assert any(t.startswith(usb2) and "→ Branchez-la directement sur un port USB 3" in t for t in texts), texts
    [permission] = [t for t in texts if t.startswith("Cet ordinateur ne laisse pas l\u2019application ouvrir")]
    if sys.platform.startswith("linux"):  # the advice says to save the rule "below": it is there
        assert "Enregistrez la règle ci-dessous" in permission
        assert 'ATTR{idVendor}=="1996"' in permission
    status = window.camera_model.index(0, 5)
    assert status.data().startswith("Caméra USB 3 sur une liaison USB 2")
    page.table.selectRow(0)
    tree = page.details.tree
    camera = tree.topLevelItem(0)  # the identity group, before the configuration
    rows = [(camera.child(i).text(0), camera.child(i).text(1)) for i in range(camera.childCount())]
    assert any(value.startswith("Caméra USB 3 sur une liaison USB 2") for _, value in rows), rows
