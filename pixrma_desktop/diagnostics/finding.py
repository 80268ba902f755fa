"""A remote-fix finding: something the app noticed that support would otherwise ask about, and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"
    """Likely the cause of the trouble: fix this before filing an RMA."""


@dataclass(frozen=True)
class Finding:
    code: str
    """Stable identifier, e.g. "usb2-link"; tests and the bundle use it."""
    severity: Severity
    title: str
    """One plain-language sentence a camera user understands."""
    advice: str
    """What to do about it, step by step if needed."""
    cameras: tuple[str, ...] = ()
    """Serial numbers (or display names) of the cameras it concerns."""
    details: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "title": self.title,
            "advice": self.advice,
            "cameras": list(self.cameras),
            "details": self.details,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        try:
            severity = Severity(data.get("severity", "info"))
        except ValueError:
            severity = Severity.INFO
        return cls(
            code=str(data.get("code", "")),
            severity=severity,
            title=str(data.get("title", "")),
            advice=str(data.get("advice", "")),
            cameras=tuple(str(c) for c in data.get("cameras") or ()),
            details=str(data.get("details", "")),
        )
