"""Opening the outbox's SQLite file: private permissions, WAL, ``synchronous=FULL``, an integrity check and
the migrations; a damaged file is moved aside and a new one started, with a notice for the user."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from pixrma_desktop.outbox.errors import CorruptStoreError, translate
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
        notice = (
            f"The outbox database was damaged and has been moved aside to {aside}. Drafts in it could not be "
            "read; a new, empty outbox was started. Keep the damaged file if you want support to try to "
            "recover it."
        )
        conn = _connect(path, busy_timeout_s)
    return conn, notice


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
    error.sqlite_errorname = "SQLITE_READONLY" if exc.errno == 30 else "SQLITE_CANTOPEN"
    return error
