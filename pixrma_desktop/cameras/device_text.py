"""Text that a device sends (ABRM strings, USB string descriptors, GenTL feature values), made printable.

Whatever bytes a camera holds, the result is text a person can read: bad bytes are replaced, control
characters dropped, whitespace collapsed, and each problem is noted in words.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple


class DecodedString(NamedTuple):
    text: str | None
    """Printable text, stripped; None when nothing printable is left."""
    problems: tuple[str, ...] = ()
    """What was wrong with the raw bytes, in words (e.g. "not NUL-terminated")."""


def clean_text(text: str) -> tuple[str, bool]:
    """Drop control and other non-printable characters (keeping spaces); True when any were dropped."""
    kept = "".join(" " if ch in "\t\n\r" else ch for ch in text if ch in "\t\n\r" or _printable(ch))
    return " ".join(kept.split()), len(kept) != len(text)


def _printable(ch: str) -> bool:
    return unicodedata.category(ch)[0] != "C" or ch == " "


def decode_text(body: bytes, encoding: str, name: str, problems: list[str]) -> DecodedString:
    """Decode a device string (bad bytes replaced, control characters dropped), noting each problem in words."""
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        text = body.decode(encoding, errors="replace")
        problems.append(f"not valid {name}")
    text, dropped = clean_text(text)
    if dropped:
        problems.append("control characters removed")
    return DecodedString(text or None, tuple(problems))
