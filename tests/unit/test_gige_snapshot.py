"""GigE Vision snapshot against a fake device speaking real GVCP: READMEM codec, chunked reads, the XML from the
URL register, features through GenApi, and a camera that refuses reads."""

import io
import struct
import zipfile

import pytest

from pixrma_desktop.cameras.gige import gvcp
from pixrma_desktop.cameras.gige.memory import GvcpMemory
from pixrma_desktop.cameras.gige.snapshot import snapshot_gige
from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from tests.fakes.gvcp_device import FakeGvcpDevice
from tests.fakes.usb_world import DESCRIPTION, FEATURE_REGISTERS

XML = DESCRIPTION.read_bytes()


def zipped(data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("camera.xml", data)
    return buffer.getvalue()


def camera_memory(stored, name):
    url = f"Local:{name};11000;{len(stored):x}".encode()
    return {
        gvcp.FIRST_URL_REGISTER: url.ljust(512, b"\0"),
        0x11000: stored,
        FEATURE_REGISTERS: struct.pack("<IIIIfIII", 640, 480, 17825797, 0, 38.25, 0, 1500, 1),
    }


@pytest.fixture
def device():
    fake = FakeGvcpDevice()
    yield fake
    fake.close()


def record_for(fake):
    return CameraRecord(
        serial="GV1", model="PL-X", transport=Transport.GIGE_VISION, network=NetworkLocation(ip="127.0.0.1")
    )


def test_readmem_command_bytes_and_limits():
    assert gvcp.readmem_cmd(7, 0x200, 512) == bytes.fromhex("4201 0084 0008 0007 00000200 0000 0200")
    for bad in ((0x200, 0), (0x200, 540), (0x200, 6), (0x202, 8)):
        with pytest.raises(ValueError, match="READMEM"):
            gvcp.readmem_cmd(1, *bad)


def test_readmem_ack_is_checked():
    ack = gvcp.build_readmem_ack(3, 0x200, b"abcd")
    assert gvcp.parse_readmem_ack(ack, 3, 0x200, 4) == b"abcd"
    with pytest.raises(gvcp.GvcpError, match="address"):
        gvcp.parse_readmem_ack(ack, 3, 0x204, 4)
    with pytest.raises(gvcp.GvcpError, match="request"):
        gvcp.parse_readmem_ack(ack, 4, 0x200, 4)
    with pytest.raises(gvcp.GvcpError, match="carries"):
        gvcp.parse_readmem_ack(ack, 3, 0x200, 8)
    with pytest.raises(gvcp.RefusedError, match="access denied") as refused:
        gvcp.parse_readmem_ack(gvcp.build_readmem_ack(3, 0x200, b"", status=0x8006), 3, 0x200, 4)
    assert refused.value.status == 0x8006


def test_memory_reads_unaligned_ranges_in_chunks(device):
    blob = bytes(range(256)) * 8
    device.memory = {0x1000: blob}
    with GvcpMemory("127.0.0.1", device.port) as memory:
        assert memory.read(0x1003, 1500) == blob[3:1503]
        assert memory.reads == 3  # 0x1000..0x15E0 in 536-byte reads
    assert {command for command, _ in device.received} == {gvcp.READMEM_CMD}


@pytest.mark.parametrize("compress", [False, True])
def test_snapshot_reads_the_xml_and_every_feature_without_writing(device, compress):
    stored = zipped(XML) if compress else XML
    device.memory = camera_memory(stored, "camera.zip" if compress else "camera.xml")
    snapshot = snapshot_gige(record_for(device), 10.0, port=device.port)
    assert snapshot.problems == ()
    assert snapshot.xml == XML
    assert snapshot.xml_source.startswith("Local:camera.")
    values = {f.name: f.value for f in snapshot.features}
    assert values["Width"] == 640
    assert values["Height"] == 480
    assert values["PixelFormat"] == "Mono12"
    assert values["ReverseX"] is False
    assert values["DeviceTemperature"] == 38.25
    assert values["ExposureTime"] == 1500.0
    assert values["TriggerMode"] == "On"
    assert values["DeviceReset"] is None  # a command: nothing to read, and never executed
    width = next(f for f in snapshot.features if f.name == "Width")
    assert (width.minimum, width.maximum, width.increment, width.access) == (16, 2592, 16, "RW")
    assert {command for command, _ in device.received} == {gvcp.READMEM_CMD}  # no WRITEREG/WRITEMEM, no CCP


def test_a_camera_refusing_reads_is_recorded_and_left_alone(device):
    device.memory = camera_memory(XML, "camera.xml")
    device.readmem_status = 0x8006
    snapshot = snapshot_gige(record_for(device), 10.0, port=device.port)
    assert snapshot.features == ()
    assert snapshot.xml is None
    [problem] = snapshot.problems
    assert problem.code == Code.SNAPSHOT_EXCLUSIVE
    assert "exclusive access" in str(problem)
    assert "access denied" in str(problem)
    assert len(device.received) == 1  # one refusal is enough: no retries, no attempt to take control


def test_a_silent_address_ends_within_the_budget():
    fake = FakeGvcpDevice()
    port = fake.port
    fake.close()  # nothing listens there any more
    snapshot = snapshot_gige(record_for(None), 0.5, port=port)
    assert snapshot.features == ()
    assert snapshot.problems
    assert snapshot.problems[0].code == Code.SNAPSHOT_STOPPED_ANSWERING


def test_no_address_no_snapshot():
    snapshot = snapshot_gige(CameraRecord(serial="X", transport=Transport.GIGE_VISION), 1.0)
    assert snapshot.problems == (notice(Code.SNAPSHOT_NO_ADDRESS),)


def test_a_camera_without_a_route_is_said_unreachable(monkeypatch):
    from pixrma_desktop.cameras.gige import snapshot as gige_snapshot

    def no_route(*args, **kwargs):
        raise OSError(101, "Network is unreachable")

    monkeypatch.setattr(gige_snapshot, "GvcpMemory", no_route)
    record = CameraRecord(serial="FAR", transport=Transport.GIGE_VISION, network=NetworkLocation(ip="10.202.0.2"))
    snapshot = snapshot_gige(record, 1.0)
    assert snapshot.problems == (notice(Code.SNAPSHOT_UNREACHABLE, ip="10.202.0.2", error="Network is unreachable"),)
    assert "cannot reach the camera at 10.202.0.2" in str(snapshot.problems[0])


class _Registers:
    def __init__(self, value):
        self.value = value
        self.asked = []

    def read(self, address, length):
        self.asked.append((address, length))
        return self.value.to_bytes(4, "big")


def test_packet_size_comes_from_the_bootstrap_register_when_the_xml_has_none():
    from pixrma_desktop.cameras.gige.snapshot import SCPS0_REGISTER, bootstrap_features

    memory = _Registers(0x40001F40)  # a flag bit above, 8000 bytes below
    [feature] = bootstrap_features(memory, {"Width"})
    assert (feature.name, feature.value, feature.access, feature.module) == ("GevSCPSPacketSize", 8000, "RO", None)
    assert memory.asked == [(SCPS0_REGISTER, 4)]
    assert bootstrap_features(_Registers(1500), {"GevSCPSPacketSize"}) == []
