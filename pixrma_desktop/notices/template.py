"""The translation marker and the shape of a template, shared by the English catalogs."""

from __future__ import annotations

from typing import NamedTuple

CONTEXT = "Notices"
"""The translation context of every template."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for Qt's lupdate (``installer/translations.py`` reads the catalogs); returns it unchanged."""
    return text


class Template(NamedTuple):
    text: str
    """A warning's message, or a finding's title."""
    hint: str | None = None
    """What to do: a warning's hint, or a finding's advice."""
