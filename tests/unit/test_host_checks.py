"""The USB, network and software remote-fix rules, each made to fire and kept quiet on a simulated system."""

import json

import pytest

from pixrma_desktop.cameras.network import Nic
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport, UsbLocation
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.diagnostics import checks, host_facts
from pixrma_desktop.diagnostics.finding import Severity
from pixrma_desktop.diagnostics.rule_list import RULE_LIST
from pixrma_desktop.notices.codes import ADVICE_ONLY, Code
from pixrma_desktop.notices.notice import notice
from tests.fakes.sysfs import build_camera_host

CARD = Nic("enp3s0", "192.168.1.10", "255.255.255.0", 1500)


def usb_camera(serial, port, speed="super"):
    usb = UsbLocation(bus=2, port_path=port, speed=speed, supported_speeds=("high", "super"))
    return CameraRecord(vendor="Pixelink", model="PL-D755", serial=serial, transport=Transport.USB3_VISION, usb=usb)


def gige_camera(serial="G1", ip="192.168.1.20"):
    network = NetworkLocation(ip=ip, subnet="255.255.255.0", nic=CARD.name, nic_ip=CARD.ip, nic_netmask=CARD.netmask)
    return CameraRecord(
        vendor="Pixelink", model="PL-X9512", serial=serial, transport=Transport.GIGE_VISION, network=network
    )


TWO_USB = ScanResult(cameras=(usb_camera("U1", "1"), usb_camera("U2", "2")))


def facts_of(tmp_path, *, env=None, packet_sizes=(), cards=(CARD,), **host):
    sys_root, proc_root = build_camera_host(tmp_path, **host)
    return checks.gather_facts(
        nics=cards,
        gentl_producers=1,
        pixelink_sdk=True,
        sysfs_root=sys_root,
        proc_root=proc_root,
        etc_root=tmp_path / "etc-root",
        env=env or {},
        packet_sizes=packet_sizes,
        platform="linux",
    )


def found(result, facts, code):
    return [f for f in checks.run_checks(result, facts) if f.code == code]


def test_usbfs_memory_fires_below_what_the_cameras_need(tmp_path):
    [finding] = found(TWO_USB, facts_of(tmp_path, usbfs_mb=16), Code.USBFS_MEMORY)
    assert finding.severity == Severity.PROBLEM
    assert finding.params == {"current": 16, "needed": 512, "count": 2, "suggested": 1000}
    assert finding.cameras == ("U1", "U2")
    assert "usbfs_memory_mb = 16" in finding.details
    assert "usbcore.usbfs_memory_mb=1000" in finding.advice


@pytest.mark.parametrize("memory", [1000, 0])
def test_usbfs_memory_quiet_when_enough_or_unlimited(tmp_path, memory):
    assert found(TWO_USB, facts_of(tmp_path, usbfs_mb=memory), Code.USBFS_MEMORY) == []


def test_usbfs_memory_quiet_elsewhere_than_linux(tmp_path):
    facts = checks.gather_facts(nics=(), sysfs_root=tmp_path, platform="win32", env={})
    assert facts.usbfs_memory_mb is None
    assert found(TWO_USB, facts, Code.USBFS_MEMORY) == []


def test_shared_controller_fires_for_two_usb3_cameras_on_one_controller(tmp_path):
    [finding] = found(TWO_USB, facts_of(tmp_path), Code.USB_SHARED_CONTROLLER)
    assert finding.params == {"count": 2, "controller": "0000:00:14.0"}
    assert finding.cameras == ("U1", "U2")


def test_shared_controller_quiet_on_separate_controllers(tmp_path):
    facts = facts_of(tmp_path, controllers=("0000:00:14.0", "0000:05:00.0"))
    assert {p.controller for p in facts.usb_ports} == {"0000:00:14.0", "0000:05:00.0"}
    assert found(TWO_USB, facts, Code.USB_SHARED_CONTROLLER) == []


def test_autosuspend_fires_when_power_control_is_auto(tmp_path):
    findings = found(TWO_USB, facts_of(tmp_path, power_control="auto"), Code.USB_AUTOSUSPEND)
    assert [f.cameras for f in findings] == [("U1",), ("U2",)]
    assert "/sys/bus/usb/devices/2-1/power/control" in findings[0].advice


def test_autosuspend_quiet_when_on(tmp_path):
    assert found(TWO_USB, facts_of(tmp_path, power_control="on"), Code.USB_AUTOSUSPEND) == []


def test_kernel_driver_fires_for_a_driver_on_the_interface(tmp_path):
    findings = found(TWO_USB, facts_of(tmp_path, interface_driver="uvcvideo"), Code.KERNEL_DRIVER)
    assert [f.params["driver"] for f in findings] == ["uvcvideo", "uvcvideo"]
    assert findings[0].severity == Severity.PROBLEM
    assert "blacklist uvcvideo" in findings[0].advice


@pytest.mark.parametrize("driver", [None, "usbfs"])
def test_kernel_driver_quiet_without_one_or_for_a_program_claim(tmp_path, driver):
    assert found(TWO_USB, facts_of(tmp_path, interface_driver=driver), Code.KERNEL_DRIVER) == []


def test_link_speed_fires_on_a_100_mbit_card(tmp_path):
    facts = facts_of(tmp_path, nics={"enp3s0": (100, 1500)})
    [finding] = found(ScanResult(cameras=(gige_camera(),)), facts, Code.GIGE_LINK_SPEED)
    assert finding.params == {"nic": "enp3s0", "speed": 100}
    assert finding.details == "/sys/class/net/enp3s0/speed = 100"


@pytest.mark.parametrize("speed", [1000, 10000, -1])
def test_link_speed_quiet_at_gigabit_or_unknown(tmp_path, speed):
    facts = facts_of(tmp_path, nics={"enp3s0": (speed, 1500)})
    assert found(ScanResult(cameras=(gige_camera(),)), facts, Code.GIGE_LINK_SPEED) == []


def test_packet_size_fires_above_the_card_mtu(tmp_path):
    facts = facts_of(tmp_path, nics={"enp3s0": (1000, 1500)}, packet_sizes=[("G1", 8000)])
    [finding] = found(ScanResult(cameras=(gige_camera(),)), facts, Code.GIGE_PACKET_SIZE)
    assert finding.params == {"camera": "Pixelink PL-X9512 (S/N G1)", "size": 8000, "nic": "enp3s0", "mtu": 1500}
    assert "GevSCPSPacketSize" in finding.advice


def test_packet_size_quiet_within_the_mtu(tmp_path):
    facts = facts_of(tmp_path, nics={"enp3s0": (1000, 9000)}, packet_sizes=[("G1", 8000)])
    assert found(ScanResult(cameras=(gige_camera(),)), facts, Code.GIGE_PACKET_SIZE) == []


def test_rp_filter_fires_strict_with_a_camera_on_another_subnet(tmp_path):
    facts = facts_of(tmp_path, rp_filter={"all": 0, "enp3s0": 1})
    [finding] = found(ScanResult(cameras=(gige_camera(ip="10.0.0.5"),)), facts, Code.RP_FILTER)
    assert finding.params == {"nic": "enp3s0"}
    assert finding.cameras == ("G1",)


@pytest.mark.parametrize(("values", "ip"), [({"all": 2, "enp3s0": 2}, "10.0.0.5"), ({"all": 1}, "192.168.1.20")])
def test_rp_filter_quiet_when_loose_or_same_subnet(tmp_path, values, ip):
    facts = facts_of(tmp_path, rp_filter=values)
    assert found(ScanResult(cameras=(gige_camera(ip=ip),)), facts, Code.RP_FILTER) == []


def test_firewall_gvcp_fires_for_a_readable_rule_dropping_3956(tmp_path):
    etc = tmp_path / "etc-root" / "etc" / "iptables"
    etc.mkdir(parents=True)
    (etc / "rules.v4").write_text("-A INPUT -p udp --dport 3956 -j DROP\n-A INPUT -p tcp --dport 22 -j ACCEPT\n")
    [finding] = found(ScanResult(), facts_of(tmp_path), Code.FIREWALL_GVCP)
    assert finding.details == "/etc/iptables/rules.v4: -A INPUT -p udp --dport 3956 -j DROP"


def test_firewall_gvcp_quiet_for_accepting_or_commented_rules(tmp_path):
    etc = tmp_path / "etc-root" / "etc"
    etc.mkdir(parents=True)
    (etc / "nftables.conf").write_text("# udp dport 3956 drop\nudp dport 3956 accept\nudp dport 39560 drop\n")
    assert host_facts.gvcp_firewall_rules(tmp_path / "etc-root") == ()
    assert found(ScanResult(), facts_of(tmp_path), Code.FIREWALL_GVCP) == []


def test_gentl_path_fires_for_missing_and_empty_entries(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {"GENICAM_GENTL64_PATH": f"{tmp_path / 'gone'}:{empty}"}
    [finding] = found(ScanResult(), facts_of(tmp_path, env=env), Code.GENTL_PATH)
    assert finding.params["count"] == 2
    assert f"missing: {tmp_path / 'gone'}" in finding.details
    assert f"no GenTL producer (.cti) in it: {empty}" in finding.details


def test_gentl_path_quiet_when_each_entry_holds_a_producer(tmp_path):
    good = tmp_path / "cti"
    good.mkdir()
    (good / "vendor.cti").write_bytes(b"")
    env = {"GENICAM_GENTL64_PATH": f"{good}:{good / 'vendor.cti'}"}
    assert found(ScanResult(), facts_of(tmp_path, env=env), Code.GENTL_PATH) == []


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ("ApiIncorrectLinkSpeed", Code.SDK_LINK_SPEED),
        ("ApiSuccessReducedSpeedWarning", Code.SDK_REDUCED_SPEED),
        ("ApiSuccessSuspectedFirewallBlockWarning", Code.SDK_FIREWALL),
    ],
)
def test_pixelink_sdk_answers_fire(tmp_path, answer, code):
    report = f"PxLInitializeEx returned {answer}: see the manual (0x0000000B)"
    camera = usb_camera("P1", "1").with_warning(notice(Code.SDK_REPORT, report=report))
    [finding] = found(ScanResult(cameras=(camera,)), facts_of(tmp_path), code)
    assert finding.cameras == ("P1",)
    assert finding.details == report


def test_pixelink_sdk_answers_from_a_scan_warning(tmp_path):
    warning = ScanWarning("pixelink-sdk", notice(Code.SDK_LIST_REFUSED, report="ApiIncorrectLinkSpeed"))
    [finding] = found(ScanResult(warnings=(warning,)), facts_of(tmp_path), Code.SDK_LINK_SPEED)
    assert finding.cameras == ()


def test_pixelink_sdk_answers_quiet_for_other_reports(tmp_path):
    camera = usb_camera("P1", "1").with_warning(notice(Code.SDK_REPORT, report="ApiCameraInUseError"))
    codes = {f.code for f in checks.run_checks(ScanResult(cameras=(camera,)), facts_of(tmp_path))}
    assert codes.isdisjoint({Code.SDK_LINK_SPEED, Code.SDK_REDUCED_SPEED, Code.SDK_FIREWALL})


def test_a_healthy_simulated_host_has_no_host_finding(tmp_path):
    facts = facts_of(
        tmp_path,
        usbfs_mb=1000,
        controllers=("0000:00:14.0", "0000:05:00.0"),
        nics={"enp3s0": (1000, 9000)},
        rp_filter={"all": 2},
        packet_sizes=[("G1", 8000)],
    )
    result = ScanResult(cameras=(*TWO_USB.cameras, gige_camera()))
    assert checks.run_checks(result, facts) == []


def test_the_rule_list_names_every_finding_code_once():
    listed = [rule.code for rule in RULE_LIST]
    assert len(listed) == len(set(listed)) >= 16
    findings = {c for c in Code if c in set(listed)}
    assert findings == set(listed)
    assert not set(listed) & ADVICE_ONLY
    assert all(json.dumps(rule.to_dict()) for rule in RULE_LIST)
    assert len(checks.RULES) >= 16 - 3  # the SDK rule makes three codes
