"""The outbox database under ``OutboxStore``: one connection guarded by a lock, transactions with SQLite
errors translated, the request history, and every query that only reads (ids, requests, events, counts)."""

from __future__ import annotations

import builtins
import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Self

from pixrma_desktop.outbox.connection import open_connection
from pixrma_desktop.outbox.errors import AmbiguousIdError, RequestNotFoundError, translate
from pixrma_desktop.outbox.records import COLUMNS, StoredRequest, stored_request
from pixrma_desktop.outbox.state import RequestState


class OutboxDatabase:
    """The connection, its transactions and the reading queries; ``OutboxStore`` adds every change."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Callable[[], float], notice: str | None) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.clock = clock
        self.notice = notice
        """Set when something happened on open the user should hear about (a damaged file moved aside)."""

    # -- opening -----------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, clock: Callable[[], float] = time.time, busy_timeout_s: float = 10.0) -> Self:
        """Open (creating, migrating or, if damaged, replacing) the outbox database at ``path``."""
        conn, notice = open_connection(path, clock, busy_timeout_s)
        return cls(conn, path, clock, notice)

    def close(self) -> None:
        """Close the database; the final checkpoint makes every save durable, including fast autosaves."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self, *, needed: int | None = None) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on any error), with SQLite errors translated;
        ``needed``: the bytes the transaction writes at least, for the message when the disk is full."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate(exc, self.path, needed) from exc
            try:
                yield self._conn
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise translate(exc, self.path, needed) from exc
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise translate(exc, self.path, needed) from exc

    def _read(self, sql: str, params: Iterable[Any] = ()) -> builtins.list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from exc

    @staticmethod
    def _event(conn: sqlite3.Connection, request_id: str, at: float, event: str, detail: str = "") -> None:
        conn.execute(
            "INSERT INTO request_events (request_id, at, event, detail) VALUES (?, ?, ?, ?)",
            (request_id, at, event, detail),
        )

    # -- reading -----------------------------------------------------------------------------------------

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id for an id or a unique prefix of one (as ``pixrma draft list`` shows them)."""
        prefix = id_or_prefix.strip().lower()
        if not prefix or any(ch not in "0123456789abcdef-" for ch in prefix):
            raise RequestNotFoundError(f"“{id_or_prefix}” is not a request id; `pixrma draft list` shows them.")
        rows = self._read("SELECT id FROM requests WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "\uffff"))
        if not rows:
            raise RequestNotFoundError(f"No request with id {id_or_prefix}; `pixrma draft list` shows them.")
        if len(rows) > 1:
            raise AmbiguousIdError(f"More than one request starts with {id_or_prefix}; give more characters.")
        return str(rows[0][0])

    def get(self, id_or_prefix: str) -> StoredRequest:
        request_id = self.resolve_id(id_or_prefix)
        rows = self._read(f"SELECT {COLUMNS} FROM requests WHERE id = ?", (request_id,))
        if not rows:
            raise RequestNotFoundError(f"No request with id {id_or_prefix}.")
        return stored_request(rows[0])

    def events(self, request_id: str) -> builtins.list[tuple[float, str, str]]:
        """The request's history: (time, event, detail), oldest first."""
        rows = self._read(
            "SELECT at, event, detail FROM request_events WHERE request_id = ? ORDER BY seq", (request_id,)
        )
        return [(float(a), str(e), str(d)) for a, e, d in rows]

    def counts(self) -> dict[RequestState, int]:
        rows = self._read("SELECT state, COUNT(*) FROM requests GROUP BY state")
        return {RequestState(s): int(n) for s, n in rows}

    # -- listing (kept last: its name shadows the builtin inside the class body) --------------------------

    def list(self, states: Iterable[RequestState] | None = None) -> builtins.list[StoredRequest]:
        """Requests, newest change first, optionally only those in ``states``."""
        sql = f"SELECT {COLUMNS} FROM requests"
        params: builtins.list[str] = []
        if states is not None:
            params = [str(s) for s in states]
            sql += f" WHERE state IN ({', '.join('?' * len(params))})"
        return [stored_request(r) for r in self._read(sql + " ORDER BY updated_at DESC, id", params)]
