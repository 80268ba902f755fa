"""A remote-fix finding: something the app noticed that support would otherwise ask about, and what to do.

A finding is data: its ``Code``, its parameters and the cameras it concerns. Its words come from the code at the
edge: ``title`` and ``advice`` here are the English ones (command line, support bundle, request); the app shows
them translated (``ui/notice_text.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pixrma_desktop.notices import english
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Param, Params


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"
    """Likely the cause of the trouble: fix this before filing an RMA."""


@dataclass(frozen=True)
class Finding:
    code: Code
    """Stable identifier, e.g. "usb2-link"; tests, JSON readers and the bundle use it."""
    severity: Severity
    args: tuple[tuple[str, Param], ...] = ()
    """The parameters its title and advice name, as sorted (name, value) pairs (see ``finding``)."""
    cameras: tuple[str, ...] = ()
    """Serial numbers (or display names) of the cameras it concerns."""
    details: str = ""
    """Material for support (a rule file, the devices involved), shown as is."""
    advice_code: Code | None = None
    """Another advice than the code's own, for a variant of the situation (e.g. outside Linux)."""
    saved_title: str = ""
    """The English title a request saved (its findings keep their words, not their parameters): shown as is."""

    @property
    def params(self) -> dict[str, Param]:
        return dict(self.args)

    @property
    def title(self) -> str:
        """One plain-language English sentence a camera user understands."""
        return self.saved_title or english.text(self.code, self.args)

    @property
    def advice(self) -> str:
        """What to do about it, in English, step by step if needed."""
        if self.saved_title:
            return ""
        if self.advice_code is not None:
            return english.text(self.advice_code, self.args)
        return english.hint(self.code, self.args) or ""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "code": str(self.code),
            "severity": str(self.severity),
            "params": self.params,
            "title": self.title,
            "advice": self.advice,
            "cameras": list(self.cameras),
            "details": self.details,
        }
        if self.advice_code is not None:
            out["advice_code"] = str(self.advice_code)
        return out


def finding(
    code: Code,
    severity: Severity,
    params: Params | None = None,
    *,
    cameras: tuple[str, ...] = (),
    details: str = "",
    advice_code: Code | None = None,
    saved_title: str = "",
) -> Finding:
    args = tuple(sorted((params or {}).items()))
    return Finding(code, severity, args, cameras, details, advice_code, saved_title)
