"""The interface every discovery probe implements, and the context the scanner hands it.

A probe is a small object with a ``name`` and a ``scan`` generator. It yields each ``CameraRecord`` as soon as
it knows it, and ``ScanWarning``s for what went wrong or what the user should do. It checks
``ctx.cancelled()`` between slow steps. It never raises for a device problem: it yields a warning instead
(an exception that escapes is turned into a warning by the scanner, but says less to the user).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.settings import CameraSettings


@dataclass(frozen=True)
class ScanWarning:
    probe: str
    message: str
    """What happened, in words a camera user understands."""
    hint: str | None = None
    """What to do about it, if anything."""

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


@dataclass
class ProbeContext:
    settings: CameraSettings = field(default_factory=CameraSettings)
    demo: bool = False
    """Demo cameras requested (the genicam wheel's simulated producer)."""
    deadline: float = float("inf")
    """``time.monotonic()`` value by which the probe should be done."""
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def cancelled(self) -> bool:
        return self.cancel_event.is_set() or time.monotonic() >= self.deadline

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())


ProbeItem = CameraRecord | ScanWarning


class Probe(Protocol):
    name: str

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]: ...
