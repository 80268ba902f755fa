"""Remote-fix checks: small rules over a scan and a few system facts, each saying what is wrong and what to do.

Most cameras sent back as broken are a USB 3 camera on a USB 2 port, a missing Linux permission, a GigE camera
on the wrong subnet, a network card without jumbo frames, another program holding the camera, or old firmware.
Every rule here is pure: it reads the ``ScanResult`` and the ``SystemFacts`` it is given and returns
``Finding``s; gathering the facts is the caller's job (``gather_facts`` at the edge).
"""

from __future__ import annotations

import ipaddress
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from pixrma_desktop.cameras.network import Nic
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.diagnostics import checks_network, checks_software, checks_usb, host_facts
from pixrma_desktop.diagnostics.facts import SystemFacts as SystemFacts
from pixrma_desktop.diagnostics.finding import Finding, Severity, finding
from pixrma_desktop.notices.codes import PERMISSION_CODES, Code
from pixrma_desktop.settings import CameraSettings

USB2_SPEEDS = ("low", "full", "high")
USB3_SPEEDS = ("super", "super-plus")
JUMBO_MTU = 9000
UDEV_RULE_NAME = "70-pixrma-cameras.rules"
UDEV_RULE_PATH = Path(__file__).resolve().parent.parent.parent / "resources" / "udev" / UDEV_RULE_NAME


Rule = Callable[[ScanResult, SystemFacts], list[Finding]]


def _who(camera: CameraRecord) -> str:
    return camera.serial or camera.display_name


def _real(result: ScanResult) -> list[CameraRecord]:
    return [c for c in result.cameras if not c.demo]


def usb2_link(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    findings = []
    for camera in _real(result):
        usb = camera.usb
        if usb is None or usb.speed not in USB2_SPEEDS:
            continue
        usb3 = camera.transport == Transport.USB3_VISION or any(s in USB3_SPEEDS for s in usb.supported_speeds)
        if not usb3:
            continue
        where = f" (bus {usb.bus}, port {usb.port_path})" if usb.bus is not None and usb.port_path else ""
        params = {"camera": camera.display_name, "where": where}
        findings.append(finding(Code.USB2_LINK, Severity.PROBLEM, params, cameras=(_who(camera),)))
    return findings


def no_permission(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    cameras = tuple(_who(c) for c in _real(result) if any(w.code in PERMISSION_CODES for w in c.warnings))
    scan_warnings = [w for w in result.warnings if w.code in PERMISSION_CODES]
    if not cameras and not scan_warnings:
        return []
    linux = facts.platform.startswith("linux")
    details = facts.udev_rule if linux else ""
    if scan_warnings and not details:
        details = "\n".join(str(w) for w in scan_warnings)
    return [
        finding(
            Code.NO_PERMISSION,
            Severity.PROBLEM,
            {"rule": UDEV_RULE_NAME},
            cameras=cameras,
            details=details,
            advice_code=None if linux else Code.NO_PERMISSION_DRIVER,
        )
    ]


def in_use(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    return [
        finding(Code.IN_USE, Severity.PROBLEM, {"camera": camera.display_name}, cameras=(_who(camera),))
        for camera in _real(result)
        if camera.in_use
    ]


def _gige(result: ScanResult) -> list[CameraRecord]:
    return [c for c in _real(result) if c.network is not None and c.network.ip]


def _address(text: str | None) -> ipaddress.IPv4Address | None:
    try:
        return ipaddress.IPv4Address(text or "")
    except ValueError:
        return None


def _free_host(network: ipaddress.IPv4Network, taken: Iterable[str]) -> str:
    used = set(taken)
    for offset in (100, 10, 2, 1):
        if offset < network.num_addresses - 1:
            candidate = str(network.network_address + offset)
            if candidate not in used:
                return candidate
    return str(network.network_address + 1)


def gige_wrong_subnet(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    if not facts.nics:
        return []
    findings = []
    for camera in _gige(result):
        assert camera.network is not None
        ip = _address(camera.network.ip)
        if ip is None or ip.is_loopback or any(nic.contains(str(ip)) for nic in facts.nics):
            continue
        net = camera.network
        mask = net.subnet if _address(net.subnet) else "255.255.255.0"
        camera_net = ipaddress.IPv4Network(f"{ip}/{mask}", strict=False)
        nic = next((n for n in facts.nics if n.name == net.nic), None) if net.nic else None
        host_ip = _free_host(camera_net, [str(ip)])
        params: dict[str, str | int] = {
            "camera": camera.display_name,
            "ip": str(ip),
            "host_ip": host_ip,
            "camera_network": str(camera_net),
            "prefix": camera_net.prefixlen,
            "camera_mask": str(camera_net.netmask),
        }
        if nic is not None:
            params |= {
                "nic": nic.name,
                "nic_address": f"{nic.ip}/{nic.network.prefixlen}",
                "nic_network": str(nic.network),
                "nic_mask": nic.netmask,
                "camera_ip": _free_host(nic.network, [nic.ip]),
            }
        findings.append(
            finding(
                Code.GIGE_WRONG_SUBNET,
                Severity.PROBLEM,
                params,
                cameras=(_who(camera),),
                advice_code=None if nic is not None else Code.GIGE_WRONG_SUBNET_ANY_CARD,
            )
        )
    return findings


def duplicate_ip(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    by_ip: dict[str, dict[str, str]] = {}
    """IP -> device key (MAC when known, so one camera seen by two probes counts once) -> name."""
    for camera in _gige(result):
        net = camera.network
        if net is not None and net.ip:
            by_ip.setdefault(net.ip, {}).setdefault((net.mac or _who(camera)).lower(), _who(camera))
    for nic in facts.nics:
        if nic.ip in by_ip and not nic.is_loopback:
            by_ip[nic.ip][f"nic:{nic.name}"] = f"this computer ({nic.name})"
    return [
        finding(
            Code.DUPLICATE_IP,
            Severity.PROBLEM,
            {"count": len(names), "ip": ip},
            cameras=tuple(key_name for key, key_name in devices.items() if not key.startswith("nic:")),
            details="Devices: " + ", ".join(names),
        )
        for ip, devices in by_ip.items()
        if len(names := list(devices.values())) > 1
    ]


def gige_mtu(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    by_nic: dict[tuple[str, int], list[str]] = {}
    for camera in _gige(result):
        net = camera.network
        assert net is not None
        if camera.transport != Transport.GIGE_VISION or not net.nic or net.nic_mtu is None:
            continue
        if net.nic_mtu >= JUMBO_MTU or (_address(net.nic_ip) or ipaddress.IPv4Address(0)).is_loopback:
            continue
        by_nic.setdefault((net.nic, net.nic_mtu), []).append(_who(camera))
    return [
        finding(Code.GIGE_MTU, Severity.WARNING, {"nic": nic, "mtu": mtu, "jumbo": JUMBO_MTU}, cameras=tuple(cameras))
        for (nic, mtu), cameras in by_nic.items()
    ]


def no_camera_software(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    if facts.gentl_producers != 0 or facts.pixelink_sdk is not False:
        return []
    if any(c.producer for c in result.cameras):
        return []  # a GenTL producer just listed cameras (e.g. the demo's): camera software is there
    return [finding(Code.NO_CAMERA_SOFTWARE, Severity.PROBLEM if not _real(result) else Severity.WARNING)]


def _version_key(text: str) -> tuple[int, ...] | None:
    numbers = re.findall(r"\d+", text)
    return tuple(int(n) for n in numbers) if numbers else None


def firmware_older(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    groups: dict[tuple[str, str], list[tuple[tuple[int, ...], CameraRecord]]] = {}
    for camera in _real(result):
        if not camera.model or not camera.firmware_version:
            continue
        key = _version_key(camera.firmware_version)
        if key is None:
            continue
        vendor = re.sub(r"[^a-z0-9]", "", (camera.vendor or "").lower())
        groups.setdefault((vendor, camera.model.strip()), []).append((key, camera))
    findings = []
    for members in groups.values():
        newest_key, newest = max(members, key=lambda member: member[0])
        for key, camera in members:
            if key >= newest_key:
                continue
            params = {
                "camera": camera.display_name,
                "firmware": camera.firmware_version or "",
                "newest_firmware": newest.firmware_version or "",
                "model": camera.model or "",
                "newest": _who(newest),
            }
            findings.append(finding(Code.FIRMWARE_OLDER, Severity.WARNING, params, cameras=(_who(camera),)))
    return findings


RULES: tuple[Rule, ...] = (
    usb2_link,
    no_permission,
    in_use,
    gige_wrong_subnet,
    duplicate_ip,
    gige_mtu,
    no_camera_software,
    firmware_older,
    *checks_usb.RULES,
    *checks_network.RULES,
    *checks_software.RULES,
)

_ORDER = {Severity.PROBLEM: 0, Severity.WARNING: 1, Severity.INFO: 2}


def run_checks(result: ScanResult, facts: SystemFacts, rules: Iterable[Rule] = RULES) -> list[Finding]:
    """Every rule's findings, problems first."""
    findings = [finding for rule in rules for finding in rule(result, facts)]
    return sorted(findings, key=lambda f: _ORDER[f.severity])


def udev_rule_text() -> str:
    try:
        return UDEV_RULE_PATH.read_text(encoding="utf-8")
    except OSError:
        return ""


def gather_facts(
    *,
    nics: Iterable[Nic] | None = None,
    gentl_producers: int | None = None,
    pixelink_sdk: bool | None = None,
    sysfs_root: Path = Path("/sys"),
    proc_root: Path = Path("/proc"),
    etc_root: Path = Path("/"),
    env: Mapping[str, str] | None = None,
    packet_sizes: Iterable[tuple[str, int]] = (),
    platform: str = sys.platform,
) -> SystemFacts:
    """The facts of this computer the rules need (the only function here that looks outside); the roots and
    the environment are there for tests, which point them at a simulated system."""
    if nics is None:
        from pixrma_desktop.cameras.network import local_nics

        try:
            nics = local_nics()
        except OSError:
            nics = ()
    nics = tuple(nics)
    linux = platform.startswith("linux")
    return SystemFacts(
        nics=nics,
        gentl_producers=gentl_producers,
        pixelink_sdk=pixelink_sdk,
        platform=platform,
        udev_rule=udev_rule_text() if linux else "",
        usbfs_memory_mb=host_facts.usbfs_memory_mb(sysfs_root) if linux else None,
        usb_ports=host_facts.usb_ports(sysfs_root) if linux else (),
        nic_links=host_facts.nic_links([n.name for n in nics], sysfs_root, proc_root) if linux else (),
        gentl_path=host_facts.gentl_path(os.environ if env is None else env),
        gvcp_firewall_rules=host_facts.gvcp_firewall_rules(etc_root) if linux else (),
        packet_sizes=tuple(packet_sizes),
    )


def facts_for_scan(
    result: ScanResult, settings: CameraSettings, packet_sizes: Iterable[tuple[str, int]] = ()
) -> SystemFacts:
    """This computer's facts for a scan that just ran: interfaces, GenTL producers that ``settings`` and the
    environment point to, and whether the Pixelink SDK was there and loaded."""
    from pixrma_desktop.cameras.gentl import producers
    from pixrma_desktop.cameras.pixelink_sdk.probe import sdk_available

    found = producers.candidates(os.environ.get(producers.ENV_VAR), settings.producer_paths, demo=False)
    return gather_facts(gentl_producers=len(found), pixelink_sdk=sdk_available(result), packet_sizes=packet_sizes)


def check_scan(result: ScanResult, settings: CameraSettings) -> list[Finding]:
    """The findings for a scan (what `pixrma check` and the app run after scanning)."""
    return run_checks(result, facts_for_scan(result, settings))
