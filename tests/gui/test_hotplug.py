import pytest

from pixrma_desktop.ui.hotplug import HotplugWatcher

pytestmark = pytest.mark.gui


def test_plugging_a_device_in_rescans_once_things_settle(qtbot, make_window, tmp_path):
    usb = tmp_path / "usb"
    (usb / "001").mkdir(parents=True)
    window = make_window(hotplug_root=usb)
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    assert window.hotplug.active
    window.hotplug._settle.setInterval(50)
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        (usb / "001" / "007").write_bytes(b"")  # what the kernel does when a device arrives
    assert window.scanner_factory.calls == ["off"]
    assert window.camera_model.rowCount() == 3


def test_no_usb_folder_means_no_watching(qtbot, tmp_path):
    watcher = HotplugWatcher(tmp_path / "missing")
    assert not watcher.active
