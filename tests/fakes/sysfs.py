"""A fake Linux sysfs USB tree, laid out like the real one: device folders under /sys/devices, symlinks in
/sys/bus/usb/devices, ``driver`` symlinks into /sys/bus/*/drivers."""

from __future__ import annotations

import os
from pathlib import Path

PCI = "devices/pci0000:00/0000:00:14.0"


def _write(folder: Path, attrs: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, value in attrs.items():
        (folder / name).write_text(value + "\n")


def _driver(folder: Path, root: Path, bus: str, name: str) -> None:
    target = root / "bus" / bus / "drivers" / name
    target.mkdir(parents=True, exist_ok=True)
    os.symlink(os.path.relpath(target, folder), folder / "driver")


def _link(root: Path, name: str, device: Path) -> None:
    links = root / "bus" / "usb" / "devices"
    links.mkdir(parents=True, exist_ok=True)
    os.symlink(os.path.relpath(device, links), links / name)


def build_usb_tree(root: Path) -> Path:
    """Two root hubs on one xHCI controller, a Pixelink USB 3 camera on bus 2 and a keyboard on bus 1."""
    pci = root / PCI
    _write(pci, {"vendor": "0x8086", "device": "0xa36d"})
    _driver(pci, root, "pci", "xhci_hcd")
    hubs = {
        "usb1": {
            "busnum": "1",
            "devnum": "1",
            "speed": "480",
            "version": " 2.00",
            "product": "xHCI Host Controller",
            "manufacturer": "Linux 6.1.0-18-amd64 xhci-hcd",
            "serial": "0000:00:14.0",
        },
        "usb2": {
            "busnum": "2",
            "devnum": "1",
            "speed": "5000",
            "version": " 3.10",
            "product": "xHCI Host Controller",
            "manufacturer": "Linux 6.1.0-18-amd64 xhci-hcd",
            "serial": "0000:00:14.0",
        },
    }
    for name, attrs in hubs.items():
        _write(pci / name, attrs)
        _link(root, name, pci / name)
    camera = pci / "usb2" / "2-1"
    _write(
        camera,
        {
            "busnum": "2",
            "devnum": "3",
            "idVendor": "1996",
            "idProduct": "0755",
            "speed": "5000",
            "version": " 3.20",
            "manufacturer": "Pixelink",
            "product": "PL-D755MU",
            "serial": "12345678",
            "bDeviceClass": "ef",
            "bMaxPower": "896mA",
        },
    )
    _link(root, "2-1", camera)
    for iface in ("2-1:1.0", "2-1:1.1"):
        _write(camera / iface, {"bInterfaceClass": "ef"})
        _link(root, iface, camera / iface)
    keyboard = pci / "usb1" / "1-4"
    _write(
        keyboard,
        {
            "busnum": "1",
            "devnum": "2",
            "idVendor": "046d",
            "idProduct": "c31c",
            "speed": "1.5",
            "version": " 1.10",
            "manufacturer": "Logitech",
            "product": "USB Keyboard",
            "serial": "KB-PRIVATE-SERIAL",
            "bDeviceClass": "00",
            "bMaxPower": "90mA",
        },
    )
    _link(root, "1-4", keyboard)
    _write(keyboard / "1-4:1.0", {"bInterfaceClass": "03"})
    _driver(keyboard / "1-4:1.0", root, "usb", "usbhid")
    _link(root, "1-4:1.0", keyboard / "1-4:1.0")
    return root


def build_camera_host(
    root: Path,
    *,
    usbfs_mb: int = 16,
    cameras: tuple[str, ...] = ("2-1", "2-2"),
    controllers: tuple[str, ...] = ("0000:00:14.0", "0000:00:14.0"),
    power_control: str = "on",
    interface_driver: str | None = None,
    nics: dict[str, tuple[int, int]] | None = None,
    rp_filter: dict[str, int] | None = None,
) -> tuple[Path, Path]:
    """A simulated Linux host: (sysfs root, procfs root) under ``root``.

    USB 3 cameras at the sysfs names ``cameras`` (bus 2), each under the xHCI controller at the same position in
    ``controllers``; each with ``power/control`` and, if given, a kernel driver bound to its interface. The
    usbcore parameter ``usbfs_memory_mb``. Network cards ``nics`` (name -> (speed in Mb/s, MTU)) in
    /sys/class/net, and reverse-path filters (name or "all" -> value) in /proc/sys/net/ipv4/conf.
    """
    sys_root, proc_root = root / "sys", root / "proc"
    _write(sys_root / "module" / "usbcore" / "parameters", {"usbfs_memory_mb": str(usbfs_mb)})
    for name, controller in zip(cameras, controllers, strict=True):
        pci = sys_root / "devices" / "pci0000:00" / controller
        hub = pci / "usb2"
        if not hub.exists():
            _write(hub, {"busnum": "2", "speed": "5000"})
        device = hub / name
        _write(device, {"busnum": "2", "speed": "5000", "idVendor": "1996", "idProduct": "0755"})
        _write(device / "power", {"control": power_control})
        _link(sys_root, name, device)
        iface = device / f"{name}:1.0"
        _write(iface, {"bInterfaceClass": "ef"})
        if interface_driver:
            _driver(iface, sys_root, "usb", interface_driver)
        _link(sys_root, f"{name}:1.0", iface)
    for nic, (speed, mtu) in (nics or {}).items():
        _write(sys_root / "class" / "net" / nic, {"speed": str(speed), "mtu": str(mtu)})
    for nic, value in (rp_filter or {}).items():
        _write(proc_root / "sys" / "net" / "ipv4" / "conf" / nic, {"rp_filter": str(value)})
    return sys_root, proc_root
