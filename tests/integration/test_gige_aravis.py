"""The GigE Vision probe against Debian's aravis fake cameras: on loopback, and in network namespaces joined by
veth pairs where broadcast discovery and a camera on the wrong subnet are real (with two fakes that answer
discovery to the broadcast address)."""

import json
import socket
import struct
import subprocess

import pytest

from pixrma_desktop.cameras.gige import gvcp
from pixrma_desktop.cameras.gige.probe import GigeVisionProbe
from pixrma_desktop.cameras.network import local_nics
from pixrma_desktop.cameras.scanner import scan
from pixrma_desktop.diagnostics.checks import SystemFacts, run_checks
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import CameraSettings
from tests.gige_lab import FakeCameras, GigeLab, fake_camera_available, namespaces_available, wait_for_serials
from tests.needs import needs

pytestmark = pytest.mark.aravis


@pytest.fixture(scope="module")
def loopback_camera(tmp_path_factory):
    needs(fake_camera_available(), "Debian's aravis-tools (arv-fake-gv-camera-0.8) is not installed")
    cameras = FakeCameras(tmp_path_factory.mktemp("fake-gv"))
    cameras.start("127.0.0.1", "LOOPROOT")
    try:
        wait_for_serials({"LOOPROOT"}, [("127.0.0.1", "127.0.0.1")])
        yield "127.0.0.1"
    finally:
        cameras.stop()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    needs(fake_camera_available(), "Debian's aravis-tools (arv-fake-gv-camera-0.8) is not installed")
    ok, reason = namespaces_available()
    needs(ok, f"network namespaces are not available: {reason}")
    gige_lab = GigeLab(tmp_path_factory.mktemp("gige-lab"))
    gige_lab.start()
    try:
        yield gige_lab
    finally:
        gige_lab.stop()


def lo_only():
    return [nic for nic in local_nics() if nic.is_loopback]


def test_loopback_fake_camera_by_address(loopback_camera):
    result = scan([GigeVisionProbe([loopback_camera], nics=lo_only)], CameraSettings(gige_discovery_s=2.0))
    [camera] = result.cameras
    assert (camera.vendor, camera.model, camera.serial) == ("Aravis", "Fake", "LOOPROOT")
    assert camera.network.ip == "127.0.0.1"
    assert camera.network.nic_ip == "127.0.0.1"
    assert camera.in_use is False
    assert result.warnings == ()


def take_control(ip):
    """Write the CCP register as a controlling application does (WRITEREG 0x0082, control access)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(2)
    sock.sendto(struct.pack(">BBHHHII", 0x42, 1, 0x0082, 8, 1, gvcp.CCP_REGISTER, 2), (ip, gvcp.GVCP_PORT))
    status, ack = struct.unpack(">HH", sock.recv(64)[:4])
    assert (status, ack) == (0, 0x0083)
    return sock


def release_control(sock, ip):
    sock.sendto(struct.pack(">BBHHHII", 0x42, 1, 0x0082, 8, 2, gvcp.CCP_REGISTER, 0), (ip, gvcp.GVCP_PORT))
    sock.recv(64)
    sock.close()


def test_camera_controlled_by_another_application(loopback_camera):
    controller = take_control(loopback_camera)
    try:
        result = scan([GigeVisionProbe([loopback_camera], nics=lo_only)], CameraSettings(gige_discovery_s=2.0))
    finally:
        release_control(controller, loopback_camera)
    [camera] = result.cameras
    assert camera.in_use is True
    assert notice(Code.GIGE_CAMERA_IN_USE) in camera.warnings


def wrong_subnet_findings(result, nics):
    """gige-wrong-subnet findings by the camera they name."""
    findings = [f for f in run_checks(result, SystemFacts(nics=tuple(nics))) if f.code == "gige-wrong-subnet"]
    return {f.cameras: f for f in findings}


def test_namespaces_broadcast_and_loopback_addresses(lab):
    result, nics = lab.scan(["127.0.0.1", "127.0.0.2"])
    assert sorted(c.serial for c in result.cameras) == sorted(GigeLab.SERIALS), "each camera exactly once"
    by_serial = {c.serial: c for c in result.cameras}
    same, wrong = by_serial["SAMENET"].network, by_serial["WRONGNET"].network
    assert (same.ip, same.nic, same.nic_ip, same.nic_netmask, same.nic_mtu) == (
        "10.201.1.2",
        "gige1",
        "10.201.1.1",
        "255.255.255.0",
        9000,
    )
    assert (wrong.ip, wrong.nic, wrong.nic_mtu) == ("10.202.0.2", "gige2", 1500)
    assert any(
        w.code is Code.GIGE_CAMERA_UNREACHABLE and w.params["ip"] == "10.202.0.2"
        for w in by_serial["WRONGNET"].warnings
    )
    assert by_serial["SAMENET"].warnings == ()
    bcast = by_serial["BCASTNET"].network
    assert (bcast.ip, bcast.mac, bcast.nic, bcast.nic_ip, bcast.nic_mtu) == (
        "10.203.0.2",
        "02:00:00:00:03:02",
        "gige3",
        "10.201.3.1",
        9000,
    )
    assert any(
        w.code is Code.GIGE_CAMERA_UNREACHABLE and w.params["ip"] == "10.203.0.2"
        for w in by_serial["BCASTNET"].warnings
    )
    assert (by_serial["BOTHWAYS"].network.ip, by_serial["BOTHWAYS"].network.nic) == ("10.201.4.2", "gige4")
    assert by_serial["BOTHWAYS"].warnings == ()
    for serial, ip in (("LOOP1", "127.0.0.1"), ("LOOP2", "127.0.0.2")):
        assert (by_serial[serial].network.ip, by_serial[serial].network.nic) == (ip, "lo")
    assert {nic.name for nic in nics} >= {"lo", "gige1", "gige2", "gige3", "gige4"}


def test_namespaces_wrong_subnet_and_mtu_findings(lab):
    result, nics = lab.scan()
    # the fakes on this computer's loopback hear its broadcast too, as a local camera simulator would
    assert {c.serial for c in result.cameras} == GigeLab.SERIALS
    wrong = wrong_subnet_findings(result, nics)
    assert set(wrong) == {("WRONGNET",), ("BCASTNET",)}
    assert "10.202.0.2" in wrong[("WRONGNET",)].title
    assert "gige2" in wrong[("WRONGNET",)].advice
    findings = {f.code: f for f in run_checks(result, SystemFacts(nics=tuple(nics)))}
    assert findings["gige-mtu"].cameras == ("WRONGNET",)


def test_camera_on_another_subnet_answering_by_broadcast(lab):
    """BCASTNET answers discovery only to 255.255.255.255, as a camera on another subnet may: it is heard on the
    card it is cabled to, and the wrong-subnet finding names that card."""
    result, nics = lab.scan()
    [camera] = [c for c in result.cameras if c.serial == "BCASTNET"]
    assert (camera.network.ip, camera.network.nic, camera.network.nic_ip) == ("10.203.0.2", "gige3", "10.201.3.1")
    finding = wrong_subnet_findings(result, nics)[("BCASTNET",)]
    assert "10.203.0.2" in finding.title
    assert "gige3 (10.201.3.1/24)" in finding.advice


def test_camera_answering_both_ways_is_found_once(lab):
    result, _nics = lab.scan()
    assert [c.network.nic for c in result.cameras if c.serial == "BOTHWAYS"] == ["gige4"]
    assert [c.serial for c in result.cameras].count("SAMENET") == 1


def test_only_configured_hosts_end_before_the_deadline_in_the_namespaces(lab):
    """No broadcast search, every address answers (BOTHWAYS twice, by unicast and by broadcast): the probe ends
    long before its 30 s deadline, with each camera once."""
    result, _nics = lab.scan(["127.0.0.1", "10.201.4.2"], seconds=30.0, broadcast=False)
    assert sorted(c.serial for c in result.cameras) == ["BOTHWAYS", "LOOP1"]
    assert result.seconds < 5.0


def test_pixrma_check_in_the_namespaces(lab):
    proc = lab.cli("check", "--json", "--gige-host", "127.0.0.2")
    assert proc.returncode == 4, proc.stderr
    document = json.loads(proc.stdout)
    assert {c["serial"] for c in document["cameras"]} == GigeLab.SERIALS
    codes = sorted((f["code"], f["cameras"]) for f in document["findings"])
    assert codes == [
        ("gige-mtu", ["WRONGNET"]),
        ("gige-wrong-subnet", ["BCASTNET"]),
        ("gige-wrong-subnet", ["WRONGNET"]),
        ("no-camera-software", []),
    ]


def _arv_control(lab, address, *settings):
    argv = ["ip", "netns", "exec", lab.host, "arv-tool-0.8", "-a", address, "control", *settings]
    return subprocess.run(argv, capture_output=True, text=True, check=True, timeout=30).stdout


def test_packet_size_above_the_card_mtu_in_the_namespaces(lab):
    """The test (never the app) sets SAMENET's stream packet size above 1500 with arv-tool and its card gige1 to
    MTU 1500; `pixrma check` reads the packet size from the camera's snapshot and finds it above the MTU."""
    address = "10.201.1.2"
    before = _arv_control(lab, address, "GevSCPSPacketSize")
    original = int(before.split("=")[-1].split()[0])
    subprocess.run(["ip", "-n", lab.host, "link", "set", "gige1", "mtu", "1500"], check=True)
    _arv_control(lab, address, "GevSCPSPacketSize=8000")
    try:
        proc = lab.cli("check", "--json")
        assert proc.returncode == 4, proc.stderr
        findings = json.loads(proc.stdout)["findings"]
        [packet] = [f for f in findings if f["code"] == "gige-packet-size"]
        assert packet["cameras"] == ["SAMENET"]
        assert (packet["params"]["size"], packet["params"]["mtu"], packet["params"]["nic"]) == (8000, 1500, "gige1")
        assert packet["details"] == "GevSCPSPacketSize = 8000; MTU of gige1 = 1500"
    finally:
        _arv_control(lab, address, f"GevSCPSPacketSize={original}")
        subprocess.run(["ip", "-n", lab.host, "link", "set", "gige1", "mtu", "9000"], check=True)
    proc = lab.cli("check", "--json")
    assert "gige-packet-size" not in {f["code"] for f in json.loads(proc.stdout)["findings"]}
