"""Configuration snapshots of real producers and devices that are not ours: viky.cti (the genicam package's
simulated GenTL cameras) and Debian's aravis fake GigE Vision camera."""

import json
import socket
import struct
import subprocess
import sys
import time

import pytest

from pixrma_desktop.cameras.gentl import producers
from pixrma_desktop.cameras.gentl.probe import GenTLProbe
from pixrma_desktop.cameras.gige import gvcp
from pixrma_desktop.cameras.gige.probe import GigeVisionProbe
from pixrma_desktop.cameras.network import local_nics
from pixrma_desktop.cameras.scanner import scan
from pixrma_desktop.cameras.snapshots import take_snapshots
from pixrma_desktop.settings import CameraSettings
from tests.gige_lab import FakeCameras, fake_camera_available, wait_for_serials
from tests.needs import needs

SERIAL = "FEATLOOP"
ADDRESS = "127.0.0.1"


@pytest.fixture(scope="module")
def viky():
    needs(producers.demo_producer_path() is not None, "the genicam package (with viky.cti) is not installed")


@pytest.fixture(scope="module")
def aravis(tmp_path_factory):
    needs(fake_camera_available(), "Debian's aravis-tools (arv-fake-gv-camera-0.8) is not installed")
    cameras = FakeCameras(tmp_path_factory.mktemp("fake-gv"))
    cameras.start(ADDRESS, SERIAL)
    try:
        wait_for_serials({SERIAL}, [(ADDRESS, ADDRESS)])
        yield ADDRESS
    finally:
        cameras.stop()


def test_viky_cameras_have_more_than_fifty_values_and_their_xml(viky):
    records = scan([GenTLProbe(env={})], CameraSettings(), demo=True).cameras
    assert [r.serial for r in records] == ["0", "1", "2"]
    snapshots = take_snapshots(records, CameraSettings())
    for record, snapshot in zip(records, snapshots, strict=True):
        assert snapshot.serial == record.serial
        assert snapshot.problems == ()
        assert len(snapshot.readable) > 50
        values = {(f.module, f.name): f.value for f in snapshot.features}
        assert values[(None, "Width")] == 400
        assert values[(None, "PixelFormat")] == "RGBa8"
        assert values[("device", "DeviceSerialNumber")] == record.serial
        assert snapshot.xml is not None
        assert snapshot.xml.startswith(b"<RegisterDescription")
        assert b'ModelName="Viky"' in snapshot.xml
        assert snapshot.xml_source.startswith("local:")
    width = next(f for f in snapshots[0].features if f.name == "Width")
    assert (width.minimum, width.maximum, width.access, width.category) == (100, 800, "RW", "ImageFormatControl")


def test_demo_features_json_from_the_command_line(viky, tmp_path):
    xml_dir = tmp_path / "xml"
    argv = [sys.executable, "-m", "pixrma_desktop", "--data-dir", str(tmp_path), "--demo", "features", "--json"]
    proc = subprocess.run([*argv, "--xml-dir", str(xml_dir)], capture_output=True, text=True, check=True, timeout=120)
    data = json.loads(proc.stdout)
    assert [s["serial"] for s in data] == ["0", "1", "2"]
    for snapshot in data:
        assert snapshot["readable_count"] > 50
        assert sum(f["value"] is not None for f in snapshot["features"]) == snapshot["readable_count"]
        assert snapshot["xml"].startswith("<RegisterDescription")
    assert sorted(p.name for p in xml_dir.iterdir()) == ["0-gentl.xml", "1-gentl.xml", "2-gentl.xml"]
    assert (xml_dir / "0-gentl.xml").read_text() == data[0]["xml"]


def gige_record(ip):
    lo = [nic for nic in local_nics() if nic.is_loopback]
    [record] = scan([GigeVisionProbe([ip], nics=lambda: lo)], CameraSettings(gige_discovery_s=2.0)).cameras
    return record


@pytest.mark.aravis
def test_aravis_xml_matches_arv_tool_and_features_are_read(aravis):
    record = gige_record(aravis)
    [snapshot] = take_snapshots([record], CameraSettings())
    assert snapshot.problems == ()
    printed = subprocess.run(["arv-tool-0.8", "-a", aravis, "genicam"], capture_output=True, check=True).stdout
    assert printed == snapshot.xml + b"\n"  # arv-tool prints the file and a newline
    values = {f.name: f.value for f in snapshot.features}
    assert values["DeviceID"] == SERIAL
    assert (values["DeviceVendorName"], values["DeviceModelName"]) == ("Aravis", "Fake")
    assert (values["Width"], values["Height"], values["PixelFormat"]) == (512, 512, "Mono8")
    assert len(snapshot.readable) >= 20


def _readreg(sock, ip, request_id, address):
    sock.sendto(gvcp.readreg_cmd(request_id, [address]), (ip, gvcp.GVCP_PORT))
    return gvcp.parse_readreg_ack(sock.recv(64), request_id)[0]


@pytest.mark.aravis
def test_aravis_camera_controlled_elsewhere_is_not_disturbed(aravis):
    record = gige_record(aravis)
    controller = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    controller.settimeout(2)
    write_ccp = struct.pack(">BBHHHII", 0x42, 1, 0x0082, 8, 1, gvcp.CCP_REGISTER, 2)  # WRITEREG, control access
    controller.sendto(write_ccp, (aravis, gvcp.GVCP_PORT))
    assert struct.unpack(">HH", controller.recv(64)[:4]) == (0, 0x0083)
    try:
        [snapshot] = take_snapshots([record], CameraSettings())
        assert snapshot.problems == ()
        assert len(snapshot.readable) >= 20
        assert _readreg(controller, aravis, 2, gvcp.CCP_REGISTER) == 2  # the controller still holds control
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as other:
            other.settimeout(2)
            assert _readreg(other, aravis, 3, gvcp.CCP_REGISTER) == 2  # and others see it held
    finally:
        controller.sendto(struct.pack(">BBHHHII", 0x42, 1, 0x0082, 8, 4, gvcp.CCP_REGISTER, 0), (aravis, 3956))
        controller.recv(64)
        controller.close()


@pytest.mark.aravis
def test_features_command_with_gige_host(aravis, tmp_path):
    argv = [sys.executable, "-m", "pixrma_desktop", "--data-dir", str(tmp_path), "features", SERIAL]
    proc = subprocess.run([*argv, "--gige-host", aravis, "--json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    [snapshot] = json.loads(proc.stdout)
    assert snapshot["transport"] == "gigevision"
    assert snapshot["xml_source"].startswith("Local:arv-fake-camera.xml")
    assert snapshot["readable_count"] >= 20


def _snapshots_with_one_reconfigured(records, width):
    """Opens both viky cameras through harvesters, writes Width on the second (the test does this; the app
    never writes) and snapshots both while they are open: viky resets a camera when it is opened again, so the
    change lives only as long as this acquirer."""
    from pixrma_desktop.cameras.gentl.probe import shared_worker
    from pixrma_desktop.cameras.gentl.snapshot import snapshot_acquirer

    def job(worker):
        acquirers = [worker.harvester.create({"serial_number": r.serial}) for r in records]
        try:
            acquirers[1].remote_device.node_map.Width.value = width
            deadline = time.monotonic() + 30
            return [snapshot_acquirer(a, r, deadline) for a, r in zip(acquirers, records, strict=True)]
        finally:
            for acquirer in acquirers:
                acquirer.destroy()

    return shared_worker().call(job, timeout=60)


def test_bundle_holds_each_snapshot_and_names_what_differs_between_two_vikys(viky):
    from pixrma_desktop.diagnostics.bundle import plan_bundle
    from pixrma_desktop.diagnostics.bundle_plan import BundleInputs
    from pixrma_desktop.diagnostics.feature_diff import differing_features

    records = scan([GenTLProbe(env={})], CameraSettings(), demo=True).cameras[:2]
    snapshots = _snapshots_with_one_reconfigured(records, 320)
    [pair] = differing_features(snapshots)
    assert (pair.reference, pair.other) == ("0", "1")
    differences = {d.name: (d.reference, d.other) for d in pair.differences}
    assert differences == {"Width": (400, 320), "AspectRatio": (1.0, pytest.approx(0.8))}  # 320 / 400
    with plan_bundle(BundleInputs(cameras=records, snapshots=snapshots)) as plan:
        files = {f.path: f for f in plan.files}
        manifest = json.loads(files["manifest.json"].content)
        summary = files["summary.txt"].content.decode()
    for serial in ("0", "1"):
        features = json.loads(files[f"cameras/{serial}/features.json"].content)
        assert features["serial"] == serial
        assert features["readable_count"] > 50
        xml = files[f"cameras/{serial}/{serial}-gentl.xml"]
        assert xml.content.startswith(b"<RegisterDescription")
        assert xml.content == snapshots[int(serial)].xml
    listed = {f["path"]: f for f in manifest["files"]}
    assert listed["cameras/1/1-gentl.xml"]["sha256"] == files["cameras/1/1-gentl.xml"].sha256
    assert listed["cameras/1/features.json"]["sha256"] == files["cameras/1/features.json"].sha256
    assert "Viky: S/N 0 vs S/N 1: 2 feature(s) differ" in summary
    assert "  Width        400  |  320" in summary
