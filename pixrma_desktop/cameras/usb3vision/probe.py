"""The USB probe: USB3 Vision cameras (by class codes) and Pixelink cameras (by vendor id) through pyusb.

For each camera it reads what the operating system knows without opening it (bus, port path, VID:PID,
negotiated speed, descriptors), then the string descriptors and the U3V device-info strings, then, when the
control interface can be claimed, the bootstrap registers (ABRM) over GenCP; it releases the interface and
closes the device right after. A camera another program holds is not disturbed: it is listed from its
descriptors and marked in use. No permission (Linux without the udev rule) becomes a warning that says how to
fix it.

The pyusb backend is injected (``backend=``), so tests and simulators stand in for libusb; by default the
libusb bundled with ``libusb-package`` is used. pyusb and libusb-package are imported only when a scan runs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pixrma_desktop.cameras import device_access
from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport, UsbLocation
from pixrma_desktop.cameras.usb3vision import device_info, gencp
from pixrma_desktop.cameras.usb3vision.control_channel import ChannelTimeout, ControlChannel
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, notice

# libusb's error codes, for backends that give no errno (Windows, macOS)
_LIBUSB_ACCESS, _LIBUSB_BUSY, _LIBUSB_TIMEOUT, _LIBUSB_NOT_SUPPORTED = -3, -6, -7, -12

_LABELS = {
    "vendor": "DeviceVendorName",
    "model": "DeviceModelName",
    "family": "DeviceFamilyName",
    "device_version": "DeviceVersion",
    "manufacturer_info": "DeviceManufacturerInfo",
    "serial": "DeviceSerialNumber",
    "user_name": "DeviceUserID",
}
"""Each text's name as the standard (SFNC) names it: the same in every language."""


def default_backend() -> Any | None:
    """The libusb shipped with libusb-package (None when it cannot be loaded)."""
    import libusb_package

    return libusb_package.get_libusb1_backend()


SYSFS_USB_DEVICES = Path("/sys/bus/usb/devices")


def _sysfs_value(folder: Path, name: str) -> str:
    try:
        return (folder / name).read_text(encoding="ascii", errors="replace").strip().lower()
    except OSError:
        return ""


def sysfs_may_have_cameras(root: Path = SYSFS_USB_DEVICES) -> bool | None:
    """Linux: does sysfs list any USB device that could be a camera? Answers without loading libusb, so a
    machine without USB cameras never pays for it. None where sysfs cannot tell (other systems)."""
    if not sys.platform.startswith("linux") or not root.parent.parent.is_dir():
        return None
    if not root.is_dir():
        return False  # no USB subsystem at all (e.g. a container)
    for entry in root.iterdir():
        if ":" in entry.name:  # an interface, e.g. 2-1:1.0
            kind = (_sysfs_value(entry, "bInterfaceClass"), _sysfs_value(entry, "bInterfaceSubClass"))
            if kind == (f"{device_info.INTERFACE_CLASS:02x}", f"{device_info.INTERFACE_SUBCLASS:02x}"):
                return True
        elif _sysfs_value(entry, "idVendor") == f"{device_info.PIXELINK_VENDOR_ID:04x}":
            return True
    return False


def _usb_error_is(exc: BaseException, code: int, libusb_code: int) -> bool:
    return getattr(exc, "errno", None) == code or getattr(exc, "backend_error_code", None) == libusb_code


def is_permission_error(exc: BaseException) -> bool:
    return _usb_error_is(exc, errno.EACCES, _LIBUSB_ACCESS) or _usb_error_is(exc, errno.EPERM, _LIBUSB_ACCESS)


def is_busy_error(exc: BaseException) -> bool:
    return _usb_error_is(exc, errno.EBUSY, _LIBUSB_BUSY)


def is_timeout_error(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError) or _usb_error_is(exc, errno.ETIMEDOUT, _LIBUSB_TIMEOUT)


def control_interface(device: Any) -> Any | None:
    """The USB3 Vision control interface of the first configuration, if the device has one."""
    from usb.core import USBError

    try:
        for interface in device[0]:
            kind = (interface.bInterfaceClass, interface.bInterfaceSubClass, interface.bInterfaceProtocol)
            if kind == (device_info.INTERFACE_CLASS, device_info.INTERFACE_SUBCLASS, device_info.PROTOCOL_CONTROL):
                return interface
    except (USBError, IndexError, ValueError):
        return None
    return None


def is_camera(device: Any) -> bool:
    return device.idVendor == device_info.PIXELINK_VENDOR_ID or control_interface(device) is not None


def _port_path(device: Any) -> str | None:
    ports = getattr(device, "port_numbers", None)
    if ports:
        return ".".join(str(p) for p in ports)
    port = getattr(device, "port_number", None)
    return str(port) if port else None


def _damaged(name: str, where: str, problems: tuple[str, ...], shown: str) -> Notice:
    return notice(Code.USB_TEXT_DAMAGED, field=_LABELS[name], device=where, problems=", ".join(problems), shown=shown)


class _CameraFacts:
    """What one device told us so far, before it becomes a record."""

    def __init__(self, location: UsbLocation, where: str, transport: Transport) -> None:
        self.location = location
        self.where = where
        """The camera's place, the same in every language: "2-1.4 (1a2b:3c4d)" or "1a2b:3c4d"."""
        self.transport = transport
        self.strings: dict[str, str] = {}
        self.registers: dict[str, str] = {}
        self.in_use = False
        self.opened = True
        """False when the device could not be opened (no permission): nothing more to read."""
        self.warnings: list[Notice] = []

    def record(self, probe: str) -> CameraRecord:
        values: dict[str, Any] = {**self.strings, **self.registers}
        if "vendor" not in values and self.location.vendor_id in device_info.VENDOR_NAMES:
            values["vendor"] = device_info.VENDOR_NAMES[self.location.vendor_id]
        return CameraRecord(
            **values,
            transport=self.transport,
            usb=self.location,
            in_use=self.in_use,
            probes=(probe,),
            warnings=tuple(self.warnings),
        )


class Usb3VisionProbe:
    name = "usb3vision"

    def __init__(
        self,
        backend: Any | None = None,
        *,
        backend_factory: Callable[[], Any | None] = default_backend,
        transfer_timeout_ms: int = 500,
        read_registers: bool = True,
        precheck: Callable[[], bool | None] = sysfs_may_have_cameras,
    ) -> None:
        self._backend = backend
        self._backend_factory = backend_factory
        self._precheck = precheck
        """Used only with the default backend: False skips loading libusb (no candidate device at all)."""
        self.transfer_timeout_ms = transfer_timeout_ms
        self.read_registers = read_registers

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        if self._backend is None and self._precheck() is False:
            return
        backend = self._backend if self._backend is not None else self._backend_factory()
        if backend is None:
            yield ScanWarning(self.name, notice(Code.USB_LIBRARY_MISSING))
            return
        import usb.core

        try:
            devices = list(usb.core.find(find_all=True, backend=backend, custom_match=is_camera))
        except usb.core.USBError as exc:
            yield ScanWarning(self.name, notice(Code.USB_LIST_FAILED, error=str(exc)))
            return
        for device in devices:
            if ctx.cancelled():
                return
            yield from self._read_device(device, ctx)

    def _read_device(self, device: Any, ctx: ProbeContext) -> Iterator[ProbeItem]:
        import usb.util

        interface = control_interface(device)
        info = (
            device_info.parse_device_info(bytes(interface.extra_descriptors or b"")) if interface is not None else None
        )
        negotiated = device_info.speed_name(device.speed)
        supported = device_info.merge_speeds(
            info.supported_speeds if info else (), device_info.supported_speeds_from_bcd(device.bcdUSB)
        )
        path = _port_path(device)
        location = UsbLocation(
            bus=device.bus,
            port_path=path,
            address=device.address,
            vendor_id=device.idVendor,
            product_id=device.idProduct,
            speed=negotiated,
            supported_speeds=supported,
        )
        ids = f"{device.idVendor:04x}:{device.idProduct:04x}"
        where = f"{device.bus}-{path} ({ids})" if path else ids
        if interface is not None:
            transport = Transport.USB3_VISION
        elif device.idVendor == device_info.PIXELINK_VENDOR_ID:
            transport = Transport.PIXELINK_USB2
        else:
            transport = Transport.UNKNOWN
        facts = _CameraFacts(location, where, transport)
        try:
            items = list(self._read_strings(device, info, facts))
            if facts.opened and device.bcdUSB >= 0x0201:
                declared = self._read_bos(device)
                facts.location = dataclasses.replace(
                    location, supported_speeds=device_info.merge_speeds(supported, declared)
                )
            if facts.opened and interface is not None and self.read_registers and not ctx.cancelled():
                items += self._read_registers(device, interface, facts, ctx)
        finally:
            with contextlib.suppress(Exception):  # closing a device that vanished or never opened is no problem
                usb.util.dispose_resources(device)
        if device_info.is_slow_link(negotiated, facts.location.supported_speeds):
            assert negotiated is not None
            mbits = device_info.SPEED_MBITS[negotiated]
            facts.warnings.insert(0, notice(Code.USB_SLOW_LINK, speed=negotiated, mbits=mbits))
        yield facts.record(self.name)
        yield from items

    @staticmethod
    def _read_bos(device: Any) -> tuple[str, ...]:
        """Speeds from the BOS descriptor (USB 2.1 and later); a USB 3 camera on a USB 2 port still lists them."""
        import usb.control
        import usb.core

        try:
            head = bytes(usb.control.get_descriptor(device, 5, device_info.BOS_DESCRIPTOR_TYPE, 0))
            total = int.from_bytes(head[2:4], "little") if len(head) >= 4 else 0
            return device_info.speeds_from_bos(
                bytes(usb.control.get_descriptor(device, max(5, min(total, 1024)), 0x0F, 0))
            )
        except (usb.core.USBError, ValueError):
            return ()  # many USB 2 devices have no BOS descriptor

    def _read_strings(
        self, device: Any, info: device_info.DeviceInfo | None, facts: _CameraFacts
    ) -> Iterator[ProbeItem]:
        import usb.control
        import usb.core
        import usb.util

        try:
            langids = usb.util.get_langids(device)
        except usb.core.USBError as exc:
            if is_permission_error(exc):
                facts.warnings.append(notice(Code.USB_SERIAL_UNREADABLE))
                yield ScanWarning(self.name, notice(Code.USB_NO_PERMISSION, device=facts.where))
                facts.opened = False
            else:
                unsupported = getattr(exc, "backend_error_code", None) == _LIBUSB_NOT_SUPPORTED
                code = Code.USB_DRIVER_LOCKED if unsupported else Code.USB_DESCRIPTORS_UNREADABLE
                yield ScanWarning(self.name, notice(code, device=facts.where, error=str(exc)))
                facts.opened = False
            return
        if not langids:
            return
        langid = langids[0]
        wanted = {"vendor": device.iManufacturer, "model": device.iProduct, "serial": device.iSerialNumber}
        if info is not None:
            wanted.update({k: v for k, v in info.string_indices().items() if v})
        for name, index in wanted.items():
            if not index:
                continue
            try:
                buf = usb.control.get_descriptor(device, 254, device_info.STRING_DESCRIPTOR_TYPE, index, langid)
            except (usb.core.USBError, ValueError) as exc:
                yield ScanWarning(
                    self.name, notice(Code.USB_TEXT_UNREADABLE, field=_LABELS[name], device=facts.where, error=str(exc))
                )
                continue
            decoded = device_info.decode_string_descriptor(bytes(buf))
            if decoded.problems:
                yield ScanWarning(self.name, _damaged(name, facts.where, decoded.problems, decoded.text or ""))
            if decoded.text:
                facts.strings[name] = decoded.text

    def _read_registers(self, device: Any, interface: Any, facts: _CameraFacts, ctx: ProbeContext) -> list[ProbeItem]:
        import usb.util

        items: list[ProbeItem] = []
        number = interface.bInterfaceNumber
        endpoints = {usb.util.endpoint_direction(ep.bEndpointAddress): ep.bEndpointAddress for ep in interface}
        ep_out, ep_in = endpoints.get(usb.util.ENDPOINT_OUT), endpoints.get(usb.util.ENDPOINT_IN)
        if ep_out is None or ep_in is None:
            items.append(ScanWarning(self.name, notice(Code.USB_NO_ENDPOINTS, device=facts.where)))
            return items
        with device_access.camera_open(ctx.deadline) as ours:
            if not ours:
                facts.warnings.append(notice(Code.IDENTITY_REGISTERS_UNREAD))
                items.append(ScanWarning(self.name, notice(Code.USB_TIME_RAN_OUT, device=facts.where)))
                return items
            return items + self._claim_and_read(device, number, ep_out, ep_in, facts, ctx)

    def _claim_and_read(
        self, device: Any, number: int, ep_out: int, ep_in: int, facts: _CameraFacts, ctx: ProbeContext
    ) -> list[ProbeItem]:
        import usb.core
        import usb.util

        items: list[ProbeItem] = []
        try:
            usb.util.claim_interface(device, number)
        except usb.core.USBError as exc:
            if is_busy_error(exc):
                facts.in_use = True
                facts.warnings.append(notice(Code.USB_CAMERA_IN_USE))
                items.append(ScanWarning(self.name, notice(Code.USB_IN_USE, device=facts.where)))
            elif is_permission_error(exc):
                facts.warnings.append(notice(Code.USB_CAMERA_NO_PERMISSION))
                items.append(ScanWarning(self.name, notice(Code.USB_NO_PERMISSION, device=facts.where)))
            else:
                items.append(ScanWarning(self.name, notice(Code.USB_CLAIM_FAILED, device=facts.where, error=str(exc))))
            return items
        channel = ControlChannel(
            write=lambda data, timeout: device.write(ep_out, data, timeout),
            read=lambda size, timeout: bytes(device.read(ep_in, size, timeout)),
            timeout_ms=self.transfer_timeout_ms,
            deadline=ctx.deadline,
            is_timeout=is_timeout_error,
        )
        try:
            items += self._read_abrm(channel, facts, ctx)
        finally:
            with contextlib.suppress(usb.core.USBError):  # the device may have gone; it is closed anyway
                usb.util.release_interface(device, number)
        return items

    def _read_abrm(self, channel: ControlChannel, facts: _CameraFacts, ctx: ProbeContext) -> list[ProbeItem]:
        import usb.core

        items: list[ProbeItem] = []
        refused: list[str] = []
        for name, address in gencp.ABRM_STRINGS.items():
            if ctx.cancelled():
                break
            try:
                decoded = channel.read_string(address)
            except gencp.StatusError as exc:
                refused.append(f"{_LABELS[name]}: {gencp.status_name(exc.status)}")
                continue  # one register refused; the others may still answer
            except (gencp.GenCPError, usb.core.USBError) as exc:
                if isinstance(exc, ChannelTimeout):
                    items.append(ScanWarning(self.name, notice(Code.USB_IDENTITY_TIMEOUT, device=facts.where)))
                else:
                    failed = notice(Code.USB_IDENTITY_FAILED, device=facts.where, error=str(exc))
                    items.append(ScanWarning(self.name, failed))
                facts.warnings.append(notice(Code.IDENTITY_REGISTERS_UNREAD))
                break
            fallback = facts.strings.get(name)
            if decoded.problems:
                shown = fallback or decoded.text or ""
                items.append(ScanWarning(self.name, _damaged(name, facts.where, decoded.problems, shown)))
            if decoded.text and not (decoded.problems and fallback):
                facts.registers[name] = decoded.text  # a damaged register does not replace a clean descriptor
        if refused:
            refusal = notice(Code.USB_REGISTERS_REFUSED, device=facts.where, registers="; ".join(refused))
            items.append(ScanWarning(self.name, refusal))
        return items
