"""The features that differ between cameras of the same model: a common reason one camera "misbehaves" is
that it was reconfigured (another exposure, trigger mode or packet size), not that it is broken.

Compares the camera's own features (not a GenTL producer's system, interface, device or stream modules, which
describe the connection) of each camera with the first camera of its model, and leaves out what differs on
every camera by nature (serial numbers, addresses, temperatures, timestamps).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pixrma_desktop.cameras.features import CameraSnapshot, Scalar

PER_CAMERA = (
    "serial",
    "temperature",
    "timestamp",
    "macaddress",
    "ipaddress",
    "subnetmask",
    "defaultgateway",
    "userid",
    "deviceid",
    "uptime",
    "counter",
    "persistentip",
    "currentip",
    "linkspeed",
    "devicereset",
)
"""Parts of feature names (lower case) that are expected to differ from camera to camera."""


@dataclass(frozen=True)
class FeatureDifference:
    name: str
    reference: Scalar
    other: Scalar


@dataclass(frozen=True)
class ModelDifferences:
    model: str
    reference: str
    """The serial number of the camera the others are compared with."""
    other: str
    differences: tuple[FeatureDifference, ...]


def _compared(snapshot: CameraSnapshot) -> dict[str, Scalar]:
    return {
        f.name: f.value
        for f in snapshot.features
        if f.module is None
        and f.value is not None
        and f.type != "command"
        and not any(p in f.name.lower() for p in PER_CAMERA)
    }


def differing_features(snapshots: Sequence[CameraSnapshot]) -> list[ModelDifferences]:
    """For each model with two or more snapshots: the features whose values differ from the first camera's."""
    by_model: dict[str, list[CameraSnapshot]] = {}
    for snapshot in snapshots:
        if snapshot.model and snapshot.serial and snapshot.features:
            by_model.setdefault(snapshot.model.strip(), []).append(snapshot)
    out = []
    for model, members in by_model.items():
        first, *others = members
        reference = _compared(first)
        for other in others:
            values = _compared(other)
            rows = tuple(
                FeatureDifference(name, reference[name], values[name])
                for name in reference
                if name in values and reference[name] != values[name]
            )
            out.append(ModelDifferences(model, first.serial or "", other.serial or "", rows))
    return out


def _shown(value: Scalar) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def render_differences(found: Sequence[ModelDifferences]) -> list[str]:
    """The summary.txt section (empty when no model has two cameras with snapshots)."""
    if not found:
        return []
    lines = ["", "Features that differ between cameras of the same model", "-" * 55]
    for pair in found:
        head = f"{pair.model}: S/N {pair.reference} vs S/N {pair.other}"
        if not pair.differences:
            lines.append(f"{head}: no difference.")
            continue
        lines.append(f"{head}: {len(pair.differences)} feature(s) differ")
        width = max(len(d.name) for d in pair.differences)
        lines += [f"  {d.name:<{width}}  {_shown(d.reference)}  |  {_shown(d.other)}" for d in pair.differences]
    return lines
