"""Reading every feature of a GenICam node map (genicam's GenApi) into ``FeatureValue``s, without writing.

The walk follows the category tree from ``Root``, so each feature carries the category the camera's XML puts it
in; a feature listed in two categories is read once. Each read is guarded: a node that raises becomes a value
of None with the reason, and the walk goes on. Node types and access modes are compared as GenApi's numbers
(``EInterfaceType``, ``EAccessMode``), so this module imports nothing from genicam itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from pixrma_desktop.cameras.features import FeatureValue, Scalar
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, notice

# genicam.genapi.EInterfaceType
INTF_INTEGER, INTF_BOOLEAN, INTF_COMMAND, INTF_FLOAT, INTF_STRING = 2, 3, 4, 5, 6
INTF_REGISTER, INTF_CATEGORY, INTF_ENUMERATION = 7, 8, 9
TYPE_NAMES = {
    INTF_INTEGER: "integer",
    INTF_BOOLEAN: "boolean",
    INTF_COMMAND: "command",
    INTF_FLOAT: "float",
    INTF_STRING: "string",
    INTF_REGISTER: "register",
    INTF_ENUMERATION: "enumeration",
}
# genicam.genapi.EAccessMode
ACCESS_NAMES = {0: "NI", 1: "NA", 2: "WO", 3: "RO", 4: "RW"}
READABLE = {"RO", "RW"}
REGISTER_PREVIEW_BYTES = 64
"""A register's value is shown as hex, at most this many bytes (a LUT can be kilobytes)."""


class BudgetExceeded(Exception):
    """The time for this camera ran out; the features read so far are kept."""


def _error(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def _number(value: Any) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _optional(feature: Any, attribute: str) -> Any:
    try:
        return getattr(feature, attribute)
    except Exception:  # GenApi raises when a bound is not defined or not available now
        return None


def walk(node_map: Any, uncategorized: bool = True) -> Iterator[tuple[Any, Any, str, int, str | None]]:
    """(feature, its node, name, interface type, category name) for every non-category feature under ``Root``,
    each once, in the XML's order; then (``uncategorized``) the features no category lists (category None)."""
    try:
        root = node_map.get_node("Root")
    except Exception:
        return
    seen: set[str] = set()
    stack: list[tuple[Any, str]] = [(root, "Root")]
    while stack:
        category, category_name = stack.pop()
        try:
            children = category.features
        except Exception:  # a category GenApi cannot expand: its features are left out
            children = []
        nested = []
        for child in children:
            node = child.node
            name = node.name
            if name in seen:
                continue
            seen.add(name)
            kind = int(node.principal_interface_type)
            if kind == INTF_CATEGORY:
                nested.append((child, name))
            else:
                yield child, node, name, kind, category_name
        stack.extend(reversed(nested))
    if uncategorized:
        yield from _outside_categories(node_map, seen)


def _outside_categories(node_map: Any, seen: set[str]) -> Iterator[tuple[Any, Any, str, int, str | None]]:
    """Features no category lists (e.g. a transport's GevSCPSPacketSize in some XML files), without a category:
    the node map's other nodes that GenApi marks as features, helper nodes (registers, entries) left out."""
    try:
        others = list(node_map.nodes)
    except Exception:
        return
    for child in others:
        try:
            node = child.node
            name = node.name
            if name in seen:
                continue
            kind = int(node.principal_interface_type)
            if kind not in TYPE_NAMES or not node.is_feature():
                continue
        except Exception:  # noqa: S112 - a node GenApi cannot describe is no feature to list
            continue
        seen.add(name)
        yield child, node, name, kind, None


def read_feature(
    feature: Any, node: Any, name: str, kind: int, category: str | None, module: str | None = None
) -> FeatureValue:
    type_name = TYPE_NAMES.get(kind) or f"interface {kind}"
    try:
        access = ACCESS_NAMES.get(int(node.get_access_mode()), "NA")
    except Exception as exc:
        return FeatureValue(name, category, type_name, None, error=_error(exc), module=module)
    if kind == INTF_COMMAND or access not in READABLE:
        return FeatureValue(name, category, type_name, None, access=access, module=module)
    value: Scalar
    try:
        if kind == INTF_ENUMERATION:
            value = str(feature.to_string())
        elif kind == INTF_REGISTER:
            length = int(feature.length)
            data = bytes(feature.get(min(length, REGISTER_PREVIEW_BYTES)))
            value = data.hex() + ("…" if length > REGISTER_PREVIEW_BYTES else "")
        elif kind == INTF_STRING:
            value = str(feature.value)
        elif kind == INTF_BOOLEAN:
            value = bool(feature.value)
        else:
            raw = feature.value
            value = raw if isinstance(raw, int | float | str) else str(raw)
    except Exception as exc:
        return FeatureValue(name, category, type_name, None, access=access, error=_error(exc), module=module)
    if kind in (INTF_INTEGER, INTF_FLOAT):
        unit = _optional(feature, "unit")
        return FeatureValue(
            name,
            category,
            type_name,
            value,
            unit=str(unit) if unit else None,
            minimum=_number(_optional(feature, "min")),
            maximum=_number(_optional(feature, "max")),
            increment=_number(_optional(feature, "inc")) if kind == INTF_INTEGER or _has_inc(feature) else None,
            access=access,
            module=module,
        )
    return FeatureValue(name, category, type_name, value, access=access, module=module)


def _has_inc(feature: Any) -> bool:
    try:
        return bool(feature.has_inc())
    except Exception:
        return False


def read_all(
    node_map: Any,
    deadline: float = float("inf"),
    module: str | None = None,
    stop: Callable[[], bool] | None = None,
) -> tuple[list[FeatureValue], Notice | None]:
    """Every feature of the node map (marked with ``module``), and a problem when the deadline cut the walk
    short, or ``stop`` said to stop (a scan waits for the camera)."""
    out: list[FeatureValue] = []
    # A GenTL producer's own modules (module set) list their features in categories; the camera's XML may not.
    for feature, node, name, kind, category in walk(node_map, uncategorized=module is None):
        if time.monotonic() >= deadline:
            return out, notice(Code.SNAPSHOT_TIME_RAN_OUT, count=len(out))
        if stop is not None and stop():
            return out, notice(Code.SNAPSHOT_INTERRUPTED, count=len(out))
        out.append(read_feature(feature, node, name, kind, category, module))
    return out, None
