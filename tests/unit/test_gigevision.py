import socket
import struct
import threading

import pytest

from pixrma_desktop.cameras.gige import gvcp
from pixrma_desktop.cameras.gige.probe import GigeVisionProbe
from pixrma_desktop.cameras.network import Nic
from pixrma_desktop.cameras.probe import ProbeContext, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.cameras.scanner import scan
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import CameraSettings
from tests.fakes.gvcp_device import FakeGvcpDevice
from tests.fresh_python import fresh_python

LOOPBACK = Nic("lo", "127.0.0.1", "255.0.0.0", 65536)


def synthetic_ack(rid):
    return gvcp.build_discovery_ack(
        rid,
        manufacturer=b"Pixelink",
        model=b"PL-X9512",
        serial=b"G1234",
        device_version=b"3.2",
        mac=bytes.fromhex("001c4f0a0b0c"),
        ip="192.168.7.20",
        subnet="255.255.255.0",
        gateway="192.168.7.1",
        ip_config_current=0x2,
    )


@pytest.fixture
def device():
    fake = FakeGvcpDevice(discovery_ack=synthetic_ack)
    yield fake
    fake.close()


def run_probe(port, hosts=("127.0.0.1",), seconds=2.0, nics=(LOOPBACK,)):
    probe = GigeVisionProbe(hosts, nics=lambda: list(nics), port=port)
    ctx = ProbeContext(CameraSettings(gige_discovery_s=seconds))
    items = list(probe.scan(ctx))
    return [i for i in items if isinstance(i, CameraRecord)], [i for i in items if isinstance(i, ScanWarning)]


def test_synthetic_ack_fills_every_network_field(device):
    records, warnings = run_probe(device.port)
    assert warnings == []
    [camera] = records
    assert (camera.vendor, camera.model, camera.serial, camera.device_version) == (
        "Pixelink",
        "PL-X9512",
        "G1234",
        "3.2",
    )
    assert camera.transport == Transport.GIGE_VISION
    net = camera.network
    assert (net.mac, net.ip, net.subnet, net.gateway, net.ip_config) == (
        "00:1c:4f:0a:0b:0c",
        "192.168.7.20",
        "255.255.255.0",
        "192.168.7.1",
        "dhcp",
    )
    assert (net.nic, net.nic_ip, net.nic_netmask, net.nic_mtu) == ("lo", "127.0.0.1", "255.0.0.0", 65536)
    assert camera.in_use is False
    assert [c for c, _ in device.received] == [gvcp.DISCOVERY_CMD, gvcp.READREG_CMD]


def test_taken_control_channel_means_in_use(device):
    device.ccp = 0x2
    [camera], _ = run_probe(device.port)
    assert camera.in_use is True
    assert notice(Code.GIGE_CAMERA_IN_USE) in camera.warnings


def test_only_configured_hosts_end_before_the_deadline(device):
    """Every configured host answered: the probe does not wait out a long discovery window."""
    done = threading.Event()
    result = []

    def work():
        result.append(run_probe(device.port, seconds=60.0))
        done.set()

    threading.Thread(target=work, daemon=True).start()
    assert done.wait(30), "the probe waited for the discovery deadline although every host had answered"
    assert [r.serial for r in result[0][0]] == ["G1234"]


def test_garbage_and_wrong_ids_are_ignored(device):
    def noise(command, rid):
        wrong_id = gvcp.build_discovery_ack((rid % 0xFFFF) + 1, serial=b"IMPOSTOR")
        wrong_ack = struct.pack(">HHHH", 0, 0x0099, 0, rid)
        return [b"\x00\x01", wrong_id, wrong_ack, b"\xff" * 300]

    device.extra = noise
    records, warnings = run_probe(device.port)
    assert [r.serial for r in records] == ["G1234"]
    assert any(w.code is Code.GIGE_INVALID_REPLY for w in warnings)
    assert any("not a valid GigE Vision reply" in w.message for w in warnings)


def test_truncated_discovery_ack_is_reported_not_raised():
    fake = FakeGvcpDevice(discovery_ack=lambda rid: synthetic_ack(rid)[:120])
    try:
        records, warnings = run_probe(fake.port, seconds=0.3)
    finally:
        fake.close()
    assert records == []
    assert any(w.code is Code.GIGE_INVALID_REPLY and "truncated" in w.params["reason"] for w in warnings)
    assert any(w.code is Code.GIGE_NO_ANSWER and w.params == {"host": "127.0.0.1"} for w in warnings)


def test_refused_ccp_read_is_a_note(device):
    device.extra = lambda command, rid: (
        [gvcp.build_readreg_ack(rid, [0], status=0x8006)] if command == gvcp.READREG_CMD else []
    )
    [camera], _ = run_probe(device.port)
    assert camera.in_use is False
    assert any(w.code is Code.GIGE_CONTROL_UNREADABLE and "access denied" in str(w) for w in camera.warnings)


def test_silent_ccp_still_reports_the_camera_at_the_deadline():
    fake = FakeGvcpDevice(discovery_ack=synthetic_ack, ccp=1, answer_readreg=False)
    try:
        [camera], warnings = run_probe(fake.port, seconds=0.3)
    finally:
        fake.close()
    assert camera.serial == "G1234"
    assert camera.in_use is False
    assert warnings == []


def test_nobody_listening_is_a_warning():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # a port nobody listens on: the kernel answers "port unreachable"
    records, warnings = run_probe(port, seconds=5.0)
    assert records == []
    [warning] = warnings
    assert warning.code is Code.GIGE_PORT_CLOSED
    assert "No GigE Vision camera answered at 127.0.0.1 (nothing listens" in warning.message


def test_bad_host_name_is_a_warning(device):
    records, warnings = run_probe(device.port, hosts=("no-such-host.invalid", "127.0.0.1"))
    assert [r.serial for r in records] == ["G1234"]
    assert any(w.code is Code.GIGE_BAD_ADDRESS and w.params["host"] == "no-such-host.invalid" for w in warnings)


def test_no_interface_and_no_host():
    probe = GigeVisionProbe(nics=lambda: [], interfaces=["eth0"])
    [warning] = list(probe.scan(ProbeContext()))
    assert warning.code is Code.GIGE_NO_INTERFACE
    assert "no IPv4 network interface" in warning.message


def test_broadcast_search_can_be_turned_off(monkeypatch):
    """PIXRMA_GIGE_INTERFACES=none (as in every test): no socket, not even the interface list."""
    monkeypatch.setenv("PIXRMA_GIGE_INTERFACES", "none")

    def no_nics():
        raise AssertionError("interfaces listed although nothing is to be searched")

    assert list(GigeVisionProbe(nics=no_nics).scan(ProbeContext())) == []


def test_the_gige_search_setting_turns_the_broadcast_off_but_still_asks_configured_hosts(monkeypatch, device):
    from pixrma_desktop.cameras.gige.search import open_udp_socket

    monkeypatch.delenv("PIXRMA_GIGE_INTERFACES", raising=False)  # every card would be searched
    eth0 = Nic("eth0", "192.0.2.10", "255.255.255.0", 1500)
    opened: list[str] = []

    def open_socket(local_ip):
        opened.append(local_ip)
        return open_udp_socket(local_ip)

    def no_nics():
        raise AssertionError("interfaces listed although nothing is to be searched")

    off = CameraSettings(gige_search=False, gige_discovery_s=2.0)
    assert list(GigeVisionProbe(nics=no_nics, open_socket=open_socket).scan(ProbeContext(off))) == []
    assert opened == []
    probe = GigeVisionProbe(["127.0.0.1"], nics=lambda: [eth0, LOOPBACK], open_socket=open_socket, port=device.port)
    items = list(probe.scan(ProbeContext(off)))
    assert [i.serial for i in items if isinstance(i, CameraRecord)] == ["G1234"]
    assert [i for i in items if isinstance(i, ScanWarning)] == []
    assert opened == ["0.0.0.0"], "only the socket for the configured host; no broadcast on eth0"


def test_nothing_to_search_loads_no_socket_code():
    code = (
        "import os, sys; os.environ['PIXRMA_GIGE_INTERFACES'] = 'none'; "
        "from pixrma_desktop.cameras.gige.probe import GigeVisionProbe; "
        "from pixrma_desktop.cameras.probe import ProbeContext; "
        "found = list(GigeVisionProbe().scan(ProbeContext())); "
        "print(len(found), [m for m in ('pixrma_desktop.cameras.gige.search', 'pixrma_desktop.cameras.gige.gvcp', "
        "'selectors') if m in sys.modules])"
    )
    assert fresh_python(code).strip() == "0 []"


def test_broadcast_only_on_the_named_cards(monkeypatch):
    monkeypatch.setenv("PIXRMA_GIGE_INTERFACES", "eth7, eth9")
    opened = []

    def open_socket(ip):
        opened.append(ip)
        raise OSError(99, "Cannot assign requested address")

    nics = [Nic("eth7", "10.9.0.1", "255.255.255.0"), Nic("eth8", "10.8.0.1", "255.255.255.0")]
    probe = GigeVisionProbe(nics=lambda: nics, open_socket=open_socket)
    [warning] = list(probe.scan(ProbeContext(CameraSettings(gige_discovery_s=0.1))))
    assert opened == ["10.9.0.1"]
    assert warning.notice == notice(Code.GIGE_SEARCH_FAILED, nic="eth7", error="Cannot assign requested address")
    assert warning.message == "Could not search for GigE Vision cameras on eth7 (Cannot assign requested address)."


def test_same_camera_from_two_hosts_is_one_record(device):
    records, _ = run_probe(device.port, hosts=("127.0.0.1", "localhost"))
    assert [r.serial for r in records] == ["G1234"]


def test_hosts_from_settings_and_through_the_scanner(device):
    settings = CameraSettings(gige_hosts=["127.0.0.1"], gige_discovery_s=2.0)
    probe = GigeVisionProbe(nics=lambda: [LOOPBACK], port=device.port)
    result = scan([probe], settings)
    assert [c.serial for c in result.cameras] == ["G1234"]
    assert result.cameras[0].probes == ("gigevision",)


def test_cancel_stops_the_probe():
    probe = GigeVisionProbe(nics=lambda: [LOOPBACK], port=9)
    ctx = ProbeContext(CameraSettings(gige_hosts=["127.0.0.1"], gige_discovery_s=60.0))
    ctx.cancel_event.set()
    items = list(probe.scan(ctx))
    assert all(isinstance(i, ScanWarning) for i in items)
