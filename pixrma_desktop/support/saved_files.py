"""Files from support saved where the user chose, under a name that cannot escape that folder or hide.

A file name in a mail is chosen by whoever sent it: ``../../.bashrc``, ``CON``, ``invoice.pdf\u202e.exe`` or
an empty string are all possible. ``clean_file_name`` turns any of them into a plain name; ``save_file``
writes only inside the chosen folder, never replaces an existing file (it picks ``name (2).ext``) and never
opens what it wrote.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

MAX_NAME = 120
"""Characters kept of a name (well below every file system's limit, with room for `` (99)``)."""

RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in "123456789"}
    | {f"LPT{n}" for n in "123456789"}
)
"""Names Windows gives to devices, with or without an extension."""

_UNSAFE = re.compile(r'[<>:"/\\|?*]')
FALLBACK = "attachment"


class SaveError(Exception):
    """The file could not be saved; ``str()`` says why and what to do."""


def clean_file_name(name: str, fallback: str = FALLBACK) -> str:
    """A safe file name for ``name``: only its last path part, no control or format characters, no leading
    dots, no Windows device names, no trailing dots or spaces, at most ``MAX_NAME`` characters, never empty."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")  # controls, bidi overrides, …
    name = _UNSAFE.sub("_", name)
    name = " ".join(name.split())
    name = name.lstrip(". ").rstrip(". ")
    stem, dot, extension = name.partition(".")
    if stem.upper() in RESERVED:
        name = f"{stem}_{dot}{extension}"
    if len(name) > MAX_NAME:
        root, ext = os.path.splitext(name)
        ext = ext if len(ext) <= 16 else ""
        name = root[: MAX_NAME - len(ext)].rstrip(". ") + ext
    return name or fallback


def save_file(folder: Path, name: str, content: bytes) -> Path:
    """Write ``content`` to a new file in ``folder`` under the cleaned ``name`` and return its path.

    An existing file is never replaced: the next free ``name (2).ext`` is used. Nothing is opened or run."""
    try:
        base = folder.resolve(strict=True)
    except OSError:
        raise SaveError(f"The folder {folder} does not exist; choose another one.") from None
    if not base.is_dir():
        raise SaveError(f"{folder} is not a folder; choose a folder to save into.")
    clean = clean_file_name(name)
    root, ext = os.path.splitext(clean)
    for n in range(1, 1000):
        candidate = base / (clean if n == 1 else f"{root} ({n}){ext}")
        if candidate.parent != base:  # cannot happen with a cleaned name; checked all the same
            raise SaveError(f"The file name {name!r} is not usable.")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise SaveError(f"Cannot write into {base} ({exc.strerror or exc}); choose another folder.") from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
        except OSError as exc:
            candidate.unlink(missing_ok=True)
            raise SaveError(f"Saving {candidate.name} failed ({exc.strerror or exc}); free some space.") from None
        return candidate
    raise SaveError(f"{base} already has too many files named like {clean}; choose another folder.")
