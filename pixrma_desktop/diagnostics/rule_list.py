"""Every remote-fix rule as ``pixrma check --list`` shows it: its code, its severity and what it checks."""

from __future__ import annotations

from typing import Any, NamedTuple

from pixrma_desktop.diagnostics.finding import Severity
from pixrma_desktop.notices.codes import Code


class RuleInfo(NamedTuple):
    code: Code
    severity: Severity
    """The severity of its findings (the most severe one when it varies)."""
    checks: str
    """What it checks, in one line of English."""

    def to_dict(self) -> dict[str, Any]:
        return {"code": str(self.code), "severity": str(self.severity), "checks": self.checks}


P, W = Severity.PROBLEM, Severity.WARNING
RULE_LIST: tuple[RuleInfo, ...] = (
    RuleInfo(Code.USB2_LINK, P, "a USB 3 camera negotiated USB 2 speed"),
    RuleInfo(Code.NO_PERMISSION, P, "this computer does not let the app open a camera (udev rule, driver)"),
    RuleInfo(Code.IN_USE, P, "another program holds a camera"),
    RuleInfo(Code.GIGE_WRONG_SUBNET, P, "a GigE camera's address is on none of this computer's networks"),
    RuleInfo(Code.DUPLICATE_IP, P, "two devices answer at one IP address"),
    RuleInfo(Code.GIGE_MTU, W, "the card a GigE camera is on has jumbo frames off (MTU below 9000)"),
    RuleInfo(Code.NO_CAMERA_SOFTWARE, P, "neither a GenTL producer nor the Pixelink SDK is installed"),
    RuleInfo(Code.FIRMWARE_OLDER, W, "a camera has older firmware than another camera of its model"),
    RuleInfo(Code.USBFS_MEMORY, P, "Linux usbfs_memory_mb is below what the attached USB 3 cameras need"),
    RuleInfo(Code.USB_SHARED_CONTROLLER, W, "two or more USB 3 cameras hang off one USB host controller"),
    RuleInfo(Code.USB_AUTOSUSPEND, W, "USB autosuspend is on for a camera (power/control = auto)"),
    RuleInfo(Code.KERNEL_DRIVER, P, "a kernel driver is bound to a camera's USB interface"),
    RuleInfo(Code.GIGE_LINK_SPEED, W, "the card a GigE camera is on runs below 1000 Mb/s"),
    RuleInfo(
        Code.GIGE_PACKET_SIZE, P, "a GigE camera's stream packet size (GevSCPSPacketSize) is above its card's MTU"
    ),
    RuleInfo(Code.RP_FILTER, W, "strict reverse-path filter on a card with a camera on another subnet"),
    RuleInfo(Code.FIREWALL_GVCP, P, "a firewall rule drops UDP 3956 (GVCP), or answers arrive by broadcast only"),
    RuleInfo(Code.GENTL_PATH, W, "GENICAM_GENTL64_PATH entries that are missing or hold no producer"),
    RuleInfo(Code.SDK_LINK_SPEED, P, "the Pixelink SDK answered ApiIncorrectLinkSpeed"),
    RuleInfo(Code.SDK_REDUCED_SPEED, W, "the Pixelink SDK answered ReducedSpeedWarning"),
    RuleInfo(Code.SDK_FIREWALL, P, "the Pixelink SDK answered SuspectedFirewallBlock"),
)
