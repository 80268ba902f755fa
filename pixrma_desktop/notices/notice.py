"""``Notice``: one warning as data (a ``Code`` and its parameters), and its JSON form.

Parameters are plain values (text and numbers) that the templates fill in; they hold names, addresses and
technical details, never sentences. A warning an older version saved as text becomes ``Code.LEGACY_TEXT`` with
the text as its ``text`` parameter, so old drafts and scans still load and show what they said.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from pixrma_desktop.notices.codes import Code

Param = str | int | float
Params = Mapping[str, Param]


class Notice(NamedTuple):
    code: Code
    args: tuple[tuple[str, Param], ...] = ()
    """The parameters as sorted (name, value) pairs, so a notice is hashable and compares by value."""

    @property
    def params(self) -> dict[str, Param]:
        return dict(self.args)

    def __str__(self) -> str:
        from pixrma_desktop.notices import english

        return english.text(self.code, self.args)


def notice(code: Code, **params: Param) -> Notice:
    return Notice(code, _args(params))


def legacy(text: str, hint: str = "") -> Notice:
    """A warning saved as text by a version without codes."""
    return notice(Code.LEGACY_TEXT, text=text, hint=hint)


def _args(params: Mapping[str, Any]) -> tuple[tuple[str, Param], ...]:
    return tuple(sorted((str(k), _plain(v)) for k, v in params.items()))


def _plain(value: Any) -> Param:
    return value if isinstance(value, int | float | str) and not isinstance(value, bool) else str(value)


def params_from(data: Any) -> tuple[tuple[str, Param], ...]:
    """Parameters read from JSON: a dict of plain values; anything else is dropped."""
    return _args(data) if isinstance(data, dict) else ()


def code_from(value: Any) -> Code | None:
    try:
        return Code(str(value))
    except ValueError:
        return None


def notice_to_dict(item: Notice) -> dict[str, Any]:
    """``{"code", "params", "text"}``: the text is English, for readers that know no codes."""
    return {"code": str(item.code), "params": item.params, "text": str(item)}


def notice_from_dict(data: Any, fallback_text: str = "") -> Notice:
    """A notice read back; an unknown code (a newer version's) keeps its text as a legacy notice."""
    if not isinstance(data, dict):
        return legacy(fallback_text)
    code = code_from(data.get("code"))
    if code is None or (code is Code.LEGACY_TEXT and "text" not in (data.get("params") or {})):
        return legacy(str(data.get("text") or fallback_text))
    return Notice(code, params_from(data.get("params")))
