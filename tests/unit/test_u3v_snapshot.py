"""USB3 Vision snapshot without an SDK, against the simulated camera speaking real GenCP bytes: the manifest
table, the XML over chunked READMEM (plain or zipped, SHA1 checked), features through GenApi, no writes."""

import pytest

from pixrma_desktop.cameras.scanner import scan
from pixrma_desktop.cameras.snapshots import SnapshotSources, take_snapshots
from pixrma_desktop.cameras.usb3vision import gencp, manifest
from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import CameraSettings
from tests.fakes.usb_world import DESCRIPTION, XML_ADDRESS, FakeUsbBackend, FakeUsbCamera, with_description


def snapshots(cameras, *, after_scan=None):
    backend = FakeUsbBackend(cameras)
    records = scan([Usb3VisionProbe(backend)], CameraSettings()).cameras
    if after_scan:
        after_scan()
    return records, take_snapshots(records, CameraSettings(), SnapshotSources(usb_backend=backend))


def test_manifest_entry_round_trip():
    raw = manifest.build_entry(version=(2, 10, 300), schema=(1, 1), zipped=True, address=0x8000, size=99, sha1=b"\1")
    entry = manifest.parse_entry(raw)
    assert (entry.file_version, entry.schema_version, entry.file_format) == ("2.10.300", "1.1", "zip")
    assert (entry.address, entry.size) == (0x8000, 99)
    assert entry.sha1 == "01" + "00" * 19
    no_hash = manifest.build_entry(version=(1, 0, 0), schema=(1, 0), zipped=False, address=0, size=1, sha1=b"")
    assert manifest.parse_entry(no_hash).sha1 is None
    for count in (b"\0" * 8, (99).to_bytes(8, "little"), b"\1"):
        with pytest.raises(manifest.ManifestError):
            manifest.parse_count(count)


@pytest.mark.parametrize("zipped", [False, True])
def test_snapshot_of_the_simulated_camera(zipped):
    camera = with_description(FakeUsbCamera(serial="PX0000042"), zipped=zipped)
    _, [snapshot] = snapshots([camera])
    assert snapshot.problems == ()
    assert snapshot.serial == "PX0000042"
    assert snapshot.xml == DESCRIPTION.read_bytes()
    [entry] = snapshot.manifest
    assert (entry.file_version, entry.schema_version) == ("1.2.3", "1.1")
    assert entry.file_format == ("zip" if zipped else "uncompressed")
    assert entry.address == XML_ADDRESS
    assert entry.sha1 is not None
    values = {f.name: f.value for f in snapshot.features}
    assert values["DeviceSerialNumber"] == "PX0000042"  # read through GenApi from the bootstrap registers
    assert values["DeviceVendorName"] == "PixeLINK"
    assert (values["Width"], values["Height"], values["PixelFormat"]) == (2592, 1944, "Mono8")
    assert values["DeviceTemperature"] == 41.5
    assert len(snapshot.readable) == 10
    assert set(camera.command_ids) == {gencp.READMEM_CMD}  # never a WRITEMEM
    assert camera.claimed == set()  # the control interface was released
    assert camera.open_handles == 0


def test_xml_larger_than_one_read_is_fetched_in_chunks():
    camera = with_description(FakeUsbCamera())
    size = len(DESCRIPTION.read_bytes())
    _, [snapshot] = snapshots([camera])
    assert snapshot.xml is not None
    assert size > 512
    assert camera.command_ids.count(gencp.READMEM_CMD) > size // 512


def test_sha1_that_does_not_match_is_reported():
    _, [snapshot] = snapshots([with_description(FakeUsbCamera(), wrong_sha1=True)])
    assert snapshot.xml == DESCRIPTION.read_bytes()
    [problem] = snapshot.problems
    assert problem.code == Code.SNAPSHOT_XML_DAMAGED
    assert "SHA1" in str(problem)
    assert "damaged" in str(problem)


def test_no_sha1_declared_is_no_problem():
    _, [snapshot] = snapshots([with_description(FakeUsbCamera(), declare_sha1=False)])
    assert snapshot.problems == ()
    assert snapshot.manifest[0].sha1 is None


def test_camera_without_manifest():
    _, [snapshot] = snapshots([FakeUsbCamera()])
    assert snapshot.features == ()
    assert snapshot.problems[0].code == Code.SNAPSHOT_XML_UNREADABLE
    assert "no manifest table" in str(snapshot.problems[0])


def test_camera_taken_by_another_program_after_the_scan_is_left_alone():
    camera = with_description(FakeUsbCamera())

    def taken():
        camera.busy = True
        camera.command_ids.clear()

    _, [snapshot] = snapshots([camera], after_scan=taken)
    assert snapshot.features == ()
    assert snapshot.problems == (notice(Code.SNAPSHOT_IN_USE),)
    assert camera.command_ids == []


def test_camera_in_use_during_the_scan_is_not_opened_again():
    camera = with_description(FakeUsbCamera(busy=True))
    records, [snapshot] = snapshots([camera])
    assert records[0].in_use
    assert snapshot.problems == (notice(Code.SNAPSHOT_IN_USE),)


def test_camera_refusing_reads():
    camera = with_description(FakeUsbCamera())
    camera.refused_addresses[manifest.ABRM_MANIFEST_TABLE_ADDRESS] = 0x8006
    _, [snapshot] = snapshots([camera])
    assert snapshot.features == ()
    assert snapshot.problems == (notice(Code.SNAPSHOT_READ_REFUSED, status="access denied"),)


def test_the_genapi_port_refuses_writes_and_the_walk_keeps_to_its_deadline():
    from pixrma_desktop.cameras import genapi_features
    from pixrma_desktop.cameras.genapi_port import node_map_on

    camera = with_description(FakeUsbCamera())
    node_map, port = node_map_on(DESCRIPTION.read_bytes(), camera.read)
    assert node_map.get_node("Width").value == 2592
    with pytest.raises(Exception, match="never writes"):
        node_map.get_node("Width").value = 640
    assert port.write_attempts == 1
    features, problem = genapi_features.read_all(node_map, deadline=0.0)
    assert features == []
    assert problem == notice(Code.SNAPSHOT_TIME_RAN_OUT, count=0)
    assert "ran out after 0 features" in str(problem)
