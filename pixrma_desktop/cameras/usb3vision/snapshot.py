"""USB3 Vision configuration snapshot without any SDK: the manifest, the XML over GenCP, features through GenApi.

The camera's control interface is claimed for the snapshot and released right after, as the scan does; a camera
another program holds cannot be claimed and is left alone (the snapshot says so). The manifest table names the
files; the first GenICam XML is fetched with chunked READMEM, unzipped, checked against its SHA1 when the
manifest gives one, then loaded into genicam's GenApi on a port that reads over the same GenCP channel and
refuses every write.
"""

from __future__ import annotations

import contextlib
import struct
import time
from collections.abc import Sequence
from typing import Any

from pixrma_desktop.cameras import device_access, genapi_features, genicam_xml
from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue, ManifestEntry
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.cameras.usb3vision import gencp, manifest
from pixrma_desktop.cameras.usb3vision.control_channel import ControlChannel
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, notice

TRANSPORT = "usb3vision"
CHUNK = 512
"""Bytes per READMEM: well inside what any camera's command buffer and our ack buffer hold."""


def read_chunked(channel: ControlChannel, address: int, length: int) -> bytes:
    out = bytearray()
    while len(out) < length:
        count = min(CHUNK, length - len(out))
        out += channel.read_memory(address + len(out), count)
    return bytes(out)


def read_manifest(channel: ControlChannel) -> list[ManifestEntry]:
    (table,) = struct.unpack("<Q", channel.read_memory(manifest.ABRM_MANIFEST_TABLE_ADDRESS, 8))
    if table == 0:
        raise manifest.ManifestError("the camera has no manifest table")
    count = manifest.parse_count(channel.read_memory(table, 8))
    data = read_chunked(channel, table + 8, count * manifest.ENTRY.size)
    return [manifest.parse_entry(data[i * manifest.ENTRY.size :]) for i in range(count)]


def fetch_xml(channel: ControlChannel, entry: ManifestEntry) -> tuple[bytes, Notice | None]:
    """(XML, problem): the file of ``entry``, its SHA1 checked (on the file as stored) when one is declared."""
    if not 0 < entry.size <= genicam_xml.MAX_XML_BYTES:
        raise genicam_xml.XmlError(f"the manifest gives a size of {entry.size} bytes")
    raw = read_chunked(channel, entry.address, entry.size)
    problem: Notice | None = None
    if entry.sha1 and genicam_xml.sha1_hex(raw) != entry.sha1:
        problem = notice(Code.SNAPSHOT_XML_DAMAGED, sha1=genicam_xml.sha1_hex(raw), expected=entry.sha1)
    return genicam_xml.unpack(raw, entry.file_format == "zip"), problem


def snapshot_channel(channel: ControlChannel, record: CameraRecord, deadline: float) -> CameraSnapshot:
    """The snapshot over an open GenCP channel."""
    start = time.monotonic()
    problems: list[Notice] = []
    entries: list[ManifestEntry] = []
    xml: bytes | None = None
    source: str | None = None
    features: list[FeatureValue] = []
    try:
        entries = read_manifest(channel)
        entry = entries[0]
        source = f"manifest entry 1: {entry.file_format}, {entry.size} bytes at 0x{entry.address:X}"
        xml, problem = fetch_xml(channel, entry)
        if problem:
            problems.append(problem)
        from pixrma_desktop.cameras.genapi_port import node_map_on

        node_map, _port = node_map_on(xml, lambda address, length: read_chunked(channel, address, length))
        features, cut = genapi_features.read_all(node_map, deadline)
        if cut:
            problems.append(cut)
    except gencp.StatusError as exc:
        problems.append(notice(Code.SNAPSHOT_READ_REFUSED, status=gencp.status_name(exc.status)))
    except (gencp.GenCPError, manifest.ManifestError, genicam_xml.XmlError) as exc:
        problems.append(notice(Code.SNAPSHOT_XML_UNREADABLE, error=str(exc)))
    except Exception as exc:  # genicam's errors, or the USB library's
        problems.append(notice(Code.SNAPSHOT_READ_FAILED, error=f"{type(exc).__name__}: {exc}"))
    return CameraSnapshot(
        record.serial,
        TRANSPORT,
        record.model,
        features=tuple(features),
        xml=xml,
        xml_source=source,
        manifest=tuple(entries),
        problems=tuple(problems),
        seconds=time.monotonic() - start,
    )


def _failed(record: CameraRecord, problem: Notice) -> CameraSnapshot:
    return CameraSnapshot(record.serial, TRANSPORT, record.model, problems=(problem,))


def _find(devices: list[Any], record: CameraRecord) -> Any | None:
    usb = record.usb
    if usb is None:
        return None
    return next((d for d in devices if d.bus == usb.bus and d.address == usb.address), None)


def _snapshot_device(device: Any, record: CameraRecord, budget_s: float, timeout_ms: int) -> CameraSnapshot:
    import usb.core
    import usb.util

    from pixrma_desktop.cameras.usb3vision.probe import control_interface, is_busy_error, is_timeout_error

    interface = control_interface(device)
    if interface is None:
        return _failed(record, notice(Code.SNAPSHOT_NO_CONTROL_INTERFACE))
    number = interface.bInterfaceNumber
    endpoints = {usb.util.endpoint_direction(ep.bEndpointAddress): ep.bEndpointAddress for ep in interface}
    ep_out, ep_in = endpoints.get(usb.util.ENDPOINT_OUT), endpoints.get(usb.util.ENDPOINT_IN)
    if ep_out is None or ep_in is None:
        return _failed(record, notice(Code.SNAPSHOT_NO_ENDPOINTS))
    deadline = time.monotonic() + budget_s
    with device_access.camera_open(deadline) as ours:
        if not ours:
            return _failed(record, notice(Code.SNAPSHOT_NOT_OPENED_IN_TIME))
        try:
            usb.util.claim_interface(device, number)
        except usb.core.USBError as exc:
            if is_busy_error(exc):
                return _failed(record, notice(Code.SNAPSHOT_IN_USE))
            return _failed(record, notice(Code.SNAPSHOT_OPEN_FAILED, error=str(exc)))
        try:
            channel = ControlChannel(
                write=lambda data, timeout: device.write(ep_out, data, timeout),
                read=lambda size, timeout: bytes(device.read(ep_in, size, timeout)),
                timeout_ms=timeout_ms,
                deadline=deadline,
                is_timeout=is_timeout_error,
            )
            return snapshot_channel(channel, record, deadline)
        finally:
            with contextlib.suppress(usb.core.USBError):
                usb.util.release_interface(device, number)
            with contextlib.suppress(Exception):
                usb.util.dispose_resources(device)


def snapshot_usb3vision(
    records: Sequence[CameraRecord], budget_s: float, *, backend: Any | None = None, timeout_ms: int = 500
) -> list[CameraSnapshot]:
    """Snapshots of USB3 Vision cameras (found by the USB probe), in the records' order."""
    from pixrma_desktop.cameras.usb3vision.probe import default_backend, is_camera

    if backend is None:
        backend = default_backend()
    if backend is None:
        return [_failed(r, notice(Code.SNAPSHOT_USB_LIBRARY_MISSING)) for r in records]
    import usb.core

    try:
        devices = list(usb.core.find(find_all=True, backend=backend, custom_match=is_camera))
    except usb.core.USBError as exc:
        return [_failed(r, notice(Code.SNAPSHOT_USB_LIST_FAILED, error=str(exc))) for r in records]
    out = []
    for record in records:
        if record.in_use:
            out.append(_failed(record, notice(Code.SNAPSHOT_IN_USE)))
            continue
        device = _find(devices, record)
        if device is None:
            out.append(_failed(record, notice(Code.SNAPSHOT_USB_GONE)))
            continue
        out.append(_snapshot_device(device, record, budget_s, timeout_ms))
    return out
