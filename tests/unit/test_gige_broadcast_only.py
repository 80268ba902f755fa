"""A GigE camera on its card's own subnet whose discovery answers arrive only by broadcast is noted (a sign of
a firewall dropping GVCP answers), and the firewall-gvcp check says so; heard by unicast too, nothing."""

import socket

import pytest

from pixrma_desktop.cameras.gige import gvcp
from pixrma_desktop.cameras.gige.search import GigeSearch, _Channel
from pixrma_desktop.cameras.network import Nic
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.diagnostics import checks
from pixrma_desktop.diagnostics.finding import Severity
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice

CARD = Nic("eth1", "10.201.4.1", "255.255.255.0", 9000)


@pytest.fixture
def channel():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    listener = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    yield _Channel(sock, listener, CARD)
    sock.close()
    listener.close()


def heard(channel, ways, ip="10.201.4.2"):
    """The record of one camera whose discovery answer came ``ways`` (each "broadcast" or "unicast")."""
    search = GigeSearch([], None, nics=lambda: [CARD])
    search._nic_list = [CARD]
    cameras, pending = {}, {}
    for way in ways:
        request_id = search._next_id()
        pending[(0, request_id)] = None
        ack = gvcp.build_discovery_ack(request_id, serial=b"CAM", mac=bytes.fromhex("020000000402"), ip=ip)
        search._handle(0, channel, ack, ip, cameras, pending, broadcast=way == "broadcast")
    [camera] = cameras.values()
    return search._record(camera)


def test_heard_only_by_broadcast_on_its_own_subnet_is_noted_and_checked(channel):
    record = heard(channel, ["broadcast", "broadcast"])
    assert notice(Code.GIGE_BROADCAST_ONLY, nic="eth1") in record.warnings
    [finding] = [
        f
        for f in checks.run_checks(ScanResult(cameras=(record,)), checks.SystemFacts())
        if f.code == Code.FIREWALL_GVCP
    ]
    assert finding.severity == Severity.WARNING
    assert finding.cameras == ("CAM",)
    assert finding.details == "CAM: answered only by broadcast on eth1"


@pytest.mark.parametrize(("ways", "ip"), [(["broadcast", "unicast"], "10.201.4.2"), (["broadcast"], "10.203.0.2")])
def test_heard_by_unicast_too_or_from_another_subnet_is_not(channel, ways, ip):
    record = heard(channel, ways, ip)
    assert all(w.code is not Code.GIGE_BROADCAST_ONLY for w in record.warnings)
    findings = checks.run_checks(ScanResult(cameras=(record,)), checks.SystemFacts())
    assert Code.FIREWALL_GVCP not in {f.code for f in findings}
