"""Camera discovery: one subpackage per transport, and the shared record, scanner and merging at the top.

The package face is the library interface for lab automation scripts::

    from pixrma_desktop.cameras import scan
    for camera in scan(demo_mode="on").cameras:
        print(camera.serial, camera.model, camera.firmware_version)

or, to follow the scan as it happens, ``Scanner.events()`` yields each event and then ``ScanDone`` with the
result (``make_scanner`` in ``discovery`` builds a scanner with every probe).

Names are loaded on first use (PEP 562), so importing one module of this package (``record``, say) loads no
probe and no device library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pixrma_desktop.cameras.discovery import discover as scan
    from pixrma_desktop.cameras.gentl.probe import GenTLProbe
    from pixrma_desktop.cameras.gige.probe import GigeVisionProbe
    from pixrma_desktop.cameras.pixelink_sdk.probe import PixelinkSdkProbe
    from pixrma_desktop.cameras.probe import Probe, ProbeContext, ScanWarning
    from pixrma_desktop.cameras.record import CameraRecord, Transport
    from pixrma_desktop.cameras.scan_result import ScanDone, ScanEvent, ScanResult
    from pixrma_desktop.cameras.scanner import Scanner
    from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe

_EXPORTS: dict[str, tuple[str, str]] = {
    "scan": ("discovery", "discover"),
    "GenTLProbe": ("gentl.probe", "GenTLProbe"),
    "GigeVisionProbe": ("gige.probe", "GigeVisionProbe"),
    "PixelinkSdkProbe": ("pixelink_sdk.probe", "PixelinkSdkProbe"),
    "Usb3VisionProbe": ("usb3vision.probe", "Usb3VisionProbe"),
    "Probe": ("probe", "Probe"),
    "ProbeContext": ("probe", "ProbeContext"),
    "ScanWarning": ("probe", "ScanWarning"),
    "CameraRecord": ("record", "CameraRecord"),
    "Transport": ("record", "Transport"),
    "ScanDone": ("scan_result", "ScanDone"),
    "ScanEvent": ("scan_result", "ScanEvent"),
    "ScanResult": ("scan_result", "ScanResult"),
    "Scanner": ("scanner", "Scanner"),
}

__all__ = [
    "CameraRecord",
    "GenTLProbe",
    "GigeVisionProbe",
    "PixelinkSdkProbe",
    "Probe",
    "ProbeContext",
    "ScanDone",
    "ScanEvent",
    "ScanResult",
    "ScanWarning",
    "Scanner",
    "Transport",
    "Usb3VisionProbe",
    "scan",
]


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
