"""``SystemFacts``: what the remote-fix checks know about this computer, as plain data.

Every field has an "unknown" default (empty, or None), and a rule whose facts are unknown stays quiet. The
facts are gathered at the edge (``host_facts`` reads Linux sysfs/procfs under injectable roots, so tests build
a fake tree); the rules in ``checks``, ``checks_usb`` and ``checks_network`` only read them.
"""

from __future__ import annotations

from dataclasses import dataclass

from pixrma_desktop.cameras.network import Nic


@dataclass(frozen=True)
class UsbPort:
    """One USB device as Linux sysfs shows it (``/sys/bus/usb/devices/<name>``)."""

    name: str
    """The sysfs name: bus-port.port, e.g. "2-1.4"."""
    bus: int | None = None
    controller: str | None = None
    """The host controller it hangs off (its PCI address, e.g. "0000:00:14.0"): one per xHCI, both root hubs."""
    power_control: str | None = None
    """``power/control``: "auto" (the kernel may suspend it) or "on"."""
    drivers: tuple[str, ...] = ()
    """Kernel drivers bound to its interfaces ("usbfs" is a program's claim through libusb)."""


@dataclass(frozen=True)
class NicLink:
    """One network card's link: speed, MTU and reverse-path filter."""

    name: str
    speed_mbps: int | None = None
    """``/sys/class/net/<name>/speed``; None when unknown (a virtual card, or the link is down)."""
    mtu: int | None = None
    rp_filter: int | None = None
    """The reverse-path filter in effect: the larger of ``conf/all`` and ``conf/<name>`` (0 off, 1 strict,
    2 loose)."""


@dataclass(frozen=True)
class GentlPathEntry:
    """One entry of ``GENICAM_GENTL64_PATH`` and what is wrong with it ("" when nothing)."""

    path: str
    problem: str = ""
    """"missing" (no such folder or file), "no-producer" (no .cti in it, or not a .cti file), or ""."""


@dataclass(frozen=True)
class SystemFacts:
    nics: tuple[Nic, ...] = ()
    """This computer's IPv4 interfaces; empty when unknown (the network rules then stay quiet)."""
    gentl_producers: int | None = None
    """How many GenTL producers were found; None when not looked for."""
    pixelink_sdk: bool | None = None
    """Whether the Pixelink SDK could be loaded; None when not looked for."""
    platform: str = "linux"
    udev_rule: str = ""
    """The text of the udev rule the app ships (Linux)."""
    usbfs_memory_mb: int | None = None
    """Linux ``/sys/module/usbcore/parameters/usbfs_memory_mb`` (0: no limit); None when unknown."""
    usb_ports: tuple[UsbPort, ...] = ()
    nic_links: tuple[NicLink, ...] = ()
    gentl_path: tuple[GentlPathEntry, ...] = ()
    """The entries of ``GENICAM_GENTL64_PATH``, in order; empty when it is unset."""
    gvcp_firewall_rules: tuple[str, ...] = ()
    """Host firewall rules that drop or reject UDP port 3956 (GVCP), from the rule files this user can read."""
    packet_sizes: tuple[tuple[str, int], ...] = ()
    """(camera, stream packet size in bytes) for GigE cameras whose snapshot has ``GevSCPSPacketSize``."""

    def usb_port(self, bus: int | None, port_path: str | None) -> UsbPort | None:
        """The sysfs device of a camera found at ``bus`` and ``port_path`` (e.g. 2 and "1.4": "2-1.4")."""
        if bus is None or not port_path:
            return None
        name = f"{bus}-{port_path}"
        return next((p for p in self.usb_ports if p.name == name), None)

    def nic_link(self, name: str | None) -> NicLink | None:
        return next((n for n in self.nic_links if n.name == name), None) if name else None
