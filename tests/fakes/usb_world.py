"""A fake USB world behind pyusb's backend interface (``usb.backend.IBackend``).

The simulated cameras speak real bytes: device / configuration / interface / endpoint descriptors with a USB3
Vision device-info descriptor, string descriptors in UTF-16LE, and GenCP on the control endpoints answered
from a bootstrap register map. Behaviours make a camera hostile (wrong prefix, short acks, wrong request ids,
error statuses, PENDING_ACK forever, silence, damaged strings) or unreachable (no permission, busy).
A bulk read with nothing to answer raises a timeout at once: nothing in this world ever sleeps.
"""

from __future__ import annotations

import errno
import hashlib
import io
import itertools
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import usb.backend
from usb.core import USBError, USBTimeoutError

from pixrma_desktop.cameras.usb3vision import device_info, gencp, manifest

GOOD = "good"
WRONG_PREFIX = "wrong-prefix"
SHORT_ACK = "short-ack"
WRONG_REQUEST_ID = "wrong-request-id"
ERROR_STATUS = "error-status"
PENDING_FOREVER = "pending-forever"
PENDING_ONCE = "pending-once"
SILENT = "silent"
BEHAVIOURS = (GOOD, WRONG_PREFIX, SHORT_ACK, WRONG_REQUEST_ID, ERROR_STATUS, PENDING_FOREVER, PENDING_ONCE, SILENT)

SPEED_CODES = {name: code for code, name in device_info.SPEED_NAMES.items()}

# String descriptor indices the fake cameras use
_I_MANUFACTURER, _I_PRODUCT, _I_SERIAL, _I_GUID, _I_FAMILY, _I_VERSION, _I_INFO, _I_USER = range(1, 9)

_addresses = itertools.count(2)


@dataclass
class FakeUsbCamera:
    vendor: str = "PixeLINK"
    model: str = "PL-D755MU"
    serial: str = "PX0000001"
    family: str = "PL-D"
    device_version: str = "2.3.1"
    manufacturer_info: str = "Pixelink, Ottawa"
    user_name: str = ""
    vendor_id: int = device_info.PIXELINK_VENDOR_ID
    product_id: int = 0x0D75
    bus: int = 2
    ports: tuple[int, ...] = (1,)
    speed: str = "super"
    """Negotiated."""
    supported: tuple[str, ...] = ("full", "high", "super")
    bcd_usb: int = 0x0320
    usb3vision: bool = True
    behaviour: str = GOOD
    status: int = 0x8006
    """The status an ERROR_STATUS camera answers with."""
    refused_addresses: dict[int, int] = field(default_factory=dict)
    """ABRM address -> error status, for a camera that refuses only some registers."""
    deny_open: bool = False
    no_driver: bool = False
    """Opening fails as on Windows when the camera has a driver libusb cannot use (LIBUSB_ERROR_NOT_SUPPORTED)."""
    busy: bool = False
    raw_registers: dict[int, bytes] = field(default_factory=dict)
    """ABRM address -> raw 64 bytes, overriding the encoded strings (damaged strings)."""
    descriptor_strings: dict[int, str | bytes] = field(default_factory=dict)
    """String descriptor index -> text (or the raw UTF-16LE bytes), overriding the defaults."""
    memory: dict[int, bytes] = field(default_factory=dict)
    """Start address -> bytes: the camera's memory past the bootstrap strings (manifest, XML, feature
    registers); a read inside a block answers from it (see ``with_description``)."""
    address: int = field(default_factory=lambda: next(_addresses))
    # what the test can inspect afterwards
    claimed: set[int] = field(default_factory=set)
    open_handles: int = 0
    commands: int = 0
    command_ids: list[int] = field(default_factory=list)
    reads: int = 0

    def registers(self) -> dict[int, bytes]:
        texts = {
            gencp.ABRM_MANUFACTURER: self.vendor,
            gencp.ABRM_MODEL: self.model,
            gencp.ABRM_FAMILY: self.family,
            gencp.ABRM_DEVICE_VERSION: self.device_version,
            gencp.ABRM_MANUFACTURER_INFO: self.manufacturer_info,
            gencp.ABRM_SERIAL: self.serial,
            gencp.ABRM_USER_NAME: self.user_name,
        }
        memory = {address: gencp.encode_string(text) for address, text in texts.items()}
        memory.update(self.raw_registers)
        return memory

    def read(self, address: int, length: int) -> bytes:
        """What the camera answers to a READMEM: a bootstrap register, a memory block, else zeros."""
        registers = self.registers()
        if address in registers:
            return registers[address][:length].ljust(length, b"\x00")
        for start, block in self.memory.items():
            if start <= address and address + length <= start + len(block):
                return block[address - start : address - start + length]
        return bytes(length)

    def strings(self) -> dict[int, str | bytes]:
        table: dict[int, str | bytes] = {
            _I_MANUFACTURER: self.vendor,
            _I_PRODUCT: self.model,
            _I_SERIAL: self.serial,
            _I_GUID: f"{self.vendor_id:04X}{self.serial}",
            _I_FAMILY: self.family,
            _I_VERSION: self.device_version,
            _I_INFO: self.manufacturer_info,
            _I_USER: self.user_name,
        }
        table.update(self.descriptor_strings)
        return table


@dataclass
class _Handle:
    camera: FakeUsbCamera
    answers: list[bytes] = field(default_factory=list)
    last_request: int = 0


def _desc(**values: Any) -> SimpleNamespace:
    return SimpleNamespace(**values)


def _endpoint(address: int) -> SimpleNamespace:
    return _desc(
        bLength=7,
        bDescriptorType=5,
        bEndpointAddress=address,
        bmAttributes=2,  # bulk
        wMaxPacketSize=1024,
        bInterval=0,
        bRefresh=0,
        bSynchAddress=0,
        extra_descriptors=[],
    )


class FakeUsbBackend(usb.backend.IBackend):  # type: ignore[misc]
    """A pyusb backend whose devices are ``FakeUsbCamera``s (and any other ``SimpleNamespace`` devices)."""

    def __init__(self, cameras: list[FakeUsbCamera], *, others: int = 0) -> None:
        self.cameras = cameras
        self.others = [
            _desc(address=next(_addresses), bus=1, ports=(3 + i,), vendor_id=0x046D, product_id=0xC31C)
            for i in range(others)
        ]
        """Non-camera devices (a keyboard each) that the probe must skip."""

    # enumeration -----------------------------------------------------------------------------------------
    def enumerate_devices(self) -> Any:
        yield from self.others
        yield from self.cameras

    def get_parent(self, dev: Any) -> None:
        return None

    def get_device_descriptor(self, dev: Any) -> SimpleNamespace:
        camera = isinstance(dev, FakeUsbCamera)
        return _desc(
            bLength=18,
            bDescriptorType=1,
            bcdUSB=self._bcd_usb(dev) if camera else 0x0200,
            bDeviceClass=0xEF if camera and dev.usb3vision else 0,
            bDeviceSubClass=0x02 if camera and dev.usb3vision else 0,
            bDeviceProtocol=0x01 if camera and dev.usb3vision else 0,
            bMaxPacketSize0=9 if camera and dev.bcd_usb >= 0x0300 else 64,
            idVendor=dev.vendor_id,
            idProduct=dev.product_id,
            bcdDevice=0x0100,
            iManufacturer=_I_MANUFACTURER if camera else 0,
            iProduct=_I_PRODUCT if camera else 0,
            iSerialNumber=_I_SERIAL if camera else 0,
            bNumConfigurations=1,
            address=dev.address,
            bus=dev.bus,
            port_number=dev.ports[-1],
            port_numbers=dev.ports,
            speed=SPEED_CODES[dev.speed] if camera else 2,
        )

    @staticmethod
    def _bcd_usb(camera: FakeUsbCamera) -> int:
        """A USB 3 device on a USB 2 link says USB 2.1 in its device descriptor (its BOS still says SuperSpeed)."""
        if camera.bcd_usb >= 0x0300 and camera.speed not in device_info.USB3_SPEEDS:
            return 0x0210
        return camera.bcd_usb

    def _interfaces(self, dev: Any) -> list[SimpleNamespace]:
        if not isinstance(dev, FakeUsbCamera):
            return [self._interface(0, (3, 1, 1), [0x81])]  # HID keyboard
        if not dev.usb3vision:
            return [self._interface(0, (0xFF, 0, 0), [0x02, 0x82])]  # vendor specific (older Pixelink)
        info = device_info.build_device_info(
            (_I_GUID, _I_MANUFACTURER, _I_PRODUCT, _I_FAMILY, _I_VERSION, _I_INFO, _I_SERIAL, _I_USER),
            dev.supported,
        )
        return [
            self._interface(0, (0xEF, 0x05, 0x00), [0x01, 0x81], extra=list(info)),
            self._interface(1, (0xEF, 0x05, 0x01), [0x82]),
            self._interface(2, (0xEF, 0x05, 0x02), [0x83]),
        ]

    @staticmethod
    def _interface(
        number: int, kind: tuple[int, int, int], endpoints: list[int], extra: list[int] | None = None
    ) -> Any:
        return _desc(
            bLength=9,
            bDescriptorType=4,
            bInterfaceNumber=number,
            bAlternateSetting=0,
            bNumEndpoints=len(endpoints),
            bInterfaceClass=kind[0],
            bInterfaceSubClass=kind[1],
            bInterfaceProtocol=kind[2],
            iInterface=0,
            extra_descriptors=extra or [],
            endpoints=[_endpoint(a) for a in endpoints],
        )

    def get_configuration_descriptor(self, dev: Any, config: int) -> SimpleNamespace:
        if config != 0:
            raise IndexError(config)
        interfaces = self._interfaces(dev)
        iad = [8, 0x0B, 0, len(interfaces), 0xEF, 0x05, 0, 0] if len(interfaces) > 1 else []
        return _desc(
            bLength=9,
            bDescriptorType=2,
            wTotalLength=9 + len(iad) + sum(9 + 7 * i.bNumEndpoints + len(i.extra_descriptors) for i in interfaces),
            bNumInterfaces=len(interfaces),
            bConfigurationValue=1,
            iConfiguration=0,
            bmAttributes=0x80,
            bMaxPower=112,
            extra_descriptors=iad,
        )

    def get_interface_descriptor(self, dev: Any, intf: int, alt: int, config: int) -> SimpleNamespace:
        interfaces = self._interfaces(dev)
        if config != 0 or alt != 0 or intf >= len(interfaces):
            raise IndexError((intf, alt, config))
        return interfaces[intf]

    def get_endpoint_descriptor(self, dev: Any, ep: int, intf: int, alt: int, config: int) -> SimpleNamespace:
        return self.get_interface_descriptor(dev, intf, alt, config).endpoints[ep]

    # access ----------------------------------------------------------------------------------------------
    def open_device(self, dev: Any) -> _Handle:
        if not isinstance(dev, FakeUsbCamera):
            raise USBError("Access denied (insufficient permissions)", -3, errno.EACCES)
        if dev.deny_open:
            raise USBError("Access denied (insufficient permissions)", -3, errno.EACCES)
        if dev.no_driver:
            raise USBError("Operation not supported or unimplemented on this platform", -12, None)
        dev.open_handles += 1
        return _Handle(dev)

    def close_device(self, dev_handle: _Handle) -> None:
        dev_handle.camera.open_handles -= 1

    def set_configuration(self, dev_handle: _Handle, config_value: int) -> None:
        pass

    def get_configuration(self, dev_handle: _Handle) -> int:
        return 1

    def set_interface_altsetting(self, dev_handle: _Handle, intf: int, altsetting: int) -> None:
        pass

    def claim_interface(self, dev_handle: _Handle, intf: int) -> None:
        if dev_handle.camera.busy:
            raise USBError("Resource busy", -6, errno.EBUSY)
        dev_handle.camera.claimed.add(intf)

    def release_interface(self, dev_handle: _Handle, intf: int) -> None:
        dev_handle.camera.claimed.discard(intf)

    def clear_halt(self, dev_handle: _Handle, ep: int) -> None:
        pass

    def is_kernel_driver_active(self, dev_handle: _Handle, intf: int) -> bool:
        return False

    # transfers -------------------------------------------------------------------------------------------
    def ctrl_transfer(
        self, dev_handle: _Handle, bmRequestType: int, bRequest: int, wValue: int, wIndex: int, data: Any, timeout: int
    ) -> int:
        if bmRequestType != 0x80 or bRequest != 6 or wValue >> 8 not in (3, device_info.BOS_DESCRIPTOR_TYPE):
            raise USBError("Pipe error", -9, errno.EPIPE)
        index = wValue & 0xFF
        if wValue >> 8 == device_info.BOS_DESCRIPTOR_TYPE:
            if dev_handle.camera.bcd_usb < 0x0201:
                raise USBError("Pipe error", -9, errno.EPIPE)
            answer = device_info.build_bos(dev_handle.camera.supported)
        elif index == 0:
            answer = bytes([4, 3, 0x09, 0x04])  # en-US
        else:
            text = dev_handle.camera.strings().get(index)
            if text is None:
                raise USBError("Pipe error", -9, errno.EPIPE)
            encoded = (text if isinstance(text, bytes) else text.encode("utf-16-le"))[:252]
            answer = bytes([2 + len(encoded), 3]) + encoded
        count = min(len(answer), len(data))
        data[:count] = type(data)(data.typecode, answer[:count])
        return count

    def bulk_write(self, dev_handle: _Handle, ep: int, intf: int, data: Any, timeout: int) -> int:
        camera = dev_handle.camera
        if intf not in camera.claimed:
            raise USBError("Interface not claimed", -5, errno.ENOENT)
        camera.commands += 1
        command_id, request_id, payload = gencp.parse_command(bytes(data))
        camera.command_ids.append(command_id)
        dev_handle.last_request = request_id
        if command_id != gencp.READMEM_CMD:
            dev_handle.answers.append(gencp.build_ack(0x8001, command_id + 1, request_id))
            return len(data)
        address, _, length = gencp.READMEM_SCD.unpack(payload)
        dev_handle.answers.extend(self._answers(camera, request_id, address, length))
        return len(data)

    @staticmethod
    def _answers(camera: FakeUsbCamera, request_id: int, address: int, length: int) -> list[bytes]:
        behaviour = camera.behaviour
        if behaviour == SILENT:
            return []
        if behaviour == PENDING_FOREVER:
            return []  # bulk_read keeps answering PENDING_ACK
        pending = gencp.build_ack(0, gencp.PENDING_ACK, request_id, gencp.PENDING_SCD.pack(0, 1000))
        if behaviour == ERROR_STATUS:
            return [gencp.build_ack(camera.status, gencp.READMEM_ACK, request_id)]
        if address in camera.refused_addresses:
            return [gencp.build_ack(camera.refused_addresses[address], gencp.READMEM_ACK, request_id)]
        data = camera.read(address, length)
        ack = gencp.build_ack(0, gencp.READMEM_ACK, request_id, data)
        if behaviour == WRONG_PREFIX:
            return [b"U3VX" + ack[4:]]
        if behaviour == SHORT_ACK:
            return [ack[:20]]
        if behaviour == WRONG_REQUEST_ID:
            return [gencp.build_ack(0, gencp.READMEM_ACK, (request_id + 7) & 0xFFFF, data)]
        if behaviour == PENDING_ONCE:
            return [pending, ack]
        return [ack]

    def bulk_read(self, dev_handle: _Handle, ep: int, intf: int, buff: Any, timeout: int) -> int:
        camera = dev_handle.camera
        if intf not in camera.claimed:
            raise USBError("Interface not claimed", -5, errno.ENOENT)
        camera.reads += 1
        if camera.behaviour == PENDING_FOREVER and camera.commands:
            answer = gencp.build_ack(0, gencp.PENDING_ACK, dev_handle.last_request, gencp.PENDING_SCD.pack(0, 1000))
        elif dev_handle.answers:
            answer = dev_handle.answers.pop(0)
        else:
            raise USBTimeoutError("Operation timed out", -7, errno.ETIMEDOUT)
        count = min(len(answer), len(buff))
        buff[:count] = type(buff)(buff.typecode, answer[:count])
        return count


def pixelink_cameras(count: int, *, bus: int = 2) -> list[FakeUsbCamera]:
    """``count`` well-behaved Pixelink USB3 Vision cameras on distinct ports."""
    return [FakeUsbCamera(serial=f"PX{7000 + i:07d}", bus=bus, ports=(i + 1,)) for i in range(count)]


DESCRIPTION = Path(__file__).with_name("data") / "u3v_camera.xml"
"""A small GenICam XML for the simulated camera: identity strings, image format, exposure, trigger."""
MANIFEST_TABLE = 0x10000
XML_ADDRESS = 0x11000
FEATURE_REGISTERS = 0x20000


def with_description(
    camera: FakeUsbCamera, *, zipped: bool = False, declare_sha1: bool = True, wrong_sha1: bool = False
) -> FakeUsbCamera:
    """The camera with a manifest table (at ABRM 0x01D0) naming its GenICam XML, the XML (zipped or plain), and
    the registers its features read: Width 2592, Height 1944, Mono8, ReverseX on, 41.5 C, 5000 us, trigger off."""
    xml = DESCRIPTION.read_bytes()
    stored = xml
    if zipped:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("u3v_camera.xml", xml)
        stored = buffer.getvalue()
    sha1 = hashlib.sha1(stored + (b"changed" if wrong_sha1 else b"")).digest() if declare_sha1 else bytes(20)
    entry = manifest.build_entry(
        version=(1, 2, 3), schema=(1, 1), zipped=zipped, address=XML_ADDRESS, size=len(stored), sha1=sha1
    )
    camera.raw_registers[manifest.ABRM_MANIFEST_TABLE_ADDRESS] = struct.pack("<Q", MANIFEST_TABLE)
    camera.memory[MANIFEST_TABLE] = struct.pack("<Q", 1) + entry
    camera.memory[XML_ADDRESS] = stored
    camera.memory[FEATURE_REGISTERS] = struct.pack("<IIIIfIII", 2592, 1944, 17301505, 1, 41.5, 0, 5000, 0)
    return camera
