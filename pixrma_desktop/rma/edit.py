"""Changing a request field by field path (``cameras.1.symptom=…``), keeping read-only fields read-only.

Used by ``pixrma draft edit --set`` and usable by any front end: the change is checked against the model
(types, choices) and against what may be edited (the submission id, the creation time and a scanned
camera's identity may not), and returns a new request; the old one is untouched.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pixrma_desktop.rma.limits import MAX_JSON_FILE_BYTES, MAX_NESTING, nesting_depth, over_limits
from pixrma_desktop.rma.request import (
    CameraEntry,
    CameraSource,
    RmaRequest,
    describe_validation_error,
    migrate_document,
)

_READ_ONLY_TOP = frozenset({"submission_id", "schema_version", "created_at"})


class EditError(ValueError):
    """The change cannot be made; ``str()`` says why and what to do."""


def _loads(text: str, what: str) -> Any:
    """``text`` as JSON, refusing nesting deeper than ``MAX_NESTING`` with a sentence that says the bound."""
    too_deep = EditError(
        f"{what} nests objects and lists more than {MAX_NESTING} levels deep; a request needs far fewer."
    )
    try:
        value = json.loads(text)
    except RecursionError:
        raise too_deep from None
    except ValueError as exc:
        raise EditError(f"{what} is not valid JSON ({exc}).") from exc
    if nesting_depth(value) > MAX_NESTING:
        raise too_deep
    return value


def read_json_changes(path: str | Path) -> dict[str, Any]:
    """The partial request in the JSON file ``path`` (for ``merge_json``); ``EditError`` saying the bound when it
    is too big, too deep, not JSON or not an object."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_JSON_FILE_BYTES + 1)
    except OSError as exc:
        raise EditError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if len(raw) > MAX_JSON_FILE_BYTES:
        raise EditError(f"{path} is larger than {MAX_JSON_FILE_BYTES // 1_000_000} MB; a request is far smaller.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise EditError(f"{path} is not UTF-8 text.") from None
    changes = _loads(text, str(path))
    if not isinstance(changes, dict):
        raise EditError(f"{path} must hold a JSON object.")
    return changes


def _parse_value(current: Any, text: str) -> Any:
    if isinstance(current, list):
        stripped = text.strip()
        if stripped.startswith("["):
            return _loads(stripped, f"“{text[:60]}”")
        return [text] if text else []
    if isinstance(current, dict) and text.strip().startswith("{"):
        return _loads(text, f"“{text[:60]}”")
    if text == "" and current is None:
        return None
    return text


def _check_writable(request: RmaRequest, parts: list[str]) -> None:
    if parts[0] in _READ_ONLY_TOP:
        raise EditError(f"{parts[0]} is fixed when the draft is created and cannot be changed.")
    if parts[0] == "cameras" and len(parts) >= 3 and parts[1].isdigit():
        index = int(parts[1])
        if index < len(request.cameras) and parts[2] in request.cameras[index].read_only_fields:
            how = (
                "was read from the camera by the scan"
                if request.cameras[index].source is CameraSource.SCAN
                else "is set by the app"
            )
            raise EditError(f"cameras.{index}.{parts[2]} {how} and cannot be edited.")


def apply_edit(request: RmaRequest, path: str, value: str) -> RmaRequest:
    """A copy of ``request`` with the field at ``path`` set to ``value`` (text, JSON for lists and objects).

    ``cameras.N.<field>`` with N equal to the number of cameras adds a camera typed in by hand. List fields
    take a JSON list (``["E1", "E2"]``) or one item as plain text; an empty value clears them.
    """
    parts = [p for p in path.strip().split(".") if p]
    if not parts:
        raise EditError("Say which field to set, e.g. contact.name=Ada.")
    _check_writable(request, parts)
    data = request.model_dump(mode="json")
    if parts[0] == "cameras" and len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) == len(request.cameras):
        data["cameras"].append(CameraEntry().model_dump(mode="json"))
    node: Any = data
    for depth, part in enumerate(parts[:-1]):
        node = _step(node, part, parts[: depth + 1])
    last = parts[-1]
    if isinstance(node, list):
        if not last.isdigit() or int(last) > len(node):
            raise EditError(f"{path}: there is no item {last} (there are {len(node)}).")
        current = node[int(last)] if int(last) < len(node) else ""
        if int(last) == len(node):
            node.append(_parse_value(current, value))
        else:
            node[int(last)] = _parse_value(current, value)
    elif isinstance(node, dict):
        if last not in node and not _is_free_dict(parts):
            raise EditError(f"{path}: there is no such field. Fields here: {', '.join(sorted(node))}.")
        node[last] = _parse_value(node.get(last), value)
    else:
        raise EditError(f"{path}: {'.'.join(parts[:-1])} is not a group of fields.")
    return _rebuild(data, path)


def _is_free_dict(parts: list[str]) -> bool:
    return parts[:2] == ["system", "facts"]


def _step(node: Any, part: str, so_far: list[str]) -> Any:
    where = ".".join(so_far)
    if isinstance(node, list):
        if not part.isdigit() or int(part) >= len(node):
            raise EditError(f"{where}: there is no item {part} (there are {len(node)}).")
        return node[int(part)]
    if isinstance(node, dict):
        if part not in node:
            raise EditError(f"{where}: there is no such field.")
        child = node[part]
        if child is None:
            raise EditError(f"{where} is empty; set it as a whole.")
        return child
    raise EditError(f"{where} is not a group of fields.")


def _rebuild(data: dict[str, Any], path: str) -> RmaRequest:
    too_long = over_limits(data)
    if too_long:
        raise EditError("; ".join(f"{where} {message}" for where, message in too_long[:5]) + ". Nothing was changed.")
    try:
        return RmaRequest.model_validate(data)
    except ValidationError as exc:
        raise EditError(f"{path}: {describe_validation_error(exc)}") from exc


def merge_json(request: RmaRequest, changes: dict[str, Any]) -> RmaRequest:
    """A copy of ``request`` with ``changes`` (a partial request in its JSON form) laid over it.

    Objects merge key by key; lists and plain values replace. Read-only fields must be absent or unchanged.
    """
    if nesting_depth(changes) > MAX_NESTING:
        raise EditError(f"The changes nest objects and lists more than {MAX_NESTING} levels deep.")
    current = request.model_dump(mode="json")
    changes = migrate_document({"schema_version": current["schema_version"], **changes})
    for key in _READ_ONLY_TOP:
        if key in changes and changes[key] != current[key]:
            raise EditError(f"{key} is fixed when the draft is created and cannot be changed.")
    merged = _merge(current, changes)
    result = _rebuild(merged, "JSON")
    for index, (old, new) in enumerate(zip(request.cameras, result.cameras, strict=False)):
        if old.source is CameraSource.SCAN:
            for name in ("serial", "model", "firmware", "vendor"):
                if getattr(old, name) != getattr(new, name):
                    raise EditError(
                        f"cameras.{index}.{name} was read from the camera by the scan and cannot be edited."
                    )
    return result


def _merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = _merge(base.get(key), value)
        return out
    return over
