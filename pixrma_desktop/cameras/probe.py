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
from pathlib import Path
from typing import Any, Protocol

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.notices import english
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, Param, code_from, legacy, notice_from_dict
from pixrma_desktop.settings import CameraSettings


@dataclass(frozen=True)
class ScanWarning:
    probe: str
    notice: Notice
    """What happened (a code and its parameters); the edge turns it into words."""

    @property
    def code(self) -> Code:
        return self.notice.code

    @property
    def params(self) -> dict[str, Param]:
        return self.notice.params

    @property
    def message(self) -> str:
        """What happened, in English words a camera user understands."""
        return english.text(self.notice.code, self.notice.args)

    @property
    def hint(self) -> str | None:
        """What to do about it, in English, if anything."""
        return english.hint(self.notice.code, self.notice.args)

    def __str__(self) -> str:
        hint = self.hint
        return f"{self.message} {hint}" if hint else self.message

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: the code and its parameters, and the English text for readers that know no codes."""
        return {
            "probe": self.probe,
            "code": str(self.code),
            "params": self.params,
            "message": self.message,
            "hint": self.hint,
        }


def scan_warning_from_dict(data: dict[str, Any]) -> ScanWarning:
    """A warning read back from JSON; one saved as text by an older version keeps its text."""
    probe = str(data.get("probe", ""))
    if code_from(data.get("code")) is None:
        return ScanWarning(probe, legacy(str(data.get("message") or ""), str(data.get("hint") or "")))
    return ScanWarning(probe, notice_from_dict(data, str(data.get("message") or "")))


@dataclass
class ProbeContext:
    settings: CameraSettings = field(default_factory=CameraSettings)
    demo: bool = False
    """Demo cameras requested (the genicam wheel's simulated producer)."""
    deadline: float = float("inf")
    """``time.monotonic()`` value by which the probe should be done."""
    cancel_event: threading.Event = field(default_factory=threading.Event)
    cache_dir: Path | None = None
    """Where a probe may remember what is slow to find out again (the app's cache folder); None: nowhere."""

    def cancelled(self) -> bool:
        return self.cancel_event.is_set() or time.monotonic() >= self.deadline

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())


ProbeItem = CameraRecord | ScanWarning


class Probe(Protocol):
    name: str

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]: ...
