import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from pixrma_desktop.ui.error_dialog import report_for_exception, show_error
from pixrma_desktop.ui.excepthook import install_excepthook
from pixrma_desktop.ui.network_status import Connectivity
from pixrma_desktop.ui.single_instance import SingleInstance
from tests.fresh_python import fresh_python

pytestmark = pytest.mark.gui


def test_exit_after_start_shows_window_and_quits(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "pixrma_desktop", "--data-dir", str(tmp_path), "--exit-after-start"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert not (tmp_path / "data" / "pixrma.lock").exists(), "the lock must be released on exit"


def test_the_first_window_needs_no_camera_code_no_device_library_and_no_qt_namespace(tmp_path):
    """What keeps start-up fast (tests/benchmarks/bench_startup.py measures it): with nothing to show, the first
    window loads no camera records, no device or network library, and not Qt's 15 ms ``Qt`` namespace."""
    code = (
        "import sys; from pixrma_desktop.cli import main; "
        f"status = main(['--data-dir', {str(tmp_path)!r}, '--exit-after-start']); "
        "import PySide6.QtCore as core; "
        "loaded = [m for m in ('harvesters', 'usb', 'requests', 'pydantic', 'pixrma_desktop.cameras.record', "
        "'pixrma_desktop.ui.error_dialog', 'pixrma_desktop.notices.english') if m in sys.modules]; "
        "print(status, 'Qt' in vars(core), ','.join(loaded) or '-')"
    )
    assert fresh_python(code, env={"QT_QPA_PLATFORM": "offscreen"}).split() == ["0", "False", "-"]


def test_second_instance_brings_the_first_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=5_000):
            assert second.notify_first()
    finally:
        first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire(), "after the first quits, the next launch is the first again"
    third.release()


def test_other_data_folder_is_another_instance(tmp_path):
    a = SingleInstance(tmp_path / "a")
    b = SingleInstance(tmp_path / "b")
    try:
        assert a.acquire()
        assert b.acquire()
    finally:
        a.release()
        b.release()


def test_pages_are_reachable_by_keyboard(qtbot, make_window):
    window = make_window()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.current_page == "cameras"
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    for key, name in zip(keys, window.PAGES, strict=True):
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page == name
    window.sidebar.setFocus()
    window.show_page(0)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page == "request"


def test_status_bar_follows_connectivity(qtbot, make_window, network):
    from pixrma_desktop.settings import Settings

    settings = Settings()
    settings.support.rt_url = "https://support.example.com"
    window = make_window(settings=settings)
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=5_000)
    assert "Online" in window.status.connection.text()
    network.set_state(Connectivity.OFFLINE)
    assert "Offline" in window.status.connection.text()
    assert window.status.last_scan.text() == "Not scanned yet"


def test_error_dialog_says_what_to_do_and_hides_the_traceback(qtbot):
    def fail():
        raise PermissionError(13, "Permission denied", "/data/outbox.sqlite3")

    with pytest.raises(PermissionError) as info:
        fail()
    report = report_for_exception(info.value, doing="Saving the draft")
    parent = _parent(qtbot)
    box = show_error(parent, report)
    assert box.text().startswith("Saving the draft: The app was not allowed")
    assert "permissions" in box.informativeText()
    assert "Traceback" not in box.detailedText()
    assert "PermissionError" in box.detailedText()
    assert "Where: test_app_shell.fail, line" in box.detailedText()
    box.close()


def test_an_uncaught_exception_is_logged_and_shown_as_an_error_dialog(qtbot, monkeypatch, caplog, tmp_path):
    parent = _parent(qtbot)
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: parent))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_excepthook(tmp_path / "pixrma.log")
    assert sys.excepthook is not sys.__excepthook__
    disk_full = OSError(28, "No space left on device")
    with caplog.at_level(logging.ERROR):
        sys.excepthook(OSError, disk_full, None)
    box = parent.findChild(QMessageBox, "errorDialog")
    assert box is not None
    assert box.isVisible()
    assert box.text() == "The disk is full."
    assert f"Full log: {tmp_path / 'pixrma.log'}" in box.detailedText()
    assert [r.exc_info[1] for r in caplog.records if r.getMessage() == "uncaught exception"] == [disk_full]
    box.close()


def _parent(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget
