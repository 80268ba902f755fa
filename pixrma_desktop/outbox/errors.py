"""What can go wrong in the outbox, split into what the user can act on and what is a bug.

Every ``str()`` is a sentence for the user. ``UserActionableError`` subclasses (disk full, busy, read-only,
no access, damaged) say what to do; ``StoreBug`` means the program is wrong and should be reported. Request
level errors (no such request, not editable, incomplete) are separate from database errors.
"""

from __future__ import annotations

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


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """The ``StoreError`` for a ``sqlite3`` error, by SQLite's own error name."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        return DiskFullError(
            f"The disk holding {path} is full. Free some space, then try again; nothing saved so far is lost."
        )
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
