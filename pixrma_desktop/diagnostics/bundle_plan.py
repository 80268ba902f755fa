"""What a support bundle is made of: its inputs, each planned file, what was left out, and the plan itself.

A ``BundlePlan`` is the preview the user sees before anything is written (``describe()``); it owns the
private spool that holds the redacted logs until the plan is closed. ``bundle.plan_bundle`` makes one and
``bundle_zip.write_bundle`` writes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from pixrma_desktop.cameras.features import CameraSnapshot
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.diagnostics.finding import Finding
from pixrma_desktop.diagnostics.oslogs import OsLog
from pixrma_desktop.diagnostics.redact import Identity
from pixrma_desktop.diagnostics.summary import human_size
from pixrma_desktop.diagnostics.system import SystemReport
from pixrma_desktop.settings import EvidenceSettings


class FileKind(StrEnum):
    GENERATED = "generated"
    OS_LOG = "os-log"
    APP_LOG = "app-log"
    ADDED = "added"


class BundleError(Exception):
    """The bundle could not be made; the message says what to do."""


@dataclass(frozen=True)
class LogSource:
    """A log on disk: one file, or a rotated family oldest first (``app.log.2``, ``app.log.1``, ``app.log``)."""

    name: str
    """Its path inside the bundle, e.g. ``logs/app/pixrma.log``."""
    files: tuple[Path, ...]
    source: str
    """What it is, for the manifest and the summary."""


@dataclass
class BundleInputs:
    cameras: Sequence[CameraRecord] = ()
    snapshots: Sequence[CameraSnapshot] = ()
    """The cameras' configuration snapshots (``cameras/<serial>/features.json`` and the XML)."""
    findings: Sequence[Finding] = ()
    scan_warnings: Sequence[ScanWarning] = ()
    system: SystemReport | None = None
    os_logs: Sequence[OsLog] = ()
    logs: Sequence[LogSource] = ()
    added_files: Sequence[Path] = ()
    settings: EvidenceSettings = field(default_factory=EvidenceSettings)
    redact: bool = True
    """False (``--no-redact``): keep host name, e-mail, IP and MAC addresses; user, home and secrets still go."""
    identity: Identity | None = None
    """Whose data to remove; None means this machine's user, home folder and host name."""
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    log_window: str = ""


@dataclass(frozen=True)
class PlannedFile:
    path: str
    size: int
    sha256: str
    source: str
    kind: FileKind
    redactions: Mapping[str, int] = field(default_factory=dict)
    cut: bool = False
    original_size: int | None = None
    """The size of the whole source when it was cut."""
    redacted: bool = True
    """False for binary files, which are sent as they are."""
    note: str = ""
    content: bytes | None = field(default=None, repr=False, compare=False)
    """The bytes of a small generated file; None for a file held in the plan's spool."""
    spool_offset: int = field(default=-1, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "size": self.size,
            "sha256": self.sha256,
            "source": self.source,
            "kind": str(self.kind),
            "redactions": dict(sorted(self.redactions.items())),
            "redacted": self.redacted,
            "cut": self.cut,
            "original_size": self.original_size,
            "note": self.note,
        }


@dataclass(frozen=True)
class Excluded:
    source: str
    reason: str


@dataclass(frozen=True)
class BundlePlan:
    files: tuple[PlannedFile, ...]
    """Every file that would be sent, sorted by path, ``manifest.json`` included."""
    excluded: tuple[Excluded, ...]
    budget_bytes: int
    redaction_kinds: tuple[str, ...]
    created_at: datetime
    spool: IO[bytes] | None = field(default=None, repr=False, compare=False)

    def close(self) -> None:
        """Delete the plan's temporary data; the plan cannot be written after this."""
        if self.spool is not None:
            self.spool.close()

    def __enter__(self) -> BundlePlan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)

    def redaction_totals(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for f in self.files:
            total.update(f.redactions)
        return dict(sorted(total.items()))

    def describe(self) -> list[str]:
        """One line per file (path, size, what was redacted, cut), then what was left out: the preview."""
        width = max(len(f.path) for f in self.files)
        lines = []
        for f in self.files:
            removed = ", ".join(f"{n} {kind}" for kind, n in sorted(f.redactions.items()))
            what = f"redacted: {removed}" if removed else ("not redacted (binary)" if not f.redacted else "")
            cut = f"cut: newest {human_size(f.size)} of {human_size(f.original_size or 0)}" if f.cut else ""
            detail = "; ".join(p for p in (what, cut) if p)
            lines.append(f"{f.path.ljust(width)}  {human_size(f.size).rjust(10)}  {detail}".rstrip())
        lines.append(
            f"{'total'.ljust(width)}  {human_size(self.total_size).rjust(10)}  (budget {human_size(self.budget_bytes)})"
        )
        lines.extend(f"left out: {e.source}: {e.reason}" for e in self.excluded)
        return lines
