"""What can go wrong in the outbox, split into what the user can act on and what is a bug.

Every ``str()`` is a sentence for the user. ``UserActionableError`` subclasses (disk full, busy, read-only,
no access, damaged) say what to do; ``StoreBug`` means the program is wrong and should be reported. Request
level errors (no such request, not editable, incomplete) are separate from database errors.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from pixrma_desktop.rma.request import Problem


class StoreError(Exception):
    """Base of every outbox error."""


class UserActionableError(StoreError):
    """The database cannot be used right now for a reason the user can fix."""


class DiskFullError(UserActionableError):
    pass


class StoreBusyError(UserActionableError):
    """Another pixrma process holds the database longer than we wait."""


class ReadOnlyStoreError(UserActionableError):
    pass


class StoreAccessError(UserActionableError):
    """The file or its folder cannot be opened (permissions, missing folder, I/O error)."""


class CorruptStoreError(UserActionableError):
    """The database file is damaged; on open it is moved aside and a new one started."""


class NewerSchemaError(UserActionableError):
    """The database was written by a newer pixrma; this one must not touch it."""


class StoreBug(StoreError):
    """A programming error (bad SQL, broken invariant): report it, with the message."""


class RequestNotFoundError(StoreError):
    pass


class AmbiguousIdError(StoreError):
    pass


class NotEditableError(StoreError):
    """The request is not in a state that allows this change (e.g. editing a request already sent)."""


class EditConflictError(StoreError):
    """The draft was saved by someone else since this editor loaded it; ``revision`` is the stored one."""

    def __init__(self, message: str, revision: int) -> None:
        super().__init__(message)
        self.revision = revision


class RequestIncompleteError(StoreError):
    """The request cannot be queued yet; ``problems`` lists every field that needs the user."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems


class DealerRequestError(StoreError):
    """A dealer customer's request is never sent to the vendor (make a dealer package instead)."""


class LeaseLostError(StoreError):
    """The sending lease expired and another sender took the request over."""


NEARLY_FULL_BYTES = 1 << 20
"""Less free space than this turns SQLite's I/O errors into "the disk is full": SQLite reports a full disk
as SQLITE_FULL only for some writes; growing the WAL index or opening the journal says SQLITE_IOERR_*."""


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1 << 20:
        return f"{count / 1024:.0f} KiB"
    return f"{count / (1 << 20):.1f} MiB"


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_full_error(path: Path, needed: int | None = None) -> DiskFullError:
    """The disk holding ``path`` is full: which folder, what is free and, when known, how much was needed."""
    free = _free_bytes(path.parent)
    facts = [
        f"{_size(free)} free" if free is not None else "",
        f"saving needed at least {_size(needed)}" if needed else "",
    ]
    said = "; ".join(f for f in facts if f)
    return DiskFullError(
        f"The disk is full: the folder {path.parent} has no room left to save{f' ({said})' if said else ''}. Free "
        "some space on that disk (or start pixrma with --data-dir on another disk), then try again; nothing "
        "saved so far is lost."
    )


def translate(exc: sqlite3.Error, path: Path, needed: int | None = None) -> StoreError:
    """The ``StoreError`` for a ``sqlite3`` error, by SQLite's own error name (``needed``: the bytes the
    failed write needed at least, when known)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        return disk_full_error(path, needed)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        free = _free_bytes(path.parent)
        if free is not None and free < NEARLY_FULL_BYTES:
            return disk_full_error(path, needed)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreBusyError(
            "The outbox is busy in another pixrma window or command. Try again in a moment, or close the other one."
        )
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyStoreError(
            f"{path} cannot be written (read-only file or disk). Make it writable, or start pixrma with "
            "--data-dir pointing to a writable folder."
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return CorruptStoreError(f"The outbox database {path} is damaged ({exc}).")
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH", "SQLITE_IOERR")):
        return StoreAccessError(
            f"Cannot read or write {path} ({exc}). Check that the folder exists, belongs to you and the disk works."
        )
    return StoreBug(f"Internal error in the outbox ({type(exc).__name__}: {exc}). Please report this.")
