"""Fitting the bundle's logs into what is left of its size budget, each keeping its newest part.

The logs share what is left after the generated files and the user's binary files: small logs keep
everything, the rest split the remainder evenly, and none takes more than ``MAX_LOG_SHARE`` of the budget.
A log larger than its share keeps its newest lines and says it was cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pixrma_desktop.diagnostics.bundle_plan import Excluded, FileKind, PlannedFile
from pixrma_desktop.diagnostics.bundle_spool import in_memory_file, spooled_file
from pixrma_desktop.diagnostics.log_tail import newest_part
from pixrma_desktop.diagnostics.redact import Redactor

MAX_LOG_SHARE = 0.5
"""No single log takes more than this part of the budget, so one runaway log cannot crowd out the rest."""


@dataclass
class LogCandidate:
    """A log competing for the budget: on disk (``files``) or already in memory (``text``)."""

    name: str
    description: str
    kind: FileKind
    size: int
    files: tuple[Path, ...] = ()
    text: str | None = None
    redact: bool = True


def _newest_text(text: str, keep: int) -> tuple[str, bool]:
    data = text.encode("utf-8")
    if len(data) <= keep:
        return text, False
    tail = data[len(data) - keep :]
    newline = tail.find(b"\n")
    tail = tail[newline + 1 :] if newline >= 0 else b""
    return tail.decode("utf-8", "replace"), True


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


def _plan_log(log: LogCandidate, keep: int, redactor: Redactor, spool: IO[bytes]) -> PlannedFile:
    if log.text is not None:
        text, cut = _newest_text(log.text, keep)
        result = redactor.redact(text)
        return in_memory_file(
            log.name,
            result.text.encode("utf-8"),
            log.description,
            log.kind,
            result.counts,
            cut=cut,
            original_size=log.size if cut else None,
        )
    return spooled_file(log.name, newest_part(log.files, keep), log.description, log.kind, redactor, spool)


def fit_logs(
    logs: Sequence[LogCandidate], available: int, budget: int, redactor: Redactor, spool: IO[bytes]
) -> tuple[list[PlannedFile], list[Excluded]]:
    """Each log's newest part within ``available`` bytes, redacted; and the logs left out, with the reason."""
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
    planned: list[PlannedFile] = []
    excluded: list[Excluded] = []
    for i, (wanted, planned_log) in enumerate(zip(logs, log_files, strict=True)):
        if planned_log is None:
            excluded.append(Excluded(wanted.description, unreadable.get(i, "could not be read")))
        elif planned_log.size == 0 and wanted.size:
            excluded.append(Excluded(wanted.description, "no room left in the budget"))
        else:
            planned.append(planned_log)
    return planned, excluded
