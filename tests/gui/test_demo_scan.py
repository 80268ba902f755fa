"""The real discovery with the genicam wheel's simulated cameras: what a newcomer sees first."""

import pytest

from pixrma_desktop.ui.scan_controller import default_scanner_factory

pytestmark = pytest.mark.gui


def test_demo_scan_shows_three_cameras_with_serials_0_1_2(qtbot, make_window):
    window = make_window(demo_mode="on", scanner_factory=default_scanner_factory)  # the real probes
    window.show()
    with qtbot.waitSignal(window.scan.scan_ended, timeout=60_000):
        window.cameras_page.start_scan()
    model = window.camera_model
    serials = sorted(model.index(r, 1).data() for r in range(model.rowCount()))
    assert serials == ["0", "1", "2"]
    assert {model.index(r, 0).data() for r in range(model.rowCount())} == {"Viky"}
    assert all(row.record.demo for row in model.rows)
    assert window.cameras_page.summary.text().startswith("3 camera(s) found")
