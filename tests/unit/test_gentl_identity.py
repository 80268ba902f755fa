"""Reading identity from node maps, with fake node maps for the features viky does not have."""

import pytest

from pixrma_desktop.cameras.gentl import producers
from pixrma_desktop.cameras.gentl.probe import (
    GenTLProbe,
    HarvesterWorker,
    NodeMap,
    format_link_speed,
    identity_from,
)
from pixrma_desktop.cameras.probe import ProbeContext, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from tests.fakes.node_map import (
    FakeAccessException,
    FakeAcquirer,
    FakeDeviceInfo,
    FakeHarvester,
    FakeNodeMap,
)

VIKY_LIKE_INFO = {"vendor": "Enum Vendor", "model": "Enum Model", "serial_number": "E1", "version": "0.9"}


def test_remote_sfnc_features_come_first():
    remote = FakeNodeMap(
        DeviceVendorName="PixeLINK",
        DeviceModelName="PL-D755MU",
        DeviceSerialNumber="12345678",
        DeviceFirmwareVersion="03.02.01.00",
        DeviceVersion="Rev B",
        DeviceTemperature=41.5,
        DeviceLinkSpeed=500_000_000,
        DeviceTLType="U3V",
        DeviceUserID="Line 3 \x07",
    )
    device = FakeNodeMap(DeviceVendorName="TL vendor", DeviceSerialNumber="TL-serial", DeviceType="Custom")
    fields = identity_from(NodeMap(remote), NodeMap(device), VIKY_LIKE_INFO)
    assert fields == {
        "vendor": "PixeLINK",
        "model": "PL-D755MU",
        "serial": "12345678",
        "firmware_version": "03.02.01.00",
        "device_version": "Rev B",
        "temperature_c": 41.5,
        "link_speed": "4 Gbit/s",
        "transport": Transport.USB3_VISION,
        "user_name": "Line 3",
    }


def test_device_module_then_enumeration_fill_what_the_remote_map_lacks():
    remote = FakeNodeMap(DeviceFirmwareVersion="1.2.3", DeviceTemperature=FakeAccessException("not readable"))
    device = FakeNodeMap(DeviceVendorName="Module Vendor", DeviceModelName=FakeAccessException("locked"))
    fields = identity_from(NodeMap(remote), NodeMap(device), VIKY_LIKE_INFO)
    assert fields["firmware_version"] == "1.2.3"
    assert fields["vendor"] == "Module Vendor"
    assert fields["model"] == "Enum Model"  # the device module could not read it
    assert fields["serial"] == "E1"
    assert fields["device_version"] == "0.9"
    assert "temperature_c" not in fields
    assert fields["transport"] is Transport.GENTL


def test_gige_transport_from_the_device_module():
    fields = identity_from(None, NodeMap(FakeNodeMap(DeviceType="GigEVision")), {})
    assert fields["transport"] is Transport.GIGE_VISION


@pytest.mark.parametrize(
    ("value", "text"),
    [(125_000_000, "1 Gbit/s"), (50_000_000, "400 Mbit/s"), (0, "0"), ("fast", "fast"), (None, None)],
)
def test_link_speed_is_told_in_bits_per_second(value, text):
    assert format_link_speed(value) == text


def test_numbers_become_text_for_version_fields():
    fields = identity_from(NodeMap(FakeNodeMap(DeviceVersion=3.0, DeviceSerialNumber=42)), None, {})
    assert (fields["device_version"], fields["serial"]) == ("3", "42")


def _vetted(path="/opt/fake/producer.cti", demo=False):
    return producers.ProducerSet((producers.Producer(producers.Path(path), "settings", demo),))


def _run(harvester, vetted=None):
    import queue
    import threading

    from pixrma_desktop.cameras.gentl.probe import _Job

    worker = HarvesterWorker(harvester_factory=lambda: harvester)
    out = queue.SimpleQueue()
    worker.submit(_Job(lambda: vetted or _vetted(), out, threading.Event()))
    items = []
    while (item := out.get(timeout=30)) is not None:
        items.append(item)
    return items


def test_worker_reads_each_camera_and_closes_it():
    remote = FakeNodeMap(DeviceSerialNumber="R1", DeviceFirmwareVersion="9.9", DeviceTemperature=38.0)
    acquirer = FakeAcquirer(remote, FakeNodeMap(DeviceVendorName="Acme"))
    harvester = FakeHarvester([(FakeDeviceInfo("/opt/fake/producer.cti", **VIKY_LIKE_INFO), acquirer)])
    (record,) = _run(harvester)
    assert (record.vendor, record.serial, record.firmware_version, record.temperature_c) == ("Acme", "R1", "9.9", 38.0)
    assert record.producer == "/opt/fake/producer.cti"
    assert not record.demo
    assert acquirer.destroyed
    assert harvester.files == ["/opt/fake/producer.cti"]


def test_busy_camera_is_listed_from_enumeration_and_not_opened():
    info = FakeDeviceInfo("/p.cti", access_status=4, **VIKY_LIKE_INFO)
    acquirer = FakeAcquirer(FakeNodeMap(), FakeNodeMap())
    harvester = FakeHarvester([(info, acquirer)])
    (record,) = _run(harvester, _vetted("/p.cti"))
    assert record.in_use
    assert record.serial == "E1"
    assert harvester.created == []
    assert record.warnings == (notice(Code.GENTL_CAMERA_IN_USE),)


def test_camera_that_cannot_be_opened_is_listed_in_use_with_a_warning():
    class ResourceInUseException(Exception):
        pass

    info = FakeDeviceInfo("/p.cti", **VIKY_LIKE_INFO)
    harvester = FakeHarvester([(info, ResourceInUseException("in use"))])
    record, warning = _run(harvester, _vetted("/p.cti"))
    assert isinstance(record, CameraRecord)
    assert record.in_use
    assert record.serial == "E1"
    assert isinstance(warning, ScanWarning)
    assert warning.notice == notice(Code.GENTL_OPEN_FAILED, camera=record.display_name, error="ResourceInUseException")
    assert "could not be opened (ResourceInUseException)" in warning.message


def test_demo_producer_marks_its_cameras_demo():
    info = FakeDeviceInfo("/demo/viky.cti", **VIKY_LIKE_INFO)
    harvester = FakeHarvester([(info, FakeAcquirer(FakeNodeMap(), FakeNodeMap()))])
    (record,) = _run(harvester, _vetted("/demo/viky.cti", demo=True))
    assert record.demo


def test_harvester_failure_becomes_a_warning_and_the_worker_lives_on():
    class Exploding(FakeHarvester):
        def update(self):
            raise RuntimeError("producer fell over")

    (warning,) = _run(Exploding([]))
    assert warning.code is Code.GENTL_FAILED
    assert "producer fell over" in warning.message


def test_probe_without_any_producer_never_starts_the_worker():
    made = []
    worker = HarvesterWorker(harvester_factory=lambda: made.append("harvester"))
    assert list(GenTLProbe(worker, env={}).scan(ProbeContext(demo=False))) == []
    assert made == []


def test_producer_without_read_only_access_is_asked_once_then_opened_briefly():
    cameras = [
        (FakeDeviceInfo("/p.cti", **{**VIKY_LIKE_INFO, "serial_number": s}), FakeAcquirer(FakeNodeMap(), FakeNodeMap()))
        for s in ("A", "B", "C")
    ]
    harvester = FakeHarvester(cameras, read_only=False)
    records = _run(harvester, _vetted("/p.cti"))
    assert [r.serial for r in records] == ["A", "B", "C"]
    assert harvester.read_only_attempts == 1
    assert all(acquirer.destroyed for _, acquirer in cameras)


def test_hung_producer_times_out_and_other_probes_still_report(tmp_path, monkeypatch):
    import threading

    from pixrma_desktop.cameras.scan_result import ProbeState
    from pixrma_desktop.cameras.scanner import scan
    from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe
    from tests.fakes.usb_world import FakeUsbBackend, pixelink_cameras

    release = threading.Event()

    class HangingHarvester(FakeHarvester):
        def update(self):
            release.wait()

    vetting = producers.Vetting([])
    vetting.producers = [producers.Producer(tmp_path / "hangs.cti", "settings")]
    vetting.result = lambda: producers.ProducerSet(tuple(vetting.producers))
    monkeypatch.setattr(producers, "start_vetting", lambda *args, **kwargs: vetting)
    worker = HarvesterWorker(harvester_factory=lambda: HangingHarvester([]))
    usb = Usb3VisionProbe(FakeUsbBackend(pixelink_cameras(2)))
    try:
        result = scan([GenTLProbe(worker, env={}), usb], timeout=1.5)
    finally:
        release.set()
    states = {p.name: p.state for p in result.probes}
    assert states == {"gentl": ProbeState.TIMED_OUT, "usb3vision": ProbeState.OK}
    assert len(result.cameras) == 2
