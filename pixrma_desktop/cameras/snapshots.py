"""Configuration snapshots for the cameras a scan found: each camera through the transport that found it.

Runs after the scan (the camera list is never held up by it), one camera at a time, each within the
``snapshot_budget_s`` setting. A camera another program holds is not opened; its snapshot says so. The
transports' libraries are imported only when a camera of theirs is in the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pixrma_desktop.cameras.features import CameraSnapshot
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import CameraSettings

BUDGET_RANGE = (0.5, 120.0)
"""The per-camera time the ``snapshot_budget_s`` setting may give, in seconds."""


def snapshot_budget(settings: CameraSettings) -> float:
    """The per-camera budget: the setting, kept within ``BUDGET_RANGE`` (a bad value falls back to the default)."""
    value = settings.snapshot_budget_s
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:  # NaN
        value = CameraSettings().snapshot_budget_s
    low, high = BUDGET_RANGE
    return float(min(high, max(low, value)))


@dataclass
class SnapshotSources:
    """What the transports talk through; tests and simulators pass their own, None means the real thing."""

    gentl_worker: Any = None
    """A ``HarvesterWorker`` (default: the process's one)."""
    gige_port: int | None = None
    """The GVCP port to ask (default 3956)."""
    usb_backend: Any = None
    """A pyusb backend (default: libusb from libusb-package)."""
    pixelink_api: Any = None
    """The ``PxLApi`` class of pixelinkWrapper, or a stand-in."""


def transport_of(record: CameraRecord) -> str:
    """Which way a camera's snapshot is taken: "gentl", "gigevision", "pixelink-sdk", "usb3vision" or ""."""
    if record.producer:
        return "gentl"
    if record.transport == Transport.GIGE_VISION and record.network and record.network.ip:
        return "gigevision"
    if "pixelink-sdk" in record.probes or "pixelink_sdk" in record.probes:
        return "pixelink-sdk"
    if record.transport == Transport.USB3_VISION and record.usb is not None:
        return "usb3vision"
    return ""


def _unsupported(record: CameraRecord) -> CameraSnapshot:
    return CameraSnapshot(
        serial=record.serial,
        transport=str(record.transport),
        model=record.model,
        problems=(notice(Code.SNAPSHOT_UNSUPPORTED),),
    )


def take_snapshots(
    records: Sequence[CameraRecord], settings: CameraSettings | None = None, sources: SnapshotSources | None = None
) -> list[CameraSnapshot]:
    """One snapshot per record, in the records' order."""
    settings = settings or CameraSettings()
    sources = sources or SnapshotSources()
    budget = snapshot_budget(settings)
    groups: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        groups.setdefault(transport_of(record), []).append(index)
    out: dict[int, CameraSnapshot] = {}
    for kind, indices in groups.items():
        chosen = [records[i] for i in indices]
        taken = _by_transport(kind, chosen, budget, sources)
        out.update(zip(indices, taken, strict=True))
    return [out[i] for i in range(len(records))]


def _by_transport(
    kind: str, records: list[CameraRecord], budget: float, sources: SnapshotSources
) -> list[CameraSnapshot]:
    if kind == "gentl":
        from pixrma_desktop.cameras.gentl.snapshot import snapshot_gentl

        return snapshot_gentl(records, budget, sources.gentl_worker)
    if kind == "gigevision":
        from pixrma_desktop.cameras.gige.snapshot import snapshot_gige

        return [snapshot_gige(r, budget, port=sources.gige_port) for r in records]
    if kind == "usb3vision":
        from pixrma_desktop.cameras.usb3vision.snapshot import snapshot_usb3vision

        return snapshot_usb3vision(records, budget, backend=sources.usb_backend)
    if kind == "pixelink-sdk":
        from pixrma_desktop.cameras.pixelink_sdk.snapshot import snapshot_pixelink

        return snapshot_pixelink(records, budget, api=sources.pixelink_api)
    return [_unsupported(r) for r in records]
