"""The details panel after a scan: each camera's configuration fills in from the background, in a tree the
filter box searches, and "Copy all details" copies identity, versions and every feature, saying it did."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice

pytestmark = pytest.mark.gui


def fake_snapshot(camera):
    features = (
        FeatureValue("Width", "ImageFormatControl", "integer", 400, None, 100, 800, 4, "RW"),
        FeatureValue("PixelFormat", "ImageFormatControl", "enumeration", "RGBa8", access="RW"),
        FeatureValue("ExposureTime", "AcquisitionControl", "float", 5000.0, "us", 10.0, 1e6, access="RW"),
        FeatureValue("StreamBufferCount", "Stream", "integer", 8, module="stream", access="RO"),
    )
    return CameraSnapshot(
        camera.serial,
        "gentl",
        camera.model,
        features=features,
        xml=b"<RegisterDescription/>",
        versions={"GenTL producer": "viky 1.0"},
        problems=(notice(Code.SNAPSHOT_TIME_RAN_OUT, count=4),),
    )


class GatedSnapshots:
    """Takes snapshots only when let through: the camera list must be complete before any is taken."""

    def __init__(self):
        self.gate = threading.Event()
        self.taken = []

    def __call__(self, camera):
        assert self.gate.wait(10)
        self.taken.append(camera.serial)
        return fake_snapshot(camera)


def children(item):
    return [item.child(i) for i in range(item.childCount())]


def groups(tree):
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}


def test_camera_list_comes_first_then_each_snapshot_fills_in(qtbot, make_window):
    take = GatedSnapshots()
    window = make_window(snapshot=take)
    window.show()
    page = window.cameras_page
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    assert window.camera_model.rowCount() == 3  # the list is there, no snapshot taken yet
    assert take.taken == []
    page.table.selectRow(1)
    reading = groups(page.details.tree)["Configuration"]
    assert children(reading)[0].text(0) == "Reading the configuration…"
    with qtbot.waitSignals([page.snapshot_jobs.snapshot_ready] * 3, timeout=10_000):
        take.gate.set()
    assert take.taken == ["0", "1", "2"]
    tree = page.details.tree
    found = groups(tree)
    assert set(found) == {"Camera", "Software versions", "Features (4)"}
    features = found["Features (4)"]
    by_group = {g.text(0): g for g in children(features)}
    assert {"ImageFormatControl", "AcquisitionControl", "GenTL stream / Stream"} <= set(by_group)
    width = children(by_group["ImageFormatControl"])[0]
    assert (width.text(0), width.text(1)) == ("Width", "400")
    assert "[100 .. 800 step 4]" in width.toolTip(1)
    problem = children(features)[0]
    assert problem.text(1) == "The time for this camera ran out after 4 features; the rest were not read."


def test_filter_box_keeps_matching_features_and_their_groups(qtbot, make_window):
    take = GatedSnapshots()
    take.gate.set()
    window = make_window(snapshot=take)
    window.show()
    page = window.cameras_page
    with qtbot.waitSignals([window.scan.scan_ended, *[page.snapshot_jobs.snapshot_ready] * 3], timeout=10_000):
        window.scan.start_scan()
    page.table.selectRow(0)
    details = page.details
    qtbot.keyClicks(details.filter_box, "exposure")
    found = groups(details.tree)
    assert found["Camera"].isHidden()
    features = found["Features (4)"]
    assert not features.isHidden()
    shown = [item.text(0) for g in children(features) for item in children(g) if not item.isHidden()]
    assert shown == ["ExposureTime"]
    assert [g.text(0) for g in children(features) if not g.isHidden() and g.childCount()] == ["AcquisitionControl"]
    details.filter_box.clear()
    assert not found["Camera"].isHidden()
    assert all(not item.isHidden() for g in children(features) for item in children(g))


def test_copy_all_details_copies_identity_versions_and_every_feature_with_feedback(qtbot, make_window):
    take = GatedSnapshots()
    take.gate.set()
    window = make_window(snapshot=take)
    window.show()
    page = window.cameras_page
    with qtbot.waitSignals([window.scan.scan_ended, *[page.snapshot_jobs.snapshot_ready] * 3], timeout=10_000):
        window.scan.start_scan()
    page.table.selectRow(2)
    details = page.details
    assert details.copy_button.text() == "Copy all details"
    qtbot.mouseClick(details.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Serial number" in copied
    assert "GenTL producer: viky 1.0" in copied
    assert "Width = 400  [100 .. 800 step 4] RW" in copied
    assert "ExposureTime = 5000.0 us  [10.0 .. 1000000.0] RW" in copied
    assert "StreamBufferCount = 8 RO" in copied
    assert details.copy_button.text() == "Copied ✓"
    message = window.statusBar().currentMessage()
    assert message == "Copied the details and 4 features of Machine Vision Games Ltd. Viky (S/N 2) to the clipboard."


def test_a_new_scan_cancels_the_snapshots_still_to_come(qtbot, make_window):
    take = GatedSnapshots()
    window = make_window(snapshot=take)
    window.show()
    page = window.cameras_page
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    first = page.snapshot_jobs._current
    assert first is not None
    with qtbot.waitSignal(window.scan.scan_ended, timeout=10_000):
        window.scan.start_scan()
    assert first.cancelled
    take.gate.set()
    assert first.wait(10)


def test_a_packet_size_above_the_mtu_shows_once_the_snapshot_is_there(qtbot, make_window):
    from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport
    from tests.fakes.probes import FakeProbe

    network = NetworkLocation(ip="10.201.1.2", subnet="255.255.255.0", nic="eth1", nic_ip="10.201.1.1", nic_mtu=1500)
    camera = CameraRecord(
        vendor="Pixelink", model="PL-X", serial="G1", transport=Transport.GIGE_VISION, network=network
    )

    def take(record):
        size = FeatureValue("GevSCPSPacketSize", "TransportLayerControl", "integer", 8000, "B", access="RW")
        return CameraSnapshot(record.serial, "gigevision", record.model, features=(size,))

    window = make_window(probes=[FakeProbe("gige", [camera])], snapshot=take)
    window.show()
    page = window.cameras_page
    with qtbot.waitSignals([window.scan.scan_ended, page.snapshot_jobs.snapshot_ready], timeout=10_000):
        window.scan.start_scan()
    texts = [page.attention.item(i).text() for i in range(page.attention.count())]
    [shown] = [t for t in texts if "stream packets of 8000 bytes" in t]
    assert "larger than the MTU 1500 of the network card eth1" in shown
    assert page.attention.isVisible()
