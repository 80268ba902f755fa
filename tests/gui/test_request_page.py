import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from pixrma_desktop.rma.request import CameraSource
from tests.fakes.probes import FakeProbe, viky

pytestmark = pytest.mark.gui

REAL = viky("0").__class__(vendor="Pixelink", model="PL-D755MU", serial="712345678", firmware_version="3.2.1")


def open_request_page(qtbot, window):
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    page = window.request_page
    qtbot.waitUntil(lambda: page._request is not None, timeout=10_000)
    return page


def test_new_request_is_prefilled_with_scanned_real_cameras_only(qtbot, make_window):
    window = make_window(probes=[FakeProbe("gentl", [viky("0"), REAL])])
    window.show()
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    page = open_request_page(qtbot, window)
    assert [b.entry().serial for b in page.boxes] == ["712345678"]
    box = page.boxes[0]
    assert box.entry().source is CameraSource.SCAN
    assert box.serial.isReadOnly(), "a scanned camera's identity comes from the camera"


def test_each_field_shows_its_own_problem(qtbot, make_window):
    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    page.submit()  # asked to send: every problem shows
    assert page._errors["contact.name"].isVisible() or page._errors["contact.name"].text()
    assert "name" in page._errors["contact.name"].text()
    qtbot.keyClicks(page.email, "not-an-address")
    page.validate()
    assert "not an e-mail address" in page._errors["contact.email"].text()
    page.email.setText("ada@example.com")
    page.validate()
    assert page._errors["contact.email"].text() == ""
    assert "at least one camera" in page._errors["cameras"].text()
    qtbot.mouseClick(page.add_manual_button, Qt.MouseButton.LeftButton)
    box = page.boxes[0]
    page.arm_all()  # the new camera's fields, as after pressing Submit again
    qtbot.keyClicks(box.serial, "7 7")
    qtbot.keyClicks(box.symptom, "bad")
    page.validate()
    assert "does not look like a serial number" in box.problems["serial"].text()
    assert "Describe what happens" in box.problems["symptom"].text()
    assert "how often" in box.problems["frequency"].text()
    box.serial.setText("712345678")
    box.frequency.setCurrentIndex(1)
    page.validate()
    assert box.problems["serial"].text() == ""
    assert box.problems["frequency"].text() == ""
    assert "to fix before it can be sent" in page.summary.text()


def test_a_fresh_form_is_not_a_wall_of_red_and_a_field_says_its_problem_when_left(qtbot, make_window):
    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    window.show_page("request")
    with qtbot.waitActive(window):
        window.activateWindow()
    errors = page._errors
    assert errors["contact.email"].message, "the empty form has problems …"
    assert all(label.text() == "" for label in errors.values()), "… but none is shown yet"
    assert "still to fill in" in page.summary.text()
    height = errors["contact.email"].height()
    assert height >= errors["contact.email"].fontMetrics().height(), "its line is kept, empty"
    page.email.setFocus()
    qtbot.waitUntil(page.email.hasFocus, timeout=5_000)
    qtbot.keyClicks(page.email, "not-an-address")
    assert errors["contact.email"].text() == "", "nothing while typing"
    qtbot.keyClick(page.email, Qt.Key.Key_Tab)  # leaves the field
    page.validate()
    assert "not an e-mail address" in errors["contact.email"].text()
    assert errors["contact.email"].height() == height, "one line of message fits the room kept: nothing jumps"
    assert errors["contact.name"].text() == "", "a field not visited says nothing yet"
    page.submit()
    assert "name" in errors["contact.name"].text(), "Submit shows every problem"


def test_dropped_files_are_attached(qtbot, make_window, tmp_path):
    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    log = tmp_path / "capture.log"
    log.write_text("ApiStreamFailed\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(log))])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.attachments.dropEvent(event)
    assert page.attachments.paths() == [str(log.resolve())]
    assert page.current_request().evidence.files == [str(log.resolve())]


def test_dealer_switches_to_the_dealer_package_and_sends_nothing(qtbot, make_window, ctx):
    from tests.fakes.sample_requests import complete_request

    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    page.load(complete_request())
    assert not page.dealer_name.isVisibleTo(page)
    page.dealer_radio.setChecked(True)
    assert page.dealer_name.isVisibleTo(page)
    assert page.submit_button.text().replace("&", "") == "Make dealer package…"
    assert page.submit() is None  # not yet: the dealer's name and e-mail are missing, and said so
    assert "dealer" in page._errors["purchase.dealer_name"].text()
    page.dealer_name.setText("Optics Dealer GmbH")
    page.dealer_email.setText("rma@dealer.example")
    with qtbot.waitSignal(page.dealer_package_made, timeout=10_000) as made:
        page.submit()
    package = made.args[0]
    assert package.email_path.exists()
    assert "rma@dealer.example" in package.email_path.read_text()
    assert window.outbox.store.counts().get("queued", 0) == 0
    assert window.outbox.waiting_count() == 0


KILLED_AFTER_AUTOSAVE = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QEventLoop
    app = QApplication([])
    from pixrma_desktop.application.root import AppRoot
    from pixrma_desktop.paths import resolve_paths
    from pixrma_desktop.settings import Settings
    from pixrma_desktop.ui.main_window import MainWindow
    from pixrma_desktop.ui.network_status import Connectivity
    from tests.fakes.network import ManualNetworkStatus
    from pixrma_desktop.ui.services import AppServices
    from tests.fakes.probes import FakeScannerFactory

    def offline():
        status = ManualNetworkStatus()
        status.set_state(Connectivity.OFFLINE)
        return status

    window = MainWindow(
        AppRoot(resolve_paths(sys.argv[1]).ensure(), Settings()),
        services=AppServices(scanner_factory=FakeScannerFactory([]), network_factory=offline),
        scan_on_start=False,
    )
    window.show()
    page = window.request_page
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    if page._request is None:
        loop.exec()
    page.name.setText("Ada Lovelace")
    page.notes.setPlainText("Typed just before the power cut")
    saved = QEventLoop()
    window.outbox.saved.connect(lambda *_: saved.quit())
    saved.exec()  # the debounced autosave, nothing else
    print("autosaved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_autosaved_text_survives_a_kill(qtbot, make_window, ctx):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_AUTOSAVE, str(ctx.paths.data_dir.parent)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "autosaved" in proc.stdout
    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    assert page.notes.toPlainText() == "Typed just before the power cut"
    assert page.name.text() == "Ada Lovelace"


def test_draft_changed_elsewhere_is_not_overwritten_silently(qtbot, make_window):
    from pixrma_desktop.rma.edit import apply_edit

    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    page.name.setText("Ada")
    with qtbot.waitSignal(window.outbox.saved, timeout=10_000):
        page.save_now()
    store = window.outbox.store
    request_id = page.current_request().id
    other = apply_edit(store.get(request_id).request, "notes", "typed on the command line")
    store.save_draft(other)  # e.g. `pixrma draft edit` while the window is open
    page.name.setText("Ada Lovelace")
    page.save_now()
    qtbot.waitUntil(lambda: getattr(page, "conflict_box", None) is not None, timeout=10_000)
    assert "changed in another" in page.conflict_box.text()
    assert store.get(request_id).request.notes == "typed on the command line", "nothing was overwritten"
    reload_button = next(b for b in page.conflict_box.buttons() if b.text() == "Load the other version")
    reload_button.click()
    qtbot.waitUntil(lambda: page.notes.toPlainText() == "typed on the command line", timeout=10_000)
    assert page.name.text() == "Ada"


def test_review_lists_every_file_with_its_size_and_what_was_redacted(qtbot, make_window, tmp_path):
    from tests.fakes.sample_requests import complete_request

    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    log = tmp_path / "capture-errors.log"
    log.write_text("stream failed talking to 192.168.17.42 as bob@example.org\n")
    request = complete_request()
    page.load(request.model_copy(update={"evidence": request.evidence.model_copy(update={"files": [str(log)]})}))
    dialog = page.review()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)
    top = [dialog.files.topLevelItem(i) for i in range(dialog.files.topLevelItemCount())]
    assert top[0].text(0) == f"support-bundle-{request.submission_id}.zip"
    assert top[1].text(0) == "cameras.json"
    inside = {top[0].child(i).text(0): top[0].child(i) for i in range(top[0].childCount())}
    attached = next(item for name, item in inside.items() if name.endswith("capture-errors.log"))
    assert "redacted" in attached.text(2)
    assert attached.text(1).endswith("bytes")
    assert dialog.redactions.text().startswith("Removed before sending:")
    assert "Problem Description" in dialog.report.toPlainText()
    dialog.close()


def test_review_shows_the_bundles_hash_and_the_request_keeps_that_file(qtbot, make_window):
    from pixrma_desktop.rma.reviewed_bundle import file_sha256
    from tests.fakes.sample_requests import complete_request

    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    page.load(complete_request())
    dialog = page.review()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)
    sha = dialog.preview.sha256
    assert sha == file_sha256(Path(dialog.preview.bundle_path))
    assert sha in dialog.digest.text()
    evidence = page.current_request().evidence
    assert (evidence.bundle_path, evidence.bundle_sha256) == (dialog.preview.bundle_path, sha)
    dialog.close()


def test_new_request_carries_the_system_report(qtbot, make_window):
    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    qtbot.waitUntil(lambda: bool(page.current_request().system.facts), timeout=30_000)
    system = page.current_request().system
    assert system.facts["pixrma-desktop"]
    assert system.facts["Python"]
    assert any(c.name == "Pixelink SDK" for c in system.components)
    assert "goes with the request" in page.system_label.text()
