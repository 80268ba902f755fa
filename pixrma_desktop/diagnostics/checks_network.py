"""Remote-fix rules about a GigE camera's network: link speed, packet size, reverse-path filter, firewall.

Each rule reads the scan and ``SystemFacts`` (``nic_links``, ``packet_sizes``, ``gvcp_firewall_rules``) and
says nothing when the facts are unknown.
"""

from __future__ import annotations

import ipaddress

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.diagnostics.facts import SystemFacts
from pixrma_desktop.diagnostics.finding import Finding, Severity, finding
from pixrma_desktop.diagnostics.rule_help import real_cameras, who
from pixrma_desktop.notices.codes import Code

GIGABIT_MBPS = 1000
RP_FILTER_STRICT = 1


def _gige(result: ScanResult) -> list[CameraRecord]:
    return [c for c in real_cameras(result) if c.network is not None and c.network.ip and c.network.nic]


def gige_link_speed(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    by_nic: dict[tuple[str, int], list[str]] = {}
    for camera in _gige(result):
        assert camera.network is not None
        link = facts.nic_link(camera.network.nic)
        if link is None or link.speed_mbps is None or link.speed_mbps >= GIGABIT_MBPS:
            continue
        by_nic.setdefault((link.name, link.speed_mbps), []).append(who(camera))
    return [
        finding(
            Code.GIGE_LINK_SPEED,
            Severity.WARNING,
            {"nic": nic, "speed": speed},
            cameras=tuple(cameras),
            details=f"/sys/class/net/{nic}/speed = {speed}",
        )
        for (nic, speed), cameras in by_nic.items()
    ]


def gige_packet_size(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    sizes = dict(facts.packet_sizes)
    findings = []
    for camera in _gige(result):
        net = camera.network
        assert net is not None
        size = sizes.get(who(camera))
        link = facts.nic_link(net.nic)
        mtu = net.nic_mtu if net.nic_mtu is not None else (link.mtu if link is not None else None)
        if size is None or mtu is None or size <= mtu:
            continue
        params: dict[str, str | int] = {"camera": camera.display_name, "size": size, "nic": net.nic or "", "mtu": mtu}
        details = f"GevSCPSPacketSize = {size}; MTU of {net.nic} = {mtu}"
        findings.append(
            finding(Code.GIGE_PACKET_SIZE, Severity.PROBLEM, params, cameras=(who(camera),), details=details)
        )
    return findings


def _outside(camera: CameraRecord) -> bool:
    """Whether the camera's address is outside the network of the card it answered on."""
    net = camera.network
    assert net is not None
    try:
        card = ipaddress.IPv4Network(f"{net.nic_ip}/{net.nic_netmask}", strict=False)
        return ipaddress.IPv4Address(net.ip or "") not in card and not card.network_address.is_loopback
    except ValueError:
        return False


def rp_filter(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    by_nic: dict[str, list[str]] = {}
    for camera in _gige(result):
        assert camera.network is not None
        link = facts.nic_link(camera.network.nic)
        if link is None or link.rp_filter != RP_FILTER_STRICT or not _outside(camera):
            continue
        by_nic.setdefault(link.name, []).append(who(camera))
    return [
        finding(
            Code.RP_FILTER,
            Severity.WARNING,
            {"nic": nic},
            cameras=tuple(cameras),
            details=f"net.ipv4.conf.{nic}.rp_filter (or conf.all) = 1",
        )
        for nic, cameras in by_nic.items()
    ]


def firewall_gvcp(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    """A readable firewall rule that drops GVCP, or cameras on their card's subnet heard only by broadcast."""
    rules = facts.gvcp_firewall_rules
    heard = [
        (who(c), w.params.get("nic", ""))
        for c in real_cameras(result)
        for w in c.warnings
        if w.code is Code.GIGE_BROADCAST_ONLY
    ]
    if not rules and not heard:
        return []
    details = [*rules, *(f"{camera}: answered only by broadcast on {nic}" for camera, nic in heard)]
    params = {"rules": len(rules), "broadcast_only": len(heard)}
    severity = Severity.PROBLEM if rules else Severity.WARNING
    cameras = tuple(camera for camera, _ in heard)
    return [finding(Code.FIREWALL_GVCP, severity, params, cameras=cameras, details="\n".join(details))]


RULES = (gige_link_speed, gige_packet_size, rp_filter, firewall_gvcp)
