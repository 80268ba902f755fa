"""The support bundle: one zip with everything support needs, nothing private, within a size budget.

Two steps, so the user sees exactly what will leave the machine before anything is written::

    with plan_bundle(inputs) as plan:       # every file, its size, sha256, what was redacted, what was cut
        print("\n".join(plan.describe()))  # the preview
        manifest = write_bundle(plan, out)  # writes exactly what the preview showed

Planning reads and redacts each log once, into a private anonymous temporary file (deleted when the plan is
closed), so what is written is byte for byte what was previewed, even if a log grows in between.

Contents: ``summary.txt`` (read this first), ``cameras.json`` (records and scan warnings), ``findings.json``,
``system.json``, ``logs/os/…`` (the OS log lines that matter), ``logs/app/…`` (the app's log), ``added/…`` (the
user's files) and ``manifest.json`` (sha256, size, source, redactions and cut-or-not of every other file).

Budget: ``EvidenceSettings.bundle_budget_mb`` MiB for the whole zip. The generated files come first, then the
files the user added (whole, or left out with the reason when they do not fit), then the logs share what is
left: no log takes more than half the budget, and a log larger than its share keeps its newest part and says
it was cut. Logs are read from their end in blocks, so memory and time follow the part kept, not the log's
size. Every text file is redacted (``redact.Redactor``); binary files (screenshots) are sent as they are.

Deterministic: entries sorted by name, timestamps from ``created_at``, fixed permissions and compression, so the
same inputs give the same bytes. The zip is created private (0600) and written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from pixrma_desktop import __version__
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import SCHEMA_VERSION, CameraRecord, record_to_dict
from pixrma_desktop.diagnostics.finding import Finding
from pixrma_desktop.diagnostics.log_tail import BLOCK, LogSlice, newest_part, read_blocks, read_line_blocks
from pixrma_desktop.diagnostics.oslogs import LogStatus, OsLog
from pixrma_desktop.diagnostics.redact import Identity, RedactionOptions, Redactor, camera_keep_values
from pixrma_desktop.diagnostics.summary import FileLine, human_size, render_summary
from pixrma_desktop.diagnostics.system import SystemReport
from pixrma_desktop.settings import EvidenceSettings

FORMAT = "pixrma-support-bundle"
FORMAT_VERSION = 1
MIB = 1024 * 1024
RESERVE_BYTES = 256 * 1024
"""Kept free for summary.txt, manifest.json and the zip's own headers."""
MAX_LOG_SHARE = 0.5
"""No single log takes more than this part of the budget, so one runaway log cannot crowd out the rest."""
BINARY_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".pdf"}
    | {".zip", ".gz", ".xz", ".7z", ".bin", ".raw", ".pxl", ".avi", ".mp4"}
)
KEPT_FOR_SUPPORT = (
    "camera serial numbers, models and firmware / FPGA / XML / bootloader versions, and each camera's network "
    "identity (its IP, MAC, subnet and gateway, and the address of the network card it is reached through)"
)


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


@dataclass(frozen=True)
class BundleManifest:
    path: Path
    files: tuple[PlannedFile, ...]
    document: dict[str, Any]
    zip_size: int


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _is_binary(path: Path) -> bool:
    if path.suffix.lower() in BINARY_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            return b"\0" in handle.read(8192)
    except OSError:
        return False


def _redacted_blocks(blocks: Iterator[bytes], redactor: Redactor | None, counts: Counter[str]) -> Iterator[bytes]:
    for block in blocks:
        if redactor is None:
            yield block
            continue
        result = redactor.redact(block.decode("utf-8", "replace"))
        counts.update(result.counts)
        yield result.text.encode("utf-8")


def _in_memory(
    path: str, data: bytes, source: str, kind: FileKind, counts: Mapping[str, int], **extra: Any
) -> PlannedFile:
    return PlannedFile(
        path, len(data), hashlib.sha256(data).hexdigest(), source, kind, dict(counts), content=data, **extra
    )


def _spooled(
    path: str, log: LogSlice, source: str, kind: FileKind, redactor: Redactor | None, spool: IO[bytes]
) -> PlannedFile:
    """Read the slice once, redact it, and append it to the spool; measure and hash it on the way."""
    digest, size, counts = hashlib.sha256(), 0, Counter[str]()
    spool.seek(0, os.SEEK_END)
    offset = spool.tell()
    blocks = read_line_blocks(log.ranges) if redactor is not None else read_blocks(log.ranges)
    for block in _redacted_blocks(blocks, redactor, counts):
        digest.update(block)
        size += len(block)
        spool.write(block)
    return PlannedFile(
        path,
        size,
        digest.hexdigest(),
        source,
        kind,
        dict(counts),
        cut=log.cut,
        original_size=log.total_size if log.cut else None,
        redacted=redactor is not None,
        spool_offset=offset,
    )


def _planned_blocks(planned: PlannedFile, spool: IO[bytes] | None) -> Iterator[bytes]:
    if planned.content is not None:
        yield planned.content
        return
    if spool is None or spool.closed:
        raise BundleError("This bundle preview was closed; prepare the bundle again.")
    spool.seek(planned.spool_offset)
    left = planned.size
    while left > 0:
        block = spool.read(min(BLOCK, left))
        if not block:
            raise BundleError("The temporary copy of the bundle's logs was cut short; prepare the bundle again.")
        left -= len(block)
        yield block


def _newest_text(text: str, keep: int) -> tuple[str, bool]:
    data = text.encode("utf-8")
    if len(data) <= keep:
        return text, False
    tail = data[len(data) - keep :]
    newline = tail.find(b"\n")
    tail = tail[newline + 1 :] if newline >= 0 else b""
    return tail.decode("utf-8", "replace"), True


@dataclass
class _Log:
    """A log competing for the budget: on disk (``source``) or already in memory (``text``)."""

    name: str
    description: str
    kind: FileKind
    size: int
    files: tuple[Path, ...] = ()
    text: str | None = None
    redact: bool = True


def _shares(sizes: Sequence[int], available: int, cap: int) -> list[int]:
    """Water-filling: small logs keep everything, the rest split what is left evenly, none above ``cap``."""
    shares = [0] * len(sizes)
    left = max(0, available)
    order = sorted(range(len(sizes)), key=lambda i: sizes[i])
    for position, i in enumerate(order):
        fair = left // (len(order) - position)
        shares[i] = min(sizes[i], fair, cap)
        left -= shares[i]
    return shares


def _plan_log(log: _Log, keep: int, redactor: Redactor, spool: IO[bytes]) -> PlannedFile:
    if log.text is not None:
        text, cut = _newest_text(log.text, keep)
        result = redactor.redact(text)
        return _in_memory(
            log.name,
            result.text.encode("utf-8"),
            log.description,
            log.kind,
            result.counts,
            cut=cut,
            original_size=log.size if cut else None,
        )
    return _spooled(log.name, newest_part(log.files, keep), log.description, log.kind, redactor, spool)


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        folder, _, base = name.rpartition("/")
        candidate = f"{folder}/{number}-{base}"
        number += 1
    taken.add(candidate)
    return candidate


def _cameras_document(inputs: BundleInputs) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "cameras": [record_to_dict(c) for c in inputs.cameras],
        "scan_warnings": [{"probe": w.probe, "message": w.message, "hint": w.hint} for w in inputs.scan_warnings],
    }


def _redaction_text(options: RedactionOptions) -> str:
    optional = {"host name": options.hostname, "e-mail addresses": options.emails, "IP addresses": options.ip}
    optional["MAC addresses"] = options.mac
    removed = [name for name, on in optional.items() if on]
    kept = [name for name, on in optional.items() if not on]
    text = "user name, home folder and secrets removed"
    if removed:
        text += "; " + ", ".join(removed) + " removed"
    if kept:
        text += "; " + ", ".join(kept) + " left in at the user's request"
    return f"{text}. Kept for support: {KEPT_FOR_SUPPORT}."


def plan_bundle(inputs: BundleInputs) -> BundlePlan:
    """Everything that would go into the bundle, redacted and measured; writes nothing the user can see.

    Close the plan (or use it in a ``with`` block) when done with it."""
    options = RedactionOptions.from_settings(inputs.settings, enabled=inputs.redact)
    redactor = Redactor(options, inputs.identity, keep=camera_keep_values(inputs.cameras))
    spool = tempfile.TemporaryFile(prefix="pixrma-bundle-")  # noqa: SIM115 - owned by the plan, closed by it
    try:
        return _plan(inputs, options, redactor, spool)
    except BaseException:
        spool.close()
        raise


def _plan(inputs: BundleInputs, options: RedactionOptions, redactor: Redactor, spool: IO[bytes]) -> BundlePlan:
    budget = max(int(inputs.settings.bundle_budget_mb * MIB), RESERVE_BYTES * 2)
    taken: set[str] = {"manifest.json", "summary.txt"}
    planned: list[PlannedFile] = []
    excluded: list[Excluded] = []

    def generated(name: str, data: Any, source: str) -> None:
        result = redactor.redact(_json_bytes(data).decode("utf-8"))
        taken.add(name)
        planned.append(_in_memory(name, result.text.encode("utf-8"), source, FileKind.GENERATED, result.counts))

    generated("cameras.json", _cameras_document(inputs), "the camera scan: records and warnings")
    generated("findings.json", {"findings": [f.to_dict() for f in inputs.findings]}, "remote-fix checks")
    system_doc = inputs.system.to_dict() if inputs.system else {"collected": False}
    generated("system.json", system_doc, "system report")

    available = budget - RESERVE_BYTES - sum(f.size for f in planned)
    logs: list[_Log] = []
    for os_log in inputs.os_logs:
        if os_log.status is LogStatus.OK and os_log.text:
            name = _unique(f"logs/os/{os_log.name}.log", taken)
            size = len(os_log.text.encode("utf-8"))
            logs.append(
                _Log(name, f"{os_log.source} (USB / network / camera lines)", FileKind.OS_LOG, size, text=os_log.text)
            )
    for log in inputs.logs:
        size = sum(p.stat().st_size for p in log.files if p.is_file())
        if size:
            logs.append(_Log(_unique(log.name, taken), log.source, FileKind.APP_LOG, size, files=log.files))
    for path in inputs.added_files:
        shown = redactor.redact(str(path)).text
        if not path.is_file():
            excluded.append(Excluded(shown, "not found, or not a file"))
            continue
        name = _unique("added/" + redactor.redact(path.name).text, taken)
        size = path.stat().st_size
        if not _is_binary(path):
            logs.append(_Log(name, f"added by the user: {shown}", FileKind.ADDED, size, files=(path,)))
            continue
        if size > available:
            excluded.append(
                Excluded(
                    shown,
                    f"{human_size(size)} does not fit in what is left of the "
                    f"{human_size(budget)} budget; send it separately",
                )
            )
            continue
        try:
            planned.append(
                _spooled(name, newest_part((path,), size), f"added by the user: {shown}", FileKind.ADDED, None, spool)
            )
        except OSError as exc:
            excluded.append(Excluded(shown, f"could not be read ({exc.strerror or exc})"))
            continue
        available -= size

    cap = int(budget * MAX_LOG_SHARE)
    shares = _shares([log.size for log in logs], available, cap)
    unreadable: dict[int, str] = {}

    def plan_log(i: int) -> PlannedFile | None:
        try:
            return _plan_log(logs[i], shares[i], redactor, spool)
        except OSError as exc:
            unreadable[i] = f"could not be read ({exc.strerror or exc})"
            return None

    log_files = [plan_log(i) for i in range(len(logs))]
    for _ in range(4):  # redaction can make text a little longer; shrink the largest log until it all fits
        overflow = sum(f.size for f in log_files if f) - available
        if overflow <= 0 or not any(log_files):
            break
        biggest = max(range(len(log_files)), key=lambda i: f.size if (f := log_files[i]) else 0)
        shares[biggest] = max(0, shares[biggest] - overflow - 4096)
        log_files[biggest] = plan_log(biggest)
    for i, (wanted, planned_log) in enumerate(zip(logs, log_files, strict=True)):
        if planned_log is None:
            excluded.append(Excluded(wanted.description, unreadable.get(i, "could not be read")))
        elif planned_log.size == 0 and wanted.size:
            excluded.append(Excluded(wanted.description, "no room left in the budget"))
        else:
            planned.append(planned_log)

    summary = render_summary(
        created_at=inputs.created_at,
        app_version=__version__,
        redaction=_redaction_text(options),
        log_window=inputs.log_window,
        cameras=inputs.cameras,
        findings=inputs.findings,
        warnings=inputs.scan_warnings,
        system=inputs.system,
        os_logs=inputs.os_logs,
        files=[FileLine(f.path, f.size, _describe(f)) for f in sorted(planned, key=lambda f: f.path)],
        excluded=[(e.source, e.reason) for e in excluded],
    )
    result = redactor.redact(summary)
    planned.append(
        _in_memory("summary.txt", result.text.encode("utf-8"), "this page", FileKind.GENERATED, result.counts)
    )
    planned.sort(key=lambda f: f.path)
    # The manifest is not redacted as a whole (its counts would look like "secret": 2); each text in it that
    # comes from outside is redacted on its own.
    manifest = _manifest_document(inputs, options, budget, planned, excluded, redactor)
    planned.append(_in_memory("manifest.json", _json_bytes(manifest), "the list of files", FileKind.GENERATED, {}))
    planned.sort(key=lambda f: f.path)
    return BundlePlan(tuple(planned), tuple(excluded), budget, options.kinds(), inputs.created_at, spool)


def _describe(f: PlannedFile) -> str:
    text = f.source
    if f.cut:
        text += f"; CUT: newest {human_size(f.size)} of {human_size(f.original_size or 0)} kept"
    if not f.redacted:
        text += "; not redacted (binary)"
    return text


def _manifest_document(
    inputs: BundleInputs,
    options: RedactionOptions,
    budget: int,
    files: Sequence[PlannedFile],
    excluded: Sequence[Excluded],
    redactor: Redactor,
) -> dict[str, Any]:
    def clean(text: str) -> str:
        return redactor.redact(text).text

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": inputs.created_at.isoformat(timespec="seconds"),
        "app_version": __version__,
        "budget_bytes": budget,
        "log_window": clean(inputs.log_window),
        "redaction": {
            "kinds": list(options.kinds()),
            "always": ["secret", "home", "user"],
            "kept_for_support": KEPT_FOR_SUPPORT,
        },
        "files": [f.to_dict() | {"source": clean(f.source), "note": clean(f.note)} for f in files],
        "excluded": [{"source": clean(e.source), "reason": clean(e.reason)} for e in excluded],
        "os_logs": [
            {
                "name": log.name,
                "status": str(log.status),
                "source": clean(log.source),
                "message": clean(log.message),
                "notes": [clean(n) for n in log.notes],
                "lines_read": log.lines_read,
                "lines_kept": log.lines_kept,
                "truncated": log.truncated,
            }
            for log in inputs.os_logs
        ],
    }


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    utc = moment.astimezone(UTC) if moment.tzinfo else moment
    if utc.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)


def write_bundle(plan: BundlePlan, path: Path) -> BundleManifest:
    """Write exactly the planned files into a zip at ``path`` (private: 0600, and atomic: a temporary file
    renamed into place). Raises ``BundleError`` with what to do when it cannot."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BundleError(f"Cannot write into {folder} ({exc.strerror}); choose another folder with --out.") from exc
    tmp = Path(tmp_name)
    stamp = _zip_time(plan.created_at)
    try:
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for planned in plan.files:
                info = zipfile.ZipInfo(planned.path, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                info.external_attr = 0o100600 << 16
                info.file_size = planned.size
                digest, size = hashlib.sha256(), 0
                with archive.open(info, "w") as member:
                    for block in _planned_blocks(planned, plan.spool):
                        digest.update(block)
                        size += len(block)
                        member.write(block)
                if digest.hexdigest() != planned.sha256 or size != planned.size:
                    raise BundleError(f"{planned.path} does not match the preview; prepare the bundle again.")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    manifest = json.loads(next(f.content for f in plan.files if f.path == "manifest.json") or b"{}")
    return BundleManifest(path, plan.files, manifest, path.stat().st_size)
