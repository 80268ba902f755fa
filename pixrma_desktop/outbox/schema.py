"""The outbox database's layout and its migrations (``PRAGMA user_version``), with a backup before each."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pixrma_desktop.outbox.errors import CorruptStoreError, NewerSchemaError, StoreError
from pixrma_desktop.rma.request import DraftFormatError, load_request

SCHEMA_VERSION = 3

_SCHEMA_V1 = """
CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    document TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    ticket TEXT
);
"""
"""The first layout, kept to build test fixtures and to document what migration 1 → 2 starts from."""

_MIGRATE_1_TO_2 = """
ALTER TABLE requests RENAME COLUMN ticket TO support_ticket_number;
ALTER TABLE requests ADD COLUMN support_ticket_url TEXT;
ALTER TABLE requests ADD COLUMN rma_number TEXT;
ALTER TABLE requests ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE requests ADD COLUMN queued_at REAL;
ALTER TABLE requests ADD COLUMN submitted_at REAL;
ALTER TABLE requests ADD COLUMN case_step TEXT;
ALTER TABLE requests ADD COLUMN server_status TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN attention_message TEXT;
ALTER TABLE requests ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN next_attempt_at REAL NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN last_error TEXT;
ALTER TABLE requests ADD COLUMN maybe_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN lease_owner TEXT;
ALTER TABLE requests ADD COLUMN lease_expires_at REAL;
UPDATE requests SET state = 'submitted', submitted_at = updated_at WHERE state = 'sent';
UPDATE requests SET maybe_sent = 1, state = 'queued' WHERE state = 'sending';
CREATE INDEX requests_by_state ON requests(state, next_attempt_at);
CREATE TABLE request_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT NOT NULL,
    at REAL NOT NULL,
    event TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_events_by_request ON request_events(request_id, seq);
"""


_MIGRATE_2_TO_3 = """
CREATE TABLE replies (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    ticket TEXT NOT NULL,
    text TEXT NOT NULL,
    files TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    sent_at REAL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    last_error TEXT,
    attention_message TEXT,
    maybe_sent INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_expires_at REAL
);
CREATE INDEX replies_by_state ON replies(state, next_attempt_at);
CREATE INDEX replies_by_request ON replies(request_id, created_at);
CREATE TABLE threads (
    request_id TEXT PRIMARY KEY,
    conversation TEXT NOT NULL,
    refreshed_at REAL,
    seen_transaction INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 0
);
"""
"""Replies to support, queued like requests (``id`` is the reply id in the mail's footer), and each request's
conversation kept for reading offline (``conversation`` is its JSON; ``seen_transaction`` the newest
transaction the user has looked at; ``unread`` how many items from support came after it)."""


def _fill_titles(conn: sqlite3.Connection) -> None:
    from pixrma_desktop.rma.render import subject

    rows = conn.execute("SELECT id, document FROM requests").fetchall()
    for request_id, document in rows:
        try:
            title = subject(load_request(document))
        except DraftFormatError:
            title = "(unreadable draft)"
        conn.execute("UPDATE requests SET title = ? WHERE id = ?", (title, request_id))


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    _executescript_in_txn(conn, _MIGRATE_1_TO_2)
    _fill_titles(conn)


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    _executescript_in_txn(conn, _MIGRATE_2_TO_3)


_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2, 2: _migrate_2_to_3}
"""Step N upgrades a database from user_version N to N + 1, inside the caller's transaction."""


def _executescript_in_txn(conn: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def create_schema_v1(path: Path) -> None:
    """Write an empty database in the first layout (for migration fixtures and tests)."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(_SCHEMA_V1)
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    finally:
        conn.close()


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = _user_version(conn)
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer pixrma (outbox schema {version}). Update pixrma, or use "
            "--data-dir to work with a separate outbox."
        )
    has_tables = conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
    if version == 0 and not has_tables:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _user_version(conn) == 0:
                _executescript_in_txn(conn, _SCHEMA_V1)
                for step in range(1, SCHEMA_VERSION):
                    _MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return
    if version == 0:
        raise CorruptStoreError(f"{path} is not a pixrma outbox (it has tables but no schema version).")
    backup_before_migration(conn, path, version)
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = _user_version(conn)  # another process may have migrated meanwhile
        while current < SCHEMA_VERSION:
            _MIGRATIONS[current](conn)
            current += 1
            conn.execute(f"PRAGMA user_version = {current}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database (consistently, via SQLite's backup API) before changing its layout."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-backup-{stamp}")
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def move_aside(path: Path, clock: Callable[[], float]) -> Path:
    stamp = datetime.fromtimestamp(clock(), UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    try:
        os.replace(path, aside)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise StoreError(
            f"The outbox database {path} is damaged and could not be moved aside ({exc.strerror}). Move it away "
            "yourself, or start pixrma with --data-dir pointing to another folder."
        ) from exc
    return aside
