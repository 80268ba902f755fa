"""Salvaging a damaged outbox: every row SQLite can still read is copied into a new database.

SQLite's own ``.recover`` lives in the sqlite3 command-line tool, which is not installed everywhere. Here the
damaged file is read with the ``sqlite3`` module one row at a time, by rowid, so a damaged page costs only the
rows stored on it: a lookup that runs into it raises and is skipped, the others go through intact pages. The
new file gets the damaged one's layout (tables, then indexes) and schema version, so the usual migrations
bring it up to date when it is opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import NamedTuple

from pixrma_desktop.rma.request import DraftFormatError, load_request

MAX_PROBES = 2_000_000
"""The most rowids tried per table when the table's end cannot be read."""


class Salvaged(NamedTuple):
    requests: int
    """Requests (drafts, queued and sent ones) copied into the new outbox."""
    rows: int
    """Rows of every table copied (requests and their history)."""


def _quote(identifier: str) -> str:
    """A table or column name read from the damaged file, quoted as an SQL identifier."""
    return '"' + identifier.replace('"', '""') + '"'


def _open_damaged(path: Path, scratch: Path) -> sqlite3.Connection:
    """The damaged file, opened so that nothing in it or its companions changes. With a write-ahead log
    beside it (the newest saves may be only there), a copy of both is opened in ``scratch`` so SQLite applies
    the log; without one, the file itself, read-only and immutable."""
    wal = path.with_name(path.name + "-wal")
    if not wal.is_file():
        return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None)
    copy = scratch / "damaged.sqlite3"
    shutil.copyfile(path, copy)
    shutil.copyfile(wal, scratch / "damaged.sqlite3-wal")
    return sqlite3.connect(copy, isolation_level=None)


def _last_rowid(conn: sqlite3.Connection, table: str) -> int:
    try:
        row = conn.execute(f"SELECT max(rowid) FROM {_quote(table)}").fetchone()
        if row and row[0] is not None:
            return int(row[0])
    except sqlite3.DatabaseError:
        pass
    try:  # the table's last page is damaged: try every rowid the file could hold
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0
    return min(MAX_PROBES, pages * 64)


def _readable_rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    quoted = ", ".join(map(_quote, columns))
    rows = []
    for rowid in range(1, _last_rowid(conn, table) + 1):
        try:
            row = conn.execute(f"SELECT {quoted} FROM {_quote(table)} WHERE rowid = ?", (rowid,)).fetchone()
        except (sqlite3.DatabaseError, ValueError):
            continue  # on a damaged page, or text SQLite cannot decode
        if row is not None:
            rows.append(tuple(row))
    return rows


def _sound_request(columns: list[str], row: tuple[object, ...]) -> bool:
    """A request row whose id and document can be used (garbage read from a damaged page is left out)."""
    values = dict(zip(columns, row, strict=True))
    if not isinstance(values.get("id"), str) or not isinstance(values.get("state"), str):
        return False
    document = values.get("document")
    if not isinstance(document, str):
        return False
    try:
        load_request(document)
    except DraftFormatError:
        return False
    return True


def salvage(damaged: Path, target: Path) -> Salvaged:
    """Copy what can be read from ``damaged`` into a new database at ``target`` (which must not exist).

    Returns what was copied; when nothing could be read no file is left at ``target``. Never raises for
    anything the damaged file holds."""
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=target.parent) as scratch:
        try:
            source = _open_damaged(damaged, Path(scratch))
        except sqlite3.Error:
            return Salvaged(0, 0)
        try:
            return _salvage_from(source, target)
        finally:
            source.close()


def _salvage_from(source: sqlite3.Connection, target: Path) -> Salvaged:
    try:
        schema = source.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
    except (sqlite3.DatabaseError, ValueError):
        return Salvaged(0, 0)
    tables = [(name, sql) for kind, name, sql in schema if kind == "table" and not name.startswith("sqlite_")]
    indexes = [sql for kind, _, sql in schema if kind == "index"]
    if not tables:
        return Salvaged(0, 0)
    return _copy(source, target, tables, indexes, version)


def _copy(
    source: sqlite3.Connection, target: Path, tables: list[tuple[str, str]], indexes: list[str], version: int
) -> Salvaged:
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    dest = sqlite3.connect(target, isolation_level=None)
    requests = total = 0
    try:
        dest.execute("BEGIN")
        for name, sql in tables:
            dest.execute(sql)
            try:
                columns = [str(info[1]) for info in source.execute(f"PRAGMA table_info({_quote(name)})")]
            except sqlite3.DatabaseError:
                continue
            rows = _readable_rows(source, name, columns)
            if name == "requests":
                rows = [row for row in rows if _sound_request(columns, row)]
                requests = len(rows)
            placeholders = ", ".join("?" * len(columns))
            quoted = ", ".join(map(_quote, columns))
            for row in rows:
                try:
                    dest.execute(f"INSERT INTO {_quote(name)} ({quoted}) VALUES ({placeholders})", row)
                except sqlite3.IntegrityError:
                    continue  # a duplicate or a broken constraint read from a damaged page
                total += 1
        for sql in indexes:
            with contextlib.suppress(sqlite3.IntegrityError):
                dest.execute(sql)
        dest.execute(f"PRAGMA user_version = {version}")
        dest.execute("COMMIT")
    except BaseException:
        dest.close()
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    dest.close()
    if total == 0:
        target.unlink()
    return Salvaged(requests, total)
