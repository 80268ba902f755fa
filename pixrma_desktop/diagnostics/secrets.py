"""Scrubbing secrets out of text: passwords, tokens, Authorization headers and credentials in URLs.

Used twice: by the app log's filter, so a secret never reaches the log file, and by the support bundle's
redaction, so a secret that reached some other log (or a file the user adds) never leaves the machine. Both
uses are unconditional; nothing turns this off.

A secret is replaced by ``<secret>``; the name around it (``password=``, ``Authorization: token``) stays, so
a reader still sees that a value was there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

MARK = "<secret>"

_VALUE = r"""(?:"[^"\n]*"|'[^'\n]*'|["']?[^\s"',;&)\]}]+)"""


@dataclass(frozen=True)
class _Rule:
    """A case-insensitive pattern (group 1: the part to keep), run only when its trigger word is present.

    Case-insensitive regular expressions are slow in Python; for ASCII text we match a lower-case copy with a
    lower-case pattern instead, and replace the same spans in the original.
    """

    triggers: tuple[str, ...]
    pattern: str

    @cached_property
    def lower(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    @cached_property
    def any_case(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)


_RULES: tuple[_Rule, ...] = (
    # Authorization / Proxy-Authorization headers, whatever the scheme ("Basic x", "Bearer x", "token x").
    _Rule(
        ("authorization",),
        r"(\b(?:proxy-)?authorization\b[\"']?\s*[:=]\s*[\"']?(?:(?:basic|bearer|token|digest)\s+)?)" + _VALUE,
    ),
    # Bearer and RT "token <secret>" forms outside a header.
    _Rule(("bearer",), r"(\bbearer\s+)[a-z0-9._~+/=-]{8,}"),
    _Rule(("token",), r"(\btoken\s+)(?=[^\s\"',;]*\d)[^\s\"',;]{8,}"),
    # key = value, key: value, "key": "value" for the usual secret names.
    _Rule(
        ("pass", "pwd", "secret", "key", "token", "session"),
        r"((?:pass(?:word|wd|phrase)|pwd|secret|(?:api|access)[_-]?key|(?:auth|access|refresh)[_-]?token"
        r"|session[_-]?id|token)[\"']?\s*[:=]\s*)" + _VALUE,
    ),
    # Credentials in URLs: scheme://user:password@host
    _Rule(("://",), r"(\b[a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@"),
)

_RT_TOKEN = re.compile(r"-\d+-[0-9a-fA-F]{16,}")
"""Request Tracker auth tokens look like ``1-<user id>-<32 hex digits>``, wherever they appear (the leading
number is checked by hand: a pattern that starts with a literal is found much faster)."""


def _replacement(whole: str, prefix: str) -> str:
    value = whole[len(prefix) :]
    if value.strip("\"'") == MARK:
        return whole
    if prefix.endswith("://"):
        return f"{prefix}{MARK}@"
    quote = value[0] if value[:1] in ("'", '"') else ""
    return f"{prefix}{quote}{MARK}{quote}"


def _apply(rule: _Rule, text: str) -> tuple[str, int]:
    count = 0
    if text.isascii():
        out: list[str] = []
        last = 0
        for match in rule.lower.finditer(text.lower()):
            start, end = match.span()
            whole = text[start:end]
            new = _replacement(whole, whole[: match.end(1) - start])
            if new != whole:
                count += 1
                out.append(text[last:start])
                out.append(new)
                last = end
        out.append(text[last:])
        return "".join(out), count

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        new = _replacement(match.group(0), match.group(1))
        count += new != match.group(0)
        return new

    return rule.any_case.sub(replace, text), count


def _rt_tokens(text: str) -> tuple[str, int]:
    out: list[str] = []
    last = count = 0
    for match in _RT_TOKEN.finditer(text):
        start, end = match.span()
        head = start
        while head > last and text[head - 1].isdigit():
            head -= 1
        before = text[head - 1] if head > 0 else " "
        after = text[end] if end < len(text) else " "
        if head == start or before.isalnum() or before == "_" or after.isalnum() or after == "_":
            continue
        out.append(text[last:head])
        out.append(MARK)
        last = end
        count += 1
    out.append(text[last:])
    return "".join(out), count


def scrub_secrets(text: str) -> tuple[str, int]:
    """``text`` with every secret replaced by ``<secret>``, and how many were replaced."""
    total = 0
    low = text.lower()
    for rule in _RULES:
        if any(trigger in low for trigger in rule.triggers):
            text, n = _apply(rule, text)
            if n:
                total += n
                low = text.lower()
    if "-" in text:
        text, n = _rt_tokens(text)
        total += n
    return text, total


def scrub(text: str) -> str:
    """``text`` with every secret replaced by ``<secret>``."""
    return scrub_secrets(text)[0]
