"""The app's own log: JSON lines in the user's log folder, rotated, with secrets scrubbed before writing.

One line per event: ``{"ts": …, "level": …, "logger": …, "msg": …}`` plus ``exc`` (the traceback) and any
``extra=`` fields. Probe warnings, send attempts and their outcomes go through the standard ``logging``
module (``logging.getLogger("pixrma.<area>")``); ``log_event`` is a short form for a named event with fields.

The secrets filter sits on the handler, so it sees every record that reaches the file, from any logger,
including ``warnings`` captured by ``logging.captureWarnings``. It scrubs the formatted message (arguments
included), the exception and stack text, and every ``extra`` field.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from pixrma_desktop.diagnostics.secrets import scrub
from pixrma_desktop.paths import AppPaths

LOG_NAME = "pixrma.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
EVENT_LOGGER = "pixrma.events"

_STANDARD_ATTRS = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys() | {"message", "asctime", "taskName"}
)


def _plain(value: Any) -> Any:
    """A JSON-able form of an ``extra`` value, with secrets scrubbed from every string in it."""
    if isinstance(value, str):
        return scrub(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dict):
        return {scrub(str(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return scrub(repr(value))


class SecretsFilter(logging.Filter):
    """Rewrites each record so no secret is left in it; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        record.exc_info = None  # the scrubbed text above replaces it; nothing formats the raw exception again
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        for key in list(vars(record)):
            if key not in _STANDARD_ATTRS:
                setattr(record, key, _plain(getattr(record, key)))
        return True


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per line; timestamps in UTC, ISO 8601 with milliseconds."""

    converter = staticmethod(time.gmtime)
    default_time_format = "%Y-%m-%dT%H:%M:%S"
    default_msec_format = "%s.%03dZ"

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exc"] = record.exc_text
        if record.stack_info:
            line["stack"] = record.stack_info
        extra = {k: v for k, v in vars(record).items() if k not in _STANDARD_ATTRS}
        if extra:
            line["extra"] = {k: _plain(v) for k, v in sorted(extra.items())}
        return json.dumps(line, ensure_ascii=False, default=repr)


class PrivateRotatingFileHandler(logging.FileHandler):
    """A rotating log whose files are created readable by the user only (0600 on POSIX).

    Nothing is created until the first record is written (a command that logs nothing leaves no log folder
    behind). If the log cannot be written, one warning goes to stderr and the app goes on without its log.
    Rotation is done here rather than with ``logging.handlers``, whose import (sockets, pickle, queues) every
    start of the command line would pay for.
    """

    def __init__(self, filename: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__(filename, mode="a", encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self.failed = False
        self._last: tuple[str, int, str, str | None] | None = None
        self._repeats = 0
        self._repeated: logging.LogRecord | None = None

    def handle(self, record: logging.LogRecord) -> bool:
        """Repeats of the line just written are counted, not written: a retry that fails every minute leaves
        one line, then one line "repeated N more times" when something else is logged (or the log closes)."""
        if not self.filter(record):
            return False
        key = (record.name, record.levelno, record.getMessage(), record.exc_text)
        with self.lock:  # type: ignore[union-attr]
            if key == self._last:
                self._repeats += 1
                self._repeated = record
                return True
            self._write_repeats()
            self._last = key
            self.emit(record)
        return True

    def _write_repeats(self) -> None:
        if self._repeats and self._repeated is not None:
            last = self._repeated
            summary = logging.LogRecord(
                last.name,
                last.levelno,
                last.pathname,
                last.lineno,
                "the previous message was repeated %d more time(s), the last at %s",
                None,
                None,
            )
            summary.msg = summary.msg % (self._repeats, self.formatter.formatTime(last) if self.formatter else "")
            summary.repeated = self._repeats
            self.emit(summary)
        self._repeats, self._repeated = 0, None

    def close(self) -> None:
        with contextlib.suppress(Exception), self.lock:  # type: ignore[union-attr]
            self._write_repeats()
        super().close()

    def _open(self) -> io.TextIOWrapper:
        def opener(path: str, flags: int) -> int:
            return os.open(path, flags, 0o600)

        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return cast(
            io.TextIOWrapper,
            open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=opener),
        )

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        try:
            if self.max_bytes > 0 and self._full(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        used = self.stream.tell()
        return used > 0 and used + len(self.format(record).encode("utf-8")) + 1 > self.max_bytes

    def _rotate(self) -> None:
        """``pixrma.log`` becomes ``pixrma.log.1``, ``.1`` becomes ``.2`` …; the oldest beyond the count goes."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        if self.backup_count > 0:
            for n in range(self.backup_count - 1, 0, -1):
                if os.path.exists(f"{base}.{n}"):
                    os.replace(f"{base}.{n}", f"{base}.{n + 1}")
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not self.failed:
            self.failed = True
            print(
                f"warning: cannot write the app log {self.baseFilename} ({error}); going on without it.",
                file=sys.stderr,
            )


@dataclass
class AppLog:
    """The installed log handler; ``close()`` removes it again (tests, or a second ``setup_logging``)."""

    path: Path
    handler: logging.Handler
    captured_warnings: bool

    def close(self) -> None:
        root = logging.getLogger()
        root.removeHandler(self.handler)
        self.handler.close()
        if self.captured_warnings:
            logging.captureWarnings(False)


_current: AppLog | None = None


def log_files(log_dir: Path) -> list[Path]:
    """The app's log files, oldest first (``pixrma.log.5`` … ``pixrma.log.1``, ``pixrma.log``)."""
    rotated = []
    for path in log_dir.glob(f"{LOG_NAME}.*"):
        suffix = path.name.removeprefix(f"{LOG_NAME}.")
        if suffix.isdigit():
            rotated.append((int(suffix), path))
    current = log_dir / LOG_NAME
    ordered = [p for _, p in sorted(rotated, reverse=True)]
    return [*ordered, current] if current.is_file() else ordered


def setup_logging(
    paths: AppPaths,
    *,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
    capture_warnings: bool = True,
) -> AppLog:
    """Send every log record (root logger, ``level`` and up) to the app's log file, scrubbed of secrets.

    Calling it again replaces the earlier handler, so the log follows a changed ``--data-dir``.
    """
    global _current
    stop_logging()
    path = paths.log_dir / LOG_NAME
    handler = PrivateRotatingFileHandler(path, max_bytes=max_bytes, backup_count=backup_count)
    handler.addFilter(SecretsFilter())
    handler.setFormatter(JsonLinesFormatter())
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    if capture_warnings:
        logging.captureWarnings(True)
    _current = AppLog(path, handler, capture_warnings)
    return _current


def stop_logging() -> None:
    """Remove the handler ``setup_logging`` installed, if any (tests; the end of an embedded run)."""
    global _current
    if _current is not None:
        _current.close()
        _current = None


def log_event(event: str, *, level: int = logging.INFO, **fields: Any) -> None:
    """Log a named event with fields, e.g. ``log_event("send", draft=id, outcome="accepted", ticket=123)``."""
    logging.getLogger(EVENT_LOGGER).log(level, event, extra={"event": event, "fields": fields})
