"""System facts support asks for: OS, CPU, memory, software versions, GenTL producers, the Pixelink SDK, the
USB host controllers and device tree, and the network interfaces.

Plain dataclasses that turn into JSON with ``dataclasses.asdict``. Each section is collected on its own; a
section that fails adds a line to ``problems`` instead of stopping the report. The USB tree comes from Linux
sysfs (``sysfs_root`` is injectable, so tests build a fake tree); on Windows and macOS it is not collected
(``usb_note`` says so). Nothing here opens a camera.
"""

from __future__ import annotations

import dataclasses
import glob
import importlib.metadata
import importlib.util
import os
import platform
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from pixrma_desktop import __version__

T = TypeVar("T")

KNOWN_PRODUCER_VENDORS = (
    "Pixelink",
    "Basler",
    "Teledyne",
    "FLIR",
    "Spinnaker",
    "Allied Vision",
    "Vimba",
    "MATRIX VISION",
    "mvIMPACT",
    "Baumer",
    "IDS",
    "Euresys",
    "Stemmer",
    "Daheng",
    "Hikrobot",
    "MVS",
    "Aravis",
    "genicam",
)

USB_SPEEDS = {
    "1.5": "low (1.5 Mbit/s)",
    "12": "full (12 Mbit/s)",
    "480": "high (480 Mbit/s)",
    "5000": "super (5 Gbit/s)",
    "10000": "super-plus (10 Gbit/s)",
    "20000": "super-plus 2x2 (20 Gbit/s)",
}


@dataclass(frozen=True)
class OsInfo:
    system: str
    release: str
    version: str
    distribution: str | None
    machine: str


@dataclass(frozen=True)
class CpuInfo:
    model: str | None
    logical_cores: int | None
    physical_cores: int | None


@dataclass(frozen=True)
class SoftwareVersions:
    app: str
    python: str
    python_implementation: str
    pyside6: str | None
    """None when PySide6 is not installed (a command-line-only install)."""
    qt: str | None
    harvesters: str | None
    genicam: str | None
    pyusb: str | None
    pixelink_wrapper: str | None


@dataclass(frozen=True)
class GenTLProducer:
    path: str
    size_bytes: int | None
    modified: str | None
    vendor_hint: str | None
    """A vendor name found in the producer's path (cheap guess, not read from the file)."""
    source: str
    """Where the path came from: an environment variable name or "settings"."""


@dataclass(frozen=True)
class PixelinkSdk:
    found: bool
    version: str | None = None
    location: str | None = None
    note: str = ""


@dataclass(frozen=True)
class UsbController:
    bus: int | None
    name: str | None
    """The root hub's product string, e.g. "xHCI Host Controller"."""
    driver: str | None
    """The controller's kernel driver, e.g. "xhci_hcd"."""
    pci_address: str | None
    pci_id: str | None
    """PCI vendor:device of the controller, e.g. "8086:a36d"."""
    speed: str | None
    usb_version: str | None


@dataclass(frozen=True)
class UsbDevice:
    path: str
    """Linux device name: bus-port.port (e.g. "2-1.4")."""
    bus: int | None
    address: int | None
    vendor_id: str | None
    product_id: str | None
    manufacturer: str | None
    product: str | None
    speed: str | None
    usb_version: str | None
    device_class: str | None
    drivers: tuple[str, ...]
    """Kernel drivers bound to the device's interfaces (empty: none bound)."""
    max_power: str | None


@dataclass(frozen=True)
class NetAddress:
    family: str
    address: str
    netmask: str | None


@dataclass(frozen=True)
class NetInterface:
    name: str
    up: bool | None
    speed_mbps: int | None
    mtu: int | None
    mac: str | None
    addresses: tuple[NetAddress, ...]


@dataclass(frozen=True)
class SystemReport:
    collected_at: str
    os: OsInfo
    cpu: CpuInfo
    ram_total_bytes: int | None
    software: SoftwareVersions
    gentl_producers: tuple[GenTLProducer, ...]
    pixelink_sdk: PixelinkSdk
    usb_controllers: tuple[UsbController, ...]
    usb_devices: tuple[UsbDevice, ...]
    usb_note: str
    network: tuple[NetInterface, ...]
    problems: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip() or None
    except OSError:
        return None


def _int(text: str | None, base: int = 10) -> int | None:
    try:
        return int(text, base) if text is not None else None
    except ValueError:
        return None


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def _first_version(*dists: str) -> str | None:
    for dist in dists:
        if version := _version(dist):
            return version
    return None


def _os_info() -> OsInfo:
    distribution = None
    if sys.platform.startswith("linux"):
        try:
            distribution = platform.freedesktop_os_release().get("PRETTY_NAME")
        except OSError:
            distribution = None
    elif sys.platform == "darwin":
        distribution = f"macOS {platform.mac_ver()[0]}"
    elif sys.platform == "win32":
        distribution = " ".join(p for p in platform.win32_ver()[:2] if p) or None
    return OsInfo(platform.system(), platform.release(), platform.version(), distribution, platform.machine())


def _cpu_model() -> str | None:
    if sys.platform.startswith("linux"):
        text = _read(Path("/proc/cpuinfo")) or ""
        for line in text.splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("model name", "Hardware", "Model"):
                return value.strip()
    return platform.processor() or None


def _cpu() -> CpuInfo:
    import psutil

    return CpuInfo(_cpu_model(), psutil.cpu_count(logical=True), psutil.cpu_count(logical=False))


def _ram() -> int:
    import psutil

    return int(psutil.virtual_memory().total)


def _qt_version() -> tuple[str | None, str | None]:
    """PySide6's version and the Qt library it ships, read without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None, None
    pyside = _first_version("PySide6", "PySide6-Essentials", "PySide6_Essentials")
    qt = None
    for folder in spec.submodule_search_locations:
        names = glob.glob(os.path.join(folder, "Qt", "lib", "libQt6Core.so.6.*"))
        names += glob.glob(os.path.join(folder, "Qt", "lib", "QtCore.framework", "Versions", "*"))
        for name in names:
            match = re.search(r"(\d+\.\d+\.\d+)$", name)
            if match:
                qt = match.group(1)
    return pyside, qt or pyside


def _software() -> SoftwareVersions:
    pyside, qt = _qt_version()
    return SoftwareVersions(
        app=__version__,
        python=platform.python_version(),
        python_implementation=platform.python_implementation(),
        pyside6=pyside,
        qt=qt,
        harvesters=_version("harvesters"),
        genicam=_version("genicam"),
        pyusb=_version("pyusb"),
        pixelink_wrapper=_first_version("pixelinkWrapper", "pixelinkwrapper"),
    )


def gentl_producers(env: Mapping[str, str], configured: Sequence[str] = ()) -> tuple[GenTLProducer, ...]:
    """Every ``.cti`` file in the GenTL search paths and the configured producer paths, each once."""
    candidates: list[tuple[str, str]] = []
    for var in ("GENICAM_GENTL64_PATH", "GENICAM_GENTL32_PATH"):
        for part in (env.get(var) or "").split(os.pathsep):
            if part:
                candidates.append((part, var))
    candidates += [(p, "settings") for p in configured if p]
    seen: set[str] = set()
    out: list[GenTLProducer] = []
    for entry, source in candidates:
        path = Path(entry)
        files = sorted(path.glob("*.cti")) if path.is_dir() else [path]
        for cti in files:
            key = str(cti)
            if key in seen or cti.suffix.lower() != ".cti":
                continue
            seen.add(key)
            try:
                stat = cti.stat()
                size: int | None = stat.st_size
                modified: str | None = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds")
            except OSError:
                size = modified = None
            hint = next((v for v in KNOWN_PRODUCER_VENDORS if v.lower() in key.lower()), None)
            out.append(GenTLProducer(key, size, modified, hint, source))
    return tuple(out)


def pixelink_sdk(env: Mapping[str, str]) -> PixelinkSdk:
    """The Pixelink SDK, found by its library file; the version comes from the file name where it has one."""
    wrapper = _first_version("pixelinkWrapper", "pixelinkwrapper")
    roots = [Path(env[var]) for var in ("PIXELINK_SDK_LIB", "PIXELINK_SDK_ROOT") if env.get(var)]
    if sys.platform == "win32":
        for var in ("ProgramFiles", "ProgramFiles(x86)"):
            if env.get(var):
                roots.append(Path(env[var]) / "Pixelink")
    else:
        roots += [Path("/opt/pixelink"), Path("/usr/local/pixelink")]
    patterns = ("libPxLApi.so*", "*/libPxLApi.so*", "**/PxLAPI40.dll")
    for root in roots:
        for pattern in patterns:
            for lib in sorted(root.glob(pattern)):
                match = re.search(r"\.so\.(\d+(?:\.\d+)*)$", lib.name)
                return PixelinkSdk(
                    True,
                    match.group(1) if match else None,
                    str(lib),
                    note=f"pixelinkWrapper {wrapper}" if wrapper else "",
                )
    if wrapper:
        return PixelinkSdk(
            False,
            None,
            None,
            note=f"pixelinkWrapper {wrapper} is installed, but the SDK library was not found (set "
            "PIXELINK_SDK_LIB to the folder of libPxLApi.so if it is installed elsewhere)",
        )
    return PixelinkSdk(
        False, note="not found (set PIXELINK_SDK_LIB to the folder of libPxLApi.so if it is installed elsewhere)"
    )


def _speed(text: str | None) -> str | None:
    if text is None:
        return None
    return USB_SPEEDS.get(text, f"{text} Mbit/s")


def _driver(device_dir: Path) -> str | None:
    link = device_dir / "driver"
    return os.path.basename(os.readlink(link)) if link.is_symlink() else None


def usb_tree(sysfs_root: Path) -> tuple[tuple[UsbController, ...], tuple[UsbDevice, ...]]:
    """Host controllers (one per root hub) and devices, from ``<sysfs_root>/bus/usb/devices``."""
    base = sysfs_root / "bus" / "usb" / "devices"
    if not base.is_dir():
        return (), ()
    controllers: list[UsbController] = []
    devices: list[UsbDevice] = []
    names = sorted(p.name for p in base.iterdir())
    for name in names:
        if ":" in name:
            continue  # an interface; folded into its device below
        node = base / name
        real = node.resolve()
        if name.startswith("usb"):
            parent = real.parent
            vendor, device = _read(parent / "vendor"), _read(parent / "device")
            pci_id = f"{vendor[2:]}:{device[2:]}" if vendor and device else None
            controllers.append(
                UsbController(
                    bus=_int(_read(node / "busnum")),
                    name=_read(node / "product"),
                    driver=_driver(parent),
                    pci_address=parent.name if re.match(r"^[0-9a-f]{4}:", parent.name) else _read(node / "serial"),
                    pci_id=pci_id,
                    speed=_speed(_read(node / "speed")),
                    usb_version=_read(node / "version"),
                )
            )
            continue
        drivers = sorted({d for iface in names if iface.startswith(f"{name}:") and (d := _driver(base / iface))})
        devices.append(
            UsbDevice(
                path=name,
                bus=_int(_read(node / "busnum")),
                address=_int(_read(node / "devnum")),
                vendor_id=_read(node / "idVendor"),
                product_id=_read(node / "idProduct"),
                manufacturer=_read(node / "manufacturer"),
                product=_read(node / "product"),
                speed=_speed(_read(node / "speed")),
                usb_version=_read(node / "version"),
                device_class=_read(node / "bDeviceClass"),
                drivers=tuple(drivers),
                max_power=_read(node / "bMaxPower"),
            )
        )
    return tuple(controllers), tuple(devices)


def network_interfaces() -> tuple[NetInterface, ...]:
    import socket

    import psutil

    stats = psutil.net_if_stats()
    out = []
    for name, addrs in sorted(psutil.net_if_addrs().items()):
        mac = None
        addresses = []
        for addr in addrs:
            if addr.family == psutil.AF_LINK:
                mac = addr.address or None
            elif addr.family in (socket.AF_INET, socket.AF_INET6):
                family = "ipv4" if addr.family == socket.AF_INET else "ipv6"
                addresses.append(NetAddress(family, addr.address, addr.netmask))
        st = stats.get(name)
        out.append(
            NetInterface(
                name=name,
                up=st.isup if st else None,
                speed_mbps=(st.speed or None) if st else None,
                mtu=st.mtu if st else None,
                mac=mac,
                addresses=tuple(addresses),
            )
        )
    return tuple(out)


def _section(problems: list[str], what: str, collect: Callable[[], T], fallback: T) -> T:
    try:
        return collect()
    except Exception as exc:  # one broken section must not lose the rest of the report
        problems.append(f"{what}: {type(exc).__name__}: {exc}")
        return fallback


def collect_system_report(
    *,
    producer_paths: Iterable[str] = (),
    env: Mapping[str, str] | None = None,
    sysfs_root: Path = Path("/sys"),
    platform_name: str = sys.platform,
    now: datetime | None = None,
) -> SystemReport:
    env = os.environ if env is None else env
    problems: list[str] = []
    unknown_os = OsInfo(platform.system(), "", "", None, "")
    if platform_name.startswith("linux"):
        no_usb: tuple[tuple[UsbController, ...], tuple[UsbDevice, ...]] = ((), ())
        controllers, devices = _section(problems, "USB tree", lambda: usb_tree(sysfs_root), no_usb)
        usb_note = "" if (sysfs_root / "bus" / "usb").is_dir() else "no USB bus in sysfs (no USB controller visible)"
    else:
        controllers, devices = (), ()
        usb_note = f"the USB tree is read on Linux only; on {platform_name} use the vendor's USB tool"
    return SystemReport(
        collected_at=(now or datetime.now(UTC)).isoformat(timespec="seconds"),
        os=_section(problems, "OS", _os_info, unknown_os),
        cpu=_section(problems, "CPU", _cpu, CpuInfo(None, None, None)),
        ram_total_bytes=_section(problems, "memory", _ram, None),
        software=_software(),
        gentl_producers=_section(problems, "GenTL producers", lambda: gentl_producers(env, list(producer_paths)), ()),
        pixelink_sdk=_section(problems, "Pixelink SDK", lambda: pixelink_sdk(env), PixelinkSdk(False)),
        usb_controllers=controllers,
        usb_devices=devices,
        usb_note=usb_note,
        network=_section(problems, "network interfaces", network_interfaces, ()),
        problems=tuple(problems),
    )
