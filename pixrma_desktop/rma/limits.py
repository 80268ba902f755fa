"""How much a request may hold: bounds on text lengths, list lengths, nesting and the size of a JSON file laid
over a draft, so that a pasted novel or a runaway script cannot make a draft that costs hundreds of MB to list.

Plain functions over the request's JSON form (``model_dump(mode="json")``); ``rma.request`` turns what they find
into problems shown next to the fields, and ``rma.edit`` refuses an edit that breaks a bound.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

MAX_JSON_FILE_BYTES = 2_000_000
"""The largest file ``pixrma draft edit --from-json`` reads."""
MAX_NESTING = 32
"""How deeply a partial request may nest objects and lists (a real one nests five levels)."""

SHORT_TEXT = 200
TEXT_LIMITS: dict[str, int] = {
    **dict.fromkeys(
        ("name", "company", "email", "phone", "country", "dealer_name", "dealer_email", "since"), SHORT_TEXT
    ),
    **dict.fromkeys(("serial", "model", "firmware", "vendor"), SHORT_TEXT),
    "shipping_address": 1_000,
    "symptom": 10_000,
    "error_messages": 5_000,
    "notes": 20_000,
}
"""The longest text of a field (by its name; for a list of texts, each entry)."""
DEFAULT_TEXT = 10_000
LIST_LIMITS: dict[str, int] = {"cameras": 100, "error_messages": 100, "files": 100}
DEFAULT_LIST = 1_000


def nesting_depth(value: Any) -> int:
    """How many objects and lists deep ``value`` goes (without recursion, so any depth is measured)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if depth > MAX_NESTING:
                return depth  # deep enough to refuse; no need to walk the rest
            stack.extend((child, depth) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def _walk(node: Any, path: list[str], name: str) -> Iterator[tuple[str, str]]:
    where = ".".join(path)
    if isinstance(node, str):
        limit = TEXT_LIMITS.get(name, DEFAULT_TEXT)
        if len(node) > limit:
            yield where, f"is {len(node):,} characters long; at most {limit:,} fit here"
    elif isinstance(node, list):
        limit = LIST_LIMITS.get(name, DEFAULT_LIST)
        if len(node) > limit:
            yield where, f"holds {len(node):,} entries; at most {limit:,} fit here"
        for index, child in enumerate(node):
            yield from _walk(child, [*path, str(index)], name)
    elif isinstance(node, dict):
        for key, child in node.items():
            yield from _walk(child, [*path, str(key)], str(key))


def over_limits(document: dict[str, Any]) -> list[tuple[str, str]]:
    """Each field of a request's JSON form that is longer than its bound, as (dotted path, what is wrong)."""
    return list(_walk(document, [], ""))
