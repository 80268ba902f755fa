"""What a scan produces: the merged cameras, the warnings, and how each probe fared; plus the events that
stream while it runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, record_to_dict


class ProbeState(StrEnum):
    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"
    TIMED_OUT = "timed-out"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ProbeStatus:
    name: str
    state: ProbeState
    seconds: float = 0.0
    cameras: int = 0


@dataclass(frozen=True)
class CameraSeen:
    """A camera appeared (``new``) or a probe added to what is known about it; ``index`` is stable."""

    index: int
    record: CameraRecord
    new: bool


@dataclass(frozen=True)
class ProbeFinished:
    status: ProbeStatus


@dataclass(frozen=True)
class WarningRaised:
    warning: ScanWarning


ScanEvent = CameraSeen | ProbeFinished | WarningRaised


@dataclass(frozen=True)
class ScanResult:
    cameras: tuple[CameraRecord, ...] = ()
    warnings: tuple[ScanWarning, ...] = ()
    probes: tuple[ProbeStatus, ...] = ()
    started_at: float = 0.0
    """Wall-clock time (``time.time()``) the scan started."""
    seconds: float = 0.0
    cancelled: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    """Results later stages attach (e.g. remote-fix findings), keyed by name."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "cameras": [record_to_dict(c) for c in self.cameras],
            "warnings": [w.to_dict() for w in self.warnings],
            "probes": [
                {"name": p.name, "state": str(p.state), "seconds": round(p.seconds, 3), "cameras": p.cameras}
                for p in self.probes
            ],
            "started_at": self.started_at,
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
        }


@dataclass(frozen=True)
class ScanDone:
    """The last item of a scan stream (``Scanner.events``): the scan has ended, with this result."""

    result: ScanResult
