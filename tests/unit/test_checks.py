import dataclasses

import pytest

from pixrma_desktop.cameras.network import Nic
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport, UsbLocation
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.diagnostics import checks
from pixrma_desktop.diagnostics.finding import Severity
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import legacy, notice

NIC = Nic("enp3s0", "192.168.1.10", "255.255.255.0", 9000)
FACTS = checks.SystemFacts(nics=(NIC,), udev_rule=checks.udev_rule_text())


def usb_camera(serial="U1", speed="super", supported=("high", "super"), **kw):
    usb = UsbLocation(bus=2, port_path="1.4", vendor_id=0x1996, speed=speed, supported_speeds=supported)
    return CameraRecord(
        vendor="Pixelink", model="PL-D755", serial=serial, transport=Transport.USB3_VISION, usb=usb, **kw
    )


def gige_camera(serial="G1", ip="192.168.1.20", nic=NIC, mtu=None, mac=None, **kw):
    network = NetworkLocation(
        mac=mac,
        ip=ip,
        subnet="255.255.255.0",
        nic=nic.name,
        nic_ip=nic.ip,
        nic_netmask=nic.netmask,
        nic_mtu=nic.mtu if mtu is None else mtu,
    )
    return CameraRecord(
        vendor="Pixelink", model="PL-X9512", serial=serial, transport=Transport.GIGE_VISION, network=network, **kw
    )


def codes(result, facts=FACTS, rule=None):
    findings = rule(result, facts) if rule else checks.run_checks(result, facts)
    return [f.code for f in findings]


def test_usb2_link_fires():
    [finding] = checks.usb2_link(ScanResult(cameras=(usb_camera(speed="high"),)), FACTS)
    assert finding.code == "usb2-link"
    assert finding.severity == Severity.PROBLEM
    assert finding.cameras == ("U1",)
    assert "USB 3 port" in finding.advice
    assert "bus 2, port 1.4" in finding.title


def test_usb2_link_quiet():
    on_usb3 = usb_camera(speed="super")
    usb2_only = CameraRecord(
        serial="U2", transport=Transport.PIXELINK_USB2, usb=UsbLocation(speed="high", supported_speeds=("high",))
    )
    assert codes(ScanResult(cameras=(on_usb3, usb2_only)), rule=checks.usb2_link) == []


def test_no_permission_fires_with_the_udev_rule():
    camera = usb_camera(warnings=(notice(Code.USB_SERIAL_UNREADABLE),))
    [finding] = checks.no_permission(ScanResult(cameras=(camera,)), FACTS)
    assert finding.code == "no-permission"
    assert finding.cameras == ("U1",)
    assert 'ATTR{idVendor}=="1996"' in finding.details
    assert "ef0500" in finding.details
    assert "udevadm" in finding.advice


def test_no_permission_from_a_scan_warning():
    result = ScanResult(warnings=(ScanWarning("usb3vision", notice(Code.USB_NO_PERMISSION, device="2-1.4")),))
    assert codes(result, rule=checks.no_permission) == ["no-permission"]


def test_no_permission_outside_linux_advises_the_driver():
    result = ScanResult(warnings=(ScanWarning("usb3vision", notice(Code.USB_NO_PERMISSION, device="2-1.4")),))
    [finding] = checks.no_permission(result, checks.SystemFacts(platform="win32"))
    assert finding.advice_code is Code.NO_PERMISSION_DRIVER
    assert finding.advice.startswith("Install the camera driver")
    assert "No permission to open the USB camera 2-1.4." in finding.details


def test_no_permission_quiet():
    camera = usb_camera(warnings=(notice(Code.IDENTITY_REGISTERS_UNREAD),))
    assert codes(ScanResult(cameras=(camera,)), rule=checks.no_permission) == []


def test_checks_decide_on_codes_not_on_words():
    """A warning's words do not make a finding: an old draft's text that mentions a permission stays quiet."""
    camera = usb_camera(warnings=(legacy("Permission denied opening the camera; install the udev rule."),))
    result = ScanResult(cameras=(camera,), warnings=(ScanWarning("usb3vision", legacy("Access denied (errno 13)")),))
    assert codes(result, rule=checks.no_permission) == []


def test_in_use_fires_and_quiet():
    result = ScanResult(cameras=(usb_camera(in_use=True), usb_camera(serial="U2")))
    [finding] = checks.in_use(result, FACTS)
    assert (finding.code, finding.cameras) == ("in-use", ("U1",))
    assert "Close the other program" in finding.advice
    assert codes(ScanResult(cameras=(usb_camera(),)), rule=checks.in_use) == []


def test_wrong_subnet_fires_with_the_fix():
    camera = gige_camera(ip="10.5.0.7")
    [finding] = checks.gige_wrong_subnet(ScanResult(cameras=(camera,)), FACTS)
    assert finding.code == "gige-wrong-subnet"
    assert "10.5.0.7" in finding.title
    assert "192.168.1.0/24" in finding.advice
    assert "sudo ip addr add 10.5.0.100/24 dev enp3s0" in finding.advice
    assert "192.168.1.100" in finding.advice


def test_wrong_subnet_quiet():
    assert codes(ScanResult(cameras=(gige_camera(),)), rule=checks.gige_wrong_subnet) == []
    # without interface facts the rule cannot tell, so it says nothing
    assert checks.gige_wrong_subnet(ScanResult(cameras=(gige_camera(ip="10.5.0.7"),)), checks.SystemFacts()) == []


def test_duplicate_ip_fires():
    result = ScanResult(cameras=(gige_camera("G1"), gige_camera("G2")))
    [finding] = checks.duplicate_ip(result, FACTS)
    assert finding.code == "duplicate-ip"
    assert finding.cameras == ("G1", "G2")
    assert "192.168.1.20" in finding.title


def test_duplicate_ip_with_the_computer_itself():
    [finding] = checks.duplicate_ip(ScanResult(cameras=(gige_camera(ip=NIC.ip),)), FACTS)
    assert "this computer (enp3s0)" in finding.details


def test_duplicate_ip_quiet():
    result = ScanResult(cameras=(gige_camera("G1"), gige_camera("G2", ip="192.168.1.21")))
    assert codes(result, rule=checks.duplicate_ip) == []


def test_duplicate_ip_one_camera_seen_twice_is_quiet():
    """The SDK and GVCP may spell one camera's serial differently; the same MAC is the same camera."""
    a = gige_camera("G1", mac="00:1c:4f:00:00:01")
    b = gige_camera("0G1", mac="00:1C:4F:00:00:01")
    assert codes(ScanResult(cameras=(a, b)), rule=checks.duplicate_ip) == []


def test_mtu_fires_once_per_card():
    result = ScanResult(cameras=(gige_camera("G1", mtu=1500), gige_camera("G2", ip="192.168.1.21", mtu=1500)))
    [finding] = checks.gige_mtu(result, FACTS)
    assert finding.code == "gige-mtu"
    assert finding.cameras == ("G1", "G2")
    assert "sudo ip link set enp3s0 mtu 9000" in finding.advice


def test_mtu_quiet():
    assert codes(ScanResult(cameras=(gige_camera(mtu=9000),)), rule=checks.gige_mtu) == []
    assert codes(ScanResult(cameras=(usb_camera(),)), rule=checks.gige_mtu) == []


@pytest.mark.parametrize(("cameras", "severity"), [((), Severity.PROBLEM), ((usb_camera(),), Severity.WARNING)])
def test_no_camera_software_fires(cameras, severity):
    facts = checks.SystemFacts(gentl_producers=0, pixelink_sdk=False)
    [finding] = checks.no_camera_software(ScanResult(cameras=cameras), facts)
    assert (finding.code, finding.severity) == ("no-camera-software", severity)


@pytest.mark.parametrize(("producers", "sdk"), [(1, False), (0, True), (None, False), (0, None)])
def test_no_camera_software_quiet(producers, sdk):
    facts = checks.SystemFacts(gentl_producers=producers, pixelink_sdk=sdk)
    assert checks.no_camera_software(ScanResult(), facts) == []


def test_no_camera_software_is_not_said_when_a_producer_just_listed_cameras():
    """The demo's producer is not counted among the installed ones, yet it listed the cameras: the finding
    would contradict the camera list."""
    facts = checks.SystemFacts(gentl_producers=0, pixelink_sdk=False)
    listed = dataclasses.replace(usb_camera(), producer="/opt/genicam/TLSimu.cti", demo=True)
    assert checks.no_camera_software(ScanResult(cameras=(listed,)), facts) == []


def test_firmware_older_fires():
    old = usb_camera("U1", firmware_version="1.9.10")
    new = usb_camera("U2", firmware_version="1.10.2")
    [finding] = checks.firmware_older(ScanResult(cameras=(old, new)), FACTS)
    assert finding.code == "firmware-older"
    assert finding.cameras == ("U1",)
    assert "1.9.10" in finding.title
    assert "1.10.2" in finding.title


def test_firmware_older_quiet():
    same = (usb_camera("U1", firmware_version="2.0"), usb_camera("U2", firmware_version="2.0"))
    other_model = (usb_camera("U1", firmware_version="1.0"), gige_camera("G1", firmware_version="3.0"))
    assert codes(ScanResult(cameras=same), rule=checks.firmware_older) == []
    assert codes(ScanResult(cameras=other_model), rule=checks.firmware_older) == []


def test_demo_cameras_are_never_findings():
    result = ScanResult(cameras=(usb_camera(speed="high", demo=True, in_use=True),))
    assert checks.run_checks(result, FACTS) == []


def test_run_checks_puts_problems_first():
    result = ScanResult(cameras=(gige_camera("G1", mtu=1500), usb_camera(in_use=True)))
    findings = checks.run_checks(result, FACTS)
    assert [f.code for f in findings] == ["in-use", "gige-mtu"]


def test_gather_facts_uses_what_it_is_given():
    facts = checks.gather_facts(nics=[NIC], gentl_producers=2, pixelink_sdk=False)
    assert facts.nics == (NIC,)
    assert (facts.gentl_producers, facts.pixelink_sdk) == (2, False)


def test_local_nics_lists_loopback_with_its_mtu():
    from pixrma_desktop.cameras.network import local_nics

    [lo] = [nic for nic in local_nics() if nic.ip == "127.0.0.1"]
    assert lo.is_loopback
    assert lo.netmask == "255.0.0.0"
    assert (lo.mtu or 0) > 0


def test_facts_for_scan_counts_configured_producers(tmp_path):
    from pixrma_desktop.settings import CameraSettings

    (tmp_path / "vendor.cti").write_bytes(b"not looked into here")
    facts = checks.facts_for_scan(ScanResult(), CameraSettings(producer_paths=[str(tmp_path)]))
    assert facts.gentl_producers == 1
    assert facts.pixelink_sdk is None  # the SDK probe did not run in this scan
    assert any(nic.is_loopback for nic in facts.nics)
