"""What the support server told us about itself: its queues, their subject tags and correspond addresses, and
which ticket fields hold one value only. Learned on "Test connection", on login and at most daily; kept in the
data folder so the app can plan a request offline (``server_profile.json``).

``plan_fields`` uses it before sending: a field that holds one value gets the camera values joined in one
("PL-D755MU; PL-D725CU"); what does not fit is named, so the user sees it before the server drops it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pixrma_desktop.private_file import write_private_text

FILE_NAME = "server_profile.json"
RELEARN_AFTER_S = 24 * 3600.0
"""Learned again at most this often in the background (always on "Test connection" and login)."""
SINGLE_VALUE_LIMIT = 255
"""Characters a single-value field keeps in full (RT's value column; longer text may be cut or moved aside)."""
JOINER = "; "


@dataclass(frozen=True)
class FieldProfile:
    name: str
    max_values: int = 0
    """0: any number of values; 1: a single value (RT's "Enter one value")."""

    @property
    def single(self) -> bool:
        return self.max_values == 1


@dataclass(frozen=True)
class QueueProfile:
    name: str
    subject_tag: str = ""
    correspond_address: str = ""
    """Where mail about its tickets goes; empty when the server uses only its global address."""
    fields: tuple[FieldProfile, ...] = ()

    def field(self, name: str) -> FieldProfile | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class ServerProfile:
    url: str
    learned_at: float
    """``time.time()`` when the server was asked."""
    queues: tuple[QueueProfile, ...] = ()
    """The queues this account may see (a customer sees the support queue, not always the RMA queue)."""
    problems: tuple[str, ...] = field(default=())
    """What could not be learned (a queue this account may not see), in words."""

    def queue(self, name: str) -> QueueProfile | None:
        return next((q for q in self.queues if q.name == name), None)

    def is_stale(self, now: float, url: str) -> bool:
        return url != self.url or not (0.0 <= now - self.learned_at < RELEARN_AFTER_S)

    def keeps(self, queue: str) -> list[str]:
        """One line per field, for Settings: "Serial Numbers (several values)"."""
        found = self.queue(queue)
        if found is None:
            return []
        return [f"{f.name} ({'one value' if f.single else 'several values'})" for f in found.fields]


@dataclass(frozen=True)
class FieldPlan:
    sent: dict[str, Any]
    """The fields as they will be sent: single-value fields hold the joined text."""
    not_kept: dict[str, tuple[str, ...]]
    """Per field, the values the server will not keep (too long to join into its one value)."""


def plan_fields(fields: Mapping[str, Any], queue: QueueProfile | None) -> FieldPlan:
    """Fit lists of values into the fields that hold one value; without a profile everything goes as it is."""
    sent: dict[str, Any] = {}
    not_kept: dict[str, tuple[str, ...]] = {}
    for name, value in fields.items():
        known = queue.field(name) if queue is not None else None
        if known is None or not known.single or not isinstance(value, list):
            sent[name] = value
            continue
        joined, left_out = _join_within(value, SINGLE_VALUE_LIMIT)
        sent[name] = joined
        if left_out:
            not_kept[name] = left_out
    return FieldPlan(sent, not_kept)


def _join_within(values: Sequence[str], limit: int) -> tuple[str, tuple[str, ...]]:
    kept: list[str] = []
    left_out: list[str] = []
    for value in values:
        candidate = JOINER.join([*kept, value])
        if len(candidate) <= limit:
            kept.append(value)
        else:
            left_out.append(value)
    return JOINER.join(kept), tuple(left_out)


# ---- the file in the data folder ----


def to_json(profile: ServerProfile) -> str:
    return json.dumps(
        {
            "url": profile.url,
            "learned_at": profile.learned_at,
            "queues": [
                {
                    "name": q.name,
                    "subject_tag": q.subject_tag,
                    "correspond_address": q.correspond_address,
                    "fields": [{"name": f.name, "max_values": f.max_values} for f in q.fields],
                }
                for q in profile.queues
            ],
            "problems": list(profile.problems),
        },
        indent=2,
    )


def from_json(text: str) -> ServerProfile | None:
    """The profile, or None when the text is not one (it is then learned again; nothing depends on it)."""
    try:
        data = json.loads(text)
        return ServerProfile(
            url=str(data["url"]),
            learned_at=float(data["learned_at"]),
            queues=tuple(
                QueueProfile(
                    name=str(q["name"]),
                    subject_tag=str(q.get("subject_tag", "")),
                    correspond_address=str(q.get("correspond_address", "")),
                    fields=tuple(FieldProfile(str(f["name"]), int(f.get("max_values", 0))) for f in q["fields"]),
                )
                for q in data["queues"]
            ),
            problems=tuple(str(p) for p in data.get("problems", [])),
        )
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def load(folder: Path) -> ServerProfile | None:
    try:
        text = (folder / FILE_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return from_json(text)


def save(folder: Path, profile: ServerProfile) -> Path:
    return write_private_text(folder / FILE_NAME, to_json(profile) + "\n")
