"""Pixelink SDK probe: what only the SDK knows (FPGA, XML and bootloader versions, lens, the last API error),
through the optional ``pixelinkWrapper`` package.

The wrapper loads ``libPxLApi.so`` / ``PxLAPI40.dll`` when it is imported, and on Linux runs
``find $PIXELINK_SDK_LIB`` to read the SDK version (from the current folder when the variable is unset). So it
is imported here only inside ``load_sdk``, from the probe's worker thread, never at module import, and any
failure becomes "Pixelink SDK not available: <reason>". On Linux the library under ``$PIXELINK_SDK_LIB`` is
loaded first by its path, so the SDK works without ``LD_LIBRARY_PATH``.

Per camera: identity and network from the camera list, then the camera is opened just long enough to read its
camera info and error report, and always released. A camera that another application (Pixelink Capture)
holds is reported as in use, from the list alone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.notices.codes import SDK_UNAVAILABLE_CODES, Code
from pixrma_desktop.notices.notice import Notice, notice

NAME = "pixelink-sdk"
LIBRARY = "libPxLApi.so"
API_CAMERA_IN_USE = -0x7FFFFFF9
"""ApiCameraInUseError, 0x80000007 as the signed int the SDK returns."""
_IP_CONFIG = {1: "dhcp", 2: "lla", 3: "persistent", 4: "static"}
_lock = threading.Lock()


class SdkUnavailable(Exception):
    """The SDK cannot be used here; ``notice`` says why (a ``SDK_UNAVAILABLE_CODES`` code), ``str()`` in English."""

    def __init__(self, why: Notice) -> None:
        super().__init__(str(why))
        self.notice = why


class SdkHandle(NamedTuple):
    api: Any
    """``pixelinkWrapper.PxLApi``."""
    notes: tuple[str, ...] = ()
    """What the wrapper printed while loading (it warns about old SDK versions on stdout)."""


def _preload(sdk_dir: str) -> None:
    """Load the SDK library by path so the wrapper's ``CDLL("libPxLApi.so")`` finds it already loaded."""
    import ctypes

    root = Path(sdk_dir)
    for candidate in (root / LIBRARY, *sorted(root.glob(f"*/{LIBRARY}"))):
        if candidate.exists():
            ctypes.CDLL(str(candidate), mode=ctypes.RTLD_GLOBAL)
            return


def sdk_present() -> bool:
    """Signs of an installed Pixelink SDK, found without loading it: on Linux the SDK's PIXELINK_SDK_LIB
    variable (which pixelinkWrapper needs anyway), on Windows PxLAPI40.dll on the library path."""
    if sys.platform == "win32":
        import ctypes.util

        return ctypes.util.find_library("PxLAPI40") is not None
    return sys.platform.startswith("linux") and bool(os.environ.get("PIXELINK_SDK_LIB"))


def load_sdk() -> SdkHandle:
    """Import pixelinkWrapper, guarded; raises ``SdkUnavailable`` with the reason."""
    with _lock:
        if sys.platform.startswith("linux"):
            sdk_dir = os.environ.get("PIXELINK_SDK_LIB", "")
            if not sdk_dir:
                raise SdkUnavailable(notice(Code.SDK_VARIABLE_UNSET))
            if not Path(sdk_dir).is_dir():
                raise SdkUnavailable(notice(Code.SDK_FOLDER_MISSING, folder=sdk_dir))
            try:
                _preload(sdk_dir)
            except OSError as exc:
                raise SdkUnavailable(notice(Code.SDK_LIBRARY_UNLOADABLE, library=LIBRARY, error=str(exc))) from exc
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                from pixelinkWrapper import PxLApi
        except ImportError as exc:
            if exc.name == "pixelinkWrapper":
                raise SdkUnavailable(notice(Code.SDK_WRAPPER_MISSING)) from exc
            raise SdkUnavailable(notice(Code.SDK_WRAPPER_FAILED, error=str(exc))) from exc
        except Exception as exc:  # OSError, ValueError, CalledProcessError ... whatever a broken install raises
            raise SdkUnavailable(notice(Code.SDK_LOAD_FAILED, error=f"{type(exc).__name__}: {exc}")) from exc
        notes = tuple(line.strip() for line in printed.getvalue().split("\n\n") if line.strip())
        return SdkHandle(PxLApi, notes)


def _text(raw: Any) -> str | None:
    if not isinstance(raw, bytes):
        return None
    text = raw.split(b"\0", 1)[0].decode("utf-8", errors="replace")
    return "".join(ch for ch in text if ch.isprintable()).strip() or None


def _ip(address: Any) -> str | None:
    try:
        raw = bytes(address.Address.u8Address)
    except (AttributeError, TypeError):
        return None
    return None if len(raw) != 4 or raw == bytes(4) else ".".join(str(octet) for octet in raw)


def _mac(mac: Any) -> str | None:
    try:
        raw = bytes(mac.MacAddr)
    except (AttributeError, TypeError):
        return None
    return ":".join(f"{b:02x}" for b in raw) if any(raw) else None


def _ok(api: Any, result: Any) -> bool:
    return isinstance(result, tuple) and len(result) > 1 and bool(api.apiSuccess(result[0]))


def _error_report(api: Any, handle: int | None) -> str | None:
    """The SDK's report of the last error, when there is one (support wants it as evidence)."""
    try:
        result = api.getErrorReport(handle)
    except Exception:  # the report is a bonus; never let it hide the camera
        return None
    if not _ok(api, result) or result[1].uReturnCode >= 0:
        return None
    report = result[1]
    parts = [_text(report.strFunctionName), _text(report.strReturnCode), _text(report.strReport)]
    function, code, text = parts
    head = f"{function} returned {code}" if function and code else (code or function or "")
    body = f"{head}: {text}" if head and text else head or text or ""
    return f"{body} (0x{report.uReturnCode & 0xFFFFFFFF:08X})"


def _from_id_info(info: Any) -> CameraRecord:
    ip = _ip(info.CameraIpAddress)
    network = None
    if ip:
        network = NetworkLocation(
            mac=_mac(info.CameraMac),
            ip=ip,
            subnet=_ip(info.CameraIpMask),
            gateway=_ip(info.CameraIpGateway),
            ip_config=_IP_CONFIG.get(int(info.CameraIpAssignmentType)),
            nic_ip=_ip(info.NicIpAddress),
            nic_netmask=_ip(info.NicIpMask),
        )
    xml = (int(info.XmlVersionMajor), int(info.XmlVersionMinor), int(info.XmlVersionSubminor))
    speed = int(info.CameraLinkSpeed)
    return CameraRecord(
        vendor="Pixelink",
        serial=str(int(info.CameraSerialNum)),
        xml_version=".".join(map(str, xml)) if any(xml) else None,
        transport=Transport.GIGE_VISION if ip else Transport.UNKNOWN,
        link_speed=f"{speed} Mb/s" if ip and speed > 0 else None,
        network=network,
        in_use=_ip(info.ControllingIpAddress) is not None,
        probes=(NAME,),
    )


def _with_camera_info(record: CameraRecord, info: Any) -> CameraRecord:
    values: dict[str, Any] = {
        "vendor": _text(info.VendorName),
        "model": _text(info.ModelName),
        "description": _text(info.Description),
        "serial": _text(info.SerialNumber),
        "firmware_version": _text(info.FirmwareVersion),
        "fpga_version": _text(info.FPGAVersion),
        "user_name": _text(info.CameraName),
        "xml_version": _text(info.XMLVersion),
        "bootloader_version": _text(info.BootloadVersion),
        "lens": _text(info.LensDescription),
    }
    return dataclasses.replace(record, **{k: v for k, v in values.items() if v is not None})


class PixelinkSdkProbe:
    name = NAME

    def __init__(self, loader: Any = load_sdk, present: Any = sdk_present) -> None:
        self._load = loader
        self._present = present

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        if not self._present():
            return  # no SDK here: nothing to say (the remote-fix checks notice when no camera software at all)
        try:
            sdk = self._load()
        except SdkUnavailable as exc:
            yield ScanWarning(NAME, exc.notice)
            return
        api = sdk.api
        for note in sdk.notes:
            yield ScanWarning(NAME, notice(Code.SDK_SAYS, note=note))
        try:
            listing = api.getNumberCameras()
        except Exception as exc:
            yield ScanWarning(NAME, notice(Code.SDK_LIST_FAILED, error=f"{type(exc).__name__}: {exc}"))
            return
        if not _ok(api, listing):
            report = _error_report(api, None)
            if report:
                yield ScanWarning(NAME, notice(Code.SDK_LIST_REFUSED, report=report))
            else:
                rc = listing[0] if isinstance(listing, tuple) and listing else None
                yield ScanWarning(NAME, notice(Code.SDK_LIST_FAILED, error=f"code {rc}"))
            return
        for info in listing[1]:
            if ctx.cancelled():
                return
            yield self._camera(api, info)

    def _camera(self, api: Any, info: Any) -> CameraRecord:
        record = _from_id_info(info)
        if record.in_use:
            return record.with_warning(notice(Code.SDK_CAMERA_IN_USE))
        serial = int(info.CameraSerialNum)
        try:
            opened = api.initialize(serial, 0)
        except Exception as exc:
            return record.with_warning(notice(Code.SDK_OPEN_FAILED, error=f"{type(exc).__name__}: {exc}"))
        if not _ok(api, opened):
            rc = opened[0] if isinstance(opened, tuple) and opened else None
            if rc == API_CAMERA_IN_USE:
                return dataclasses.replace(record, in_use=True).with_warning(notice(Code.SDK_CAMERA_IN_USE))
            report = _error_report(api, None)
            return record.with_warning(notice(Code.SDK_OPEN_FAILED, error=report or f"code {rc}"))
        handle = opened[1]
        try:
            camera_info = api.getCameraInfo(handle)
            if _ok(api, camera_info):
                record = _with_camera_info(record, camera_info[1])
            else:
                record = record.with_warning(notice(Code.SDK_INFO_UNREADABLE))
            report = _error_report(api, handle)
            if report:
                record = record.with_warning(notice(Code.SDK_REPORT, report=report))
        except Exception as exc:
            record = record.with_warning(notice(Code.SDK_READ_FAILED, error=f"{type(exc).__name__}: {exc}"))
        finally:
            with contextlib.suppress(Exception):
                api.uninitialize(handle)
        return record


def sdk_available(result: ScanResult, present: bool | None = None) -> bool | None:
    """Whether the SDK is installed and the probe could load it in this scan; None when the probe did not run."""
    if not any(status.name == NAME for status in result.probes):
        return None
    if not (sdk_present() if present is None else present):
        return False
    return not any(w.code in SDK_UNAVAILABLE_CODES for w in result.warnings)
