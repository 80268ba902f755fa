import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester

from pixrma_desktop.cameras.manual import load_manual_cameras
from tests.fakes.probes import BlockingProbe, FakeProbe, viky

pytestmark = pytest.mark.gui


def serials(model):
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_scan_fills_table_and_shows_warning_with_hint(qtbot, make_window):
    window = make_window()
    window.show()
    page = window.cameras_page
    QAbstractItemModelTester(window.camera_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    assert serials(window.camera_model) == ["0", "1", "2"]
    assert window.camera_model.index(0, 0).data() == "Viky"
    assert window.camera_model.index(0, 5).data() == "OK (demo camera)"
    warning = page.attention.item(0).text()
    assert "No permission" in warning
    assert "udev rule" in warning
    assert page.scan_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    assert "gentl: 3 found" in page.probe_label.text()
    assert window.status.last_scan.text().startswith("Last scan:")


def test_scan_on_start_runs_once_window_is_shown(qtbot, make_window):
    window = make_window(scan_on_start=True)
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.show()
    assert window.scanner_factory.calls == ["off"]
    assert window.camera_model.rowCount() == 3


def test_details_panel_lists_fields_and_copies_them(qtbot, make_window):
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    page = window.cameras_page
    page.table.selectRow(1)
    tree = page.details.tree
    camera = tree.topLevelItem(0)
    assert camera.text(0) == "Camera"
    fields = {camera.child(i).text(0): camera.child(i).text(1) for i in range(camera.childCount())}
    assert fields["Serial number"] == "1"
    assert fields["Device version"] == "1.0"
    assert fields["Found by"] == "gentl"
    qtbot.mouseClick(page.details.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Serial number" in copied
    assert "Viky" in copied


def test_cancel_stops_a_hanging_scan(qtbot, make_window):
    blocker = BlockingProbe("slow")
    window = make_window(probes=[blocker, FakeProbe("gentl", [viky("0")])])
    window.show()
    page = window.cameras_page
    with qtbot.waitSignal(window.cameras_page.controller.camera_seen, timeout=10_000):
        page.start_scan()
    assert page.cancel_button.isEnabled()
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    blocker.release.set()
    assert page.scan_button.isEnabled()
    assert serials(window.camera_model) == ["0"]


def test_camera_added_by_hand_is_listed_and_kept(qtbot, make_window, ctx):
    window = make_window(probes=[])
    window.show()
    page = window.cameras_page
    dialog = page.add_manual()
    dialog.model.setText("PL-D755CU")
    dialog.accept()
    assert dialog.isVisible(), "a camera without serial number must not be accepted"
    assert "serial number" in dialog.problem.text()
    qtbot.keyClicks(dialog.serial, "7712345")
    dialog.accept()
    assert not dialog.isVisible()
    model = window.camera_model
    assert serials(model) == ["7712345"]
    assert model.index(0, 5).data() == "Added by hand"
    assert [c.serial for c in load_manual_cameras(ctx.paths.data_dir)] == ["7712345"]
    # A scan that finds nothing keeps it; a new window loads it again.
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    assert serials(model) == ["7712345"]
    again = make_window(probes=[])
    assert serials(again.camera_model) == ["7712345"]
    again.cameras_page.table.selectRow(0)
    again.cameras_page.remove_selected_manual()
    assert again.camera_model.rowCount() == 0
    assert load_manual_cameras(ctx.paths.data_dir) == []


def test_camera_missing_from_a_later_scan_stays_marked(qtbot, make_window):
    window = make_window(probes=[FakeProbe("gentl", [viky("0"), viky("1")])])
    window.show()
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    window.scanner_factory.probes = [FakeProbe("gentl", [viky("1")])]
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    model = window.camera_model
    assert serials(model) == ["0", "1"]
    assert model.index(0, 5).data() == "Not found now"
    assert model.index(1, 5).data() == "OK (demo camera)"


def test_every_transport_has_a_name_people_use():
    from pixrma_desktop.cameras.record import Transport
    from pixrma_desktop.ui.camera_table import TRANSPORT_NAMES, transport_name

    assert set(TRANSPORT_NAMES) == {str(t) for t in Transport}
    assert transport_name(Transport.USB3_VISION) == "USB3 Vision"
