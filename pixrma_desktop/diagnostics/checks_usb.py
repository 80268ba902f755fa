"""Remote-fix rules about USB on Linux: usbfs memory, a shared host controller, autosuspend, a kernel driver.

Each rule reads the scan and ``SystemFacts`` (``usbfs_memory_mb``, ``usb_ports``) and says nothing when the
facts are unknown (another system than Linux, or sysfs unreadable).
"""

from __future__ import annotations

from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.diagnostics.facts import SystemFacts
from pixrma_desktop.diagnostics.finding import Finding, Severity, finding
from pixrma_desktop.diagnostics.rule_help import is_usb3_camera, real_cameras, who
from pixrma_desktop.notices.codes import Code

USBFS_MB_PER_CAMERA = 256
"""usbfs memory a USB3 camera streaming full frames needs (Linux's default of 16 MB is too little for one)."""
USBFS_MB_SUGGESTED = 1000
PROGRAM_CLAIMS = frozenset({"usbfs", "usb"})
"""Driver names that are not a kernel driver holding the interface: "usbfs" is a program's claim (libusb)."""


def usbfs_memory(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    if facts.usbfs_memory_mb is None or facts.usbfs_memory_mb == 0 or not facts.platform.startswith("linux"):
        return []
    cameras = [c for c in real_cameras(result) if is_usb3_camera(c)]
    needed = USBFS_MB_PER_CAMERA * len(cameras)
    if not cameras or facts.usbfs_memory_mb >= needed:
        return []
    params = {
        "current": facts.usbfs_memory_mb,
        "needed": needed,
        "count": len(cameras),
        "suggested": max(USBFS_MB_SUGGESTED, needed),
    }
    details = f"/sys/module/usbcore/parameters/usbfs_memory_mb = {facts.usbfs_memory_mb}"
    cams = tuple(who(c) for c in cameras)
    return [finding(Code.USBFS_MEMORY, Severity.PROBLEM, params, cameras=cams, details=details)]


def usb_shared_controller(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    by_controller: dict[str, list[str]] = {}
    for camera in real_cameras(result):
        if not is_usb3_camera(camera) or camera.usb is None:
            continue
        port = facts.usb_port(camera.usb.bus, camera.usb.port_path)
        if port is not None and port.controller:
            by_controller.setdefault(port.controller, []).append(who(camera))
    return [
        finding(
            Code.USB_SHARED_CONTROLLER,
            Severity.WARNING,
            {"count": len(cameras), "controller": controller},
            cameras=tuple(cameras),
            details="Cameras on host controller " + controller + ": " + ", ".join(cameras),
        )
        for controller, cameras in by_controller.items()
        if len(cameras) > 1
    ]


def usb_autosuspend(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    findings = []
    for camera in real_cameras(result):
        usb = camera.usb
        port = facts.usb_port(usb.bus, usb.port_path) if usb is not None else None
        if port is None or port.power_control != "auto":
            continue
        params = {"camera": camera.display_name, "device": port.name}
        details = f"/sys/bus/usb/devices/{port.name}/power/control = auto"
        findings.append(
            finding(Code.USB_AUTOSUSPEND, Severity.WARNING, params, cameras=(who(camera),), details=details)
        )
    return findings


def kernel_driver(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    findings = []
    for camera in real_cameras(result):
        usb = camera.usb
        port = facts.usb_port(usb.bus, usb.port_path) if usb is not None else None
        drivers = [d for d in port.drivers if d not in PROGRAM_CLAIMS] if port is not None else []
        if port is None or not drivers:
            continue
        params = {"camera": camera.display_name, "driver": ", ".join(drivers), "device": port.name}
        details = f"/sys/bus/usb/devices/{port.name}:*/driver -> " + ", ".join(drivers)
        findings.append(finding(Code.KERNEL_DRIVER, Severity.PROBLEM, params, cameras=(who(camera),), details=details))
    return findings


RULES = (usbfs_memory, usb_shared_controller, usb_autosuspend, kernel_driver)
