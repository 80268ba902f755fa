"""Opening the outbox's SQLite file: private permissions, WAL, ``synchronous=FULL``, an integrity check and
the migrations; a damaged file is moved aside, what can still be read is salvaged into a new one, and the user
gets a notice with the count."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from pixrma_desktop.outbox.errors import CorruptStoreError, translate
from pixrma_desktop.outbox.salvage import Salvaged, salvage
from pixrma_desktop.outbox.schema import migrate, move_aside


def open_connection(
    path: Path, clock: Callable[[], float], busy_timeout_s: float
) -> tuple[sqlite3.Connection, str | None]:
    """A connection to the outbox at ``path`` (created, migrated or, if damaged, replaced), and the notice
    to show the user when something happened they should hear about (a damaged file moved aside)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    notice = None
    try:
        conn = _connect(path, busy_timeout_s)
    except CorruptStoreError:
        aside = move_aside(path, clock)
        salvaged = _salvage(aside, path)
        conn = _connect(path, busy_timeout_s)
        notice = _salvage_notice(aside, salvaged)
    return conn, notice


def _salvage(aside: Path, path: Path) -> Salvaged:
    try:
        return salvage(aside, path)
    except (sqlite3.Error, OSError):  # e.g. the disk filled up while copying: start empty, the file is kept
        with contextlib.suppress(OSError):
            path.unlink()
        return Salvaged(0, 0)


def _salvage_notice(aside: Path, salvaged: Salvaged) -> str:
    if salvaged.requests == 0:
        return (
            f"The outbox database was damaged and has been moved aside to {aside}. No request in it could be "
            "read; a new, empty outbox was started. Keep the damaged file if you want support to try to "
            "recover it."
        )
    noun = "request" if salvaged.requests == 1 else "requests"
    return (
        f"The outbox database was damaged and has been moved aside to {aside}. {salvaged.requests} {noun} "
        "that could still be read were copied into a new outbox; check that nothing is missing. Anything "
        "else in the damaged file could not be read: keep it if you want support to try to recover more."
    )


def _connect(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    except OSError as exc:
        raise translate(_as_sqlite_error(exc), path) from exc
    conn = None
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        check = conn.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise CorruptStoreError(f"The outbox database {path} is damaged ({check and check[0]}).")
        migrate(conn, path)
        return conn
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise translate(exc, path) from exc
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def _as_sqlite_error(exc: OSError) -> sqlite3.Error:
    error = sqlite3.OperationalError(str(exc))
    names = {errno.EROFS: "SQLITE_READONLY", errno.ENOSPC: "SQLITE_FULL", errno.EDQUOT: "SQLITE_FULL"}
    error.sqlite_errorname = names.get(exc.errno or 0, "SQLITE_CANTOPEN")
    return error
