"""Tolerant reading of Request Tracker REST2 answers: ids as strings, ints or floats, nulls, missing keys.

Pure functions on decoded JSON; no I/O, so they are tested against recorded and generated shapes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

_TICKET_IN_PATH = re.compile(r"/ticket/(\d+)(?:[/?#]|$)")


def as_id(value: Any) -> str | None:
    """A positive record id as a string from 7, "7", 7.0, " 7 ", {"id": 7}; ``None`` for anything else."""
    if isinstance(value, dict):
        return as_id(value.get("id"))
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            return None
        value = int(value)
    if isinstance(value, int):
        return str(value) if value > 0 else None
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and int(text) > 0:
            return str(int(text))
        try:
            return as_id(float(text))
        except ValueError:
            return None
    return None


def as_int(value: Any, default: int = 0) -> int:
    """7, "7", 7.0, "7.0" → 7; null or nonsense → ``default``."""
    if isinstance(value, bool) or value is None:
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return int(number) if math.isfinite(number) else default


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return as_text(value.get("id") or value.get("name") or "")
    return str(value)


def ticket_id_from_create(body: Any, location: str | None) -> str | None:
    """The new ticket's id from the create answer's body, else from its Location header."""
    if isinstance(body, dict) and (found := as_id(body.get("id"))):
        return found
    if location and (match := _TICKET_IN_PATH.search(location)):
        return as_id(match.group(1))
    if isinstance(body, dict) and isinstance(body.get("_url"), str) and (match := _TICKET_IN_PATH.search(body["_url"])):
        return as_id(match.group(1))
    return None


def custom_field_values(ticket: Any) -> dict[str, list[str]]:
    """``{name: [values]}`` from a ticket body's ``CustomFields`` (a list of objects, or an older dict)."""
    fields = ticket.get("CustomFields") if isinstance(ticket, dict) else None
    result: dict[str, list[str]] = {}
    if isinstance(fields, dict):
        for name, values in fields.items():
            result[str(name)] = _value_list(values)
    elif isinstance(fields, list):
        for item in fields:
            if isinstance(item, dict) and item.get("name") is not None:
                result[str(item["name"])] = _value_list(item.get("values"))
    return result


def _value_list(values: Any) -> list[str]:
    if values is None:
        return []
    if isinstance(values, list):
        return [as_text(v) for v in values if v is not None and as_text(v) != ""]
    text = as_text(values)
    return [text] if text else []


def requestor_addresses(ticket: Any) -> list[str]:
    people = ticket.get("Requestor") if isinstance(ticket, dict) else None
    if isinstance(people, dict | str):
        people = [people]
    if not isinstance(people, list):
        return []
    return [as_text(p).strip().lower() for p in people if as_text(p).strip()]


def search_items(body: Any) -> Iterator[dict[str, Any]]:
    """Items of a collection answer, each with a usable ``id`` (skipping broken ones)."""
    items = body.get("items") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return
    for item in items:
        if isinstance(item, dict) and as_id(item.get("id")):
            yield item


def error_message(body: Any) -> str:
    """The server's explanation from ``{"message": …}``, a list of messages, or a bare string."""
    if isinstance(body, dict):
        message = body.get("message", body.get("error"))
        if isinstance(message, list):
            return "; ".join(as_text(m).strip() for m in message if m)
        return as_text(message).strip()
    if isinstance(body, list):
        return "; ".join(as_text(m).strip() for m in body if m)
    if isinstance(body, str):
        return body.strip()
    return ""


def ticket_sql_string(value: str) -> str:
    """A TicketSQL string literal: single quotes, with backslashes and quotes escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
