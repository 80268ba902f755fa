"""Two probes of one scan reaching the same camera never report each other as "another program"."""

import threading
import time

from pixrma_desktop.cameras import device_access
from pixrma_desktop.cameras.gentl import producers
from pixrma_desktop.cameras.gentl.probe import GenTLProbe, HarvesterWorker
from pixrma_desktop.cameras.scanner import scan
from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe
from tests.fakes.node_map import FakeAcquirer, FakeDeviceInfo, FakeHarvester, FakeNodeMap
from tests.fakes.usb_world import FakeUsbBackend, FakeUsbCamera


def test_lock_wait_ends_at_the_deadline():
    with device_access.camera_open(float("inf")) as first:
        assert first
        with device_access.camera_open(time.monotonic() + 0.05) as second:
            assert not second
    with device_access.camera_open(time.monotonic()) as again:
        assert again


class SharedCameraAcquirer(FakeAcquirer):
    """Opening the camera through GenTL makes its USB control interface busy until it is closed."""

    def __init__(self, camera: FakeUsbCamera) -> None:
        super().__init__(FakeNodeMap(DeviceSerialNumber=camera.serial, DeviceFirmwareVersion="4.0"), FakeNodeMap())
        self.camera = camera

    def open(self) -> "SharedCameraAcquirer":
        self.camera.busy = True
        return self

    def destroy(self) -> None:
        self.camera.busy = False
        super().destroy()


class SharedCameraHarvester(FakeHarvester):
    def create(self, info, config=None):
        return super().create(info, config).open()


def test_same_camera_through_gentl_and_usb_is_not_reported_in_use(monkeypatch, tmp_path):
    cameras = [FakeUsbCamera(serial=f"SH{i}", ports=(i + 1,)) for i in range(4)]
    vetting = producers.Vetting([])
    vetting.producers = [producers.Producer(tmp_path / "u3v.cti", "settings")]
    vetting.result = lambda: producers.ProducerSet(tuple(vetting.producers))
    monkeypatch.setattr(producers, "start_vetting", lambda *args, **kwargs: vetting)
    infos = [
        (FakeDeviceInfo(str(tmp_path / "u3v.cti"), vendor="PixeLINK", serial_number=c.serial), SharedCameraAcquirer(c))
        for c in cameras
    ]
    worker = HarvesterWorker(harvester_factory=lambda: SharedCameraHarvester(infos))
    for _ in range(5):
        result = scan([GenTLProbe(worker, env={}), Usb3VisionProbe(FakeUsbBackend(cameras))], timeout=30)
        assert sorted(c.serial for c in result.cameras) == ["SH0", "SH1", "SH2", "SH3"]
        assert [c for c in result.cameras if c.in_use] == []
        assert all(set(c.probes) == {"gentl", "usb3vision"} for c in result.cameras)
        assert all(c.firmware_version == "4.0" and c.family == "PL-D" for c in result.cameras)
    assert not device_access._lock.locked()


def test_usb_probe_waits_for_the_lock_before_talking_to_a_camera():
    from pixrma_desktop.cameras.probe import ProbeContext, ScanWarning
    from pixrma_desktop.notices.codes import Code

    camera = FakeUsbCamera(serial="WAITS")
    with device_access.camera_open(float("inf")):
        ctx = ProbeContext(deadline=time.monotonic() + 0.2)
        items = list(Usb3VisionProbe(FakeUsbBackend([camera])).scan(ctx))
    assert camera.commands == 0
    assert camera.claimed == set()
    assert any(isinstance(i, ScanWarning) and i.code is Code.USB_TIME_RAN_OUT for i in items)
    assert items[0].serial == "WAITS"  # still listed from its descriptors


def test_gentl_worker_waits_for_the_lock_before_opening_a_camera(tmp_path):
    import queue

    from pixrma_desktop.cameras.gentl.probe import _Job

    acquirer = FakeAcquirer(FakeNodeMap(), FakeNodeMap())
    harvester = FakeHarvester([(FakeDeviceInfo(str(tmp_path / "p.cti"), serial_number="G1"), acquirer)])
    worker = HarvesterWorker(harvester_factory=lambda: harvester)
    out = queue.SimpleQueue()
    vetted = producers.ProducerSet((producers.Producer(tmp_path / "p.cti", "settings"),))
    with device_access.camera_open(float("inf")):
        worker.submit(_Job(lambda: vetted, out, threading.Event(), deadline=time.monotonic() + 0.2))
        assert out.get(timeout=30) is None  # the job ended at its deadline without opening the camera
    assert harvester.created == []
