"""The computer's own IPv4 network interfaces (address, netmask, MTU), as plain data."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class Nic:
    name: str
    ip: str
    netmask: str
    mtu: int | None = None
    broadcast: str | None = None

    @property
    def network(self) -> ipaddress.IPv4Network:
        return ipaddress.IPv4Network(f"{self.ip}/{self.netmask}", strict=False)

    @property
    def is_loopback(self) -> bool:
        return ipaddress.IPv4Address(self.ip).is_loopback

    def contains(self, ip: str) -> bool:
        try:
            return ipaddress.IPv4Address(ip) in self.network
        except ValueError:
            return False


def local_nics() -> list[Nic]:
    """Every IPv4 address of every interface that is up (psutil; works on Linux, Windows and macOS)."""
    import psutil

    stats = psutil.net_if_stats()
    nics = []
    for name, addresses in psutil.net_if_addrs().items():
        stat = stats.get(name)
        if stat is not None and not stat.isup:
            continue
        for address in addresses:
            if address.family != socket.AF_INET or not address.netmask:
                continue
            mtu = stat.mtu if stat is not None and stat.mtu > 0 else None
            nics.append(Nic(name, address.address, address.netmask, mtu, address.broadcast))
    return nics


def nic_for_address(nics: list[Nic], local_ip: str) -> Nic | None:
    """The interface that owns ``local_ip``."""
    return next((nic for nic in nics if nic.ip == local_ip), None)


def nic_on_subnet(nics: list[Nic], ip: str) -> Nic | None:
    """The first interface whose subnet holds ``ip``, if any."""
    return next((nic for nic in nics if nic.contains(ip)), None)
