"""Reading the facts the USB and network checks need from Linux sysfs and procfs, and the GenTL path.

Each reader takes its root folder (``/sys``, ``/proc``, ``/``), so tests point it at a fake tree. A file that
is missing or unreadable means "unknown", never an error. Elsewhere than Linux these readers find nothing and
the rules that need them stay quiet.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from pixrma_desktop.diagnostics.facts import GentlPathEntry, NicLink, UsbPort

GENTL_ENV_VAR = "GENICAM_GENTL64_PATH"
GVCP_PORT = 3956
FIREWALL_FILES = (
    "etc/nftables.conf",
    "etc/iptables/rules.v4",
    "etc/sysconfig/iptables",
    "etc/ufw/user.rules",
    "etc/firewalld/direct.xml",
)
"""Rule files of the usual Linux firewalls, relative to the root; the live rule set needs root to read."""
_DROP = re.compile(r"\b(drop|reject|deny)\b", re.IGNORECASE)
_GVCP = re.compile(rf"(?<![0-9]){GVCP_PORT}(?![0-9])")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def usbfs_memory_mb(sysfs_root: Path) -> int | None:
    return _int(_read(sysfs_root / "module" / "usbcore" / "parameters" / "usbfs_memory_mb"))


def _driver(folder: Path) -> str | None:
    link = folder / "driver"
    return os.path.basename(os.readlink(link)) if link.is_symlink() else None


def _controller(device: Path) -> str | None:
    """The PCI address of the controller above a USB device's folder (the root hub's parent)."""
    for parent in device.parents:
        if parent.name.startswith("usb") and parent.name[3:].isdigit():
            return parent.parent.name
    return None


def usb_ports(sysfs_root: Path) -> tuple[UsbPort, ...]:
    """Every USB device (not the root hubs, not interfaces) under ``<sysfs_root>/bus/usb/devices``."""
    base = sysfs_root / "bus" / "usb" / "devices"
    try:
        names = sorted(p.name for p in base.iterdir())
    except OSError:
        return ()
    out = []
    for name in names:
        if ":" in name or name.startswith("usb"):
            continue
        node = base / name
        drivers = sorted({d for i in names if i.startswith(f"{name}:") and (d := _driver(base / i))})
        out.append(
            UsbPort(
                name=name,
                bus=_int(_read(node / "busnum")),
                controller=_controller(node.resolve()),
                power_control=_read(node / "power" / "control"),
                drivers=tuple(drivers),
            )
        )
    return tuple(out)


def nic_links(names: Iterable[str], sysfs_root: Path, proc_root: Path) -> tuple[NicLink, ...]:
    """Speed, MTU and reverse-path filter of the named cards (a card's ``speed`` is -1 or unreadable when the
    link is down or the card is virtual: unknown)."""
    conf = proc_root / "sys" / "net" / "ipv4" / "conf"
    all_filter = _int(_read(conf / "all" / "rp_filter"))
    out = []
    for name in dict.fromkeys(names):
        card = sysfs_root / "class" / "net" / name
        speed = _int(_read(card / "speed"))
        own = _int(_read(conf / name / "rp_filter"))
        known = [v for v in (all_filter, own) if v is not None]
        out.append(
            NicLink(
                name=name,
                speed_mbps=speed if speed is not None and speed > 0 else None,
                mtu=_int(_read(card / "mtu")),
                rp_filter=max(known) if known else None,
            )
        )
    return tuple(out)


def gentl_path(env: Mapping[str, str]) -> tuple[GentlPathEntry, ...]:
    """The entries of ``GENICAM_GENTL64_PATH``, each with what is wrong with it."""
    out = []
    for entry in (env.get(GENTL_ENV_VAR) or "").split(os.pathsep):
        entry = entry.strip()
        if not entry:
            continue
        path = Path(entry)
        if not path.exists():
            problem = "missing"
        elif path.is_dir():
            try:
                has_cti = any(p.suffix.lower() == ".cti" for p in path.iterdir())
            except OSError:
                has_cti = False
            problem = "" if has_cti else "no-producer"
        else:
            problem = "" if path.suffix.lower() == ".cti" else "no-producer"
        out.append(GentlPathEntry(entry, problem))
    return tuple(out)


def gvcp_firewall_rules(root: Path, files: Iterable[str] = FIREWALL_FILES) -> tuple[str, ...]:
    """Lines of the readable firewall rule files that drop or reject UDP port 3956 ("file: rule")."""
    found = []
    for relative in files:
        text = _read(root / relative)
        if not text:
            continue
        for line in text.splitlines():
            rule = line.strip()
            if rule.startswith("#") or not _GVCP.search(rule) or not _DROP.search(rule):
                continue
            if "udp" in rule.lower() or "dport" in rule.lower():
                found.append(f"/{relative}: {rule}")
    return tuple(found)
