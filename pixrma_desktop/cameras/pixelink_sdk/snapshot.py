"""Pixelink SDK configuration snapshot: every feature's flags, range and current value, and the versions around
the camera, as Pixelink Capture's "Copy to clipboard" gives them.

The SDK is loaded the way the probe loads it (``load_sdk``). Each camera is initialized, described
(``getCameraFeatures(ALL)``), read (``getFeature`` per feature) and uninitialized; nothing is set. A camera
another program holds refuses initialization and is left alone.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Sequence
from typing import Any

from pixrma_desktop.cameras.features import CameraSnapshot, FeatureValue
from pixrma_desktop.cameras.pixelink_sdk.probe import API_CAMERA_IN_USE, SdkUnavailable, load_sdk
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, notice

TRANSPORT = "pixelink-sdk"
FEATURE_ALL = -1
PARAMETER_NAMES: dict[str, tuple[str, ...]] = {
    "TRIGGER": ("Mode", "Type", "Polarity", "Delay", "Parameter"),
    "ROI": ("Left", "Top", "Width", "Height"),
    "AUTO_ROI": ("Left", "Top", "Width", "Height"),
    "GPIO": ("Number", "Mode", "Polarity", "Parameter1", "Parameter2", "Parameter3"),
    "WHITE_SHADING": ("Red", "Green", "Blue"),
    "PIXEL_ADDRESSING": ("Value", "Mode", "X", "Y"),
    "LIGHTING": ("Brightness", "Mode", "Controller"),
}


def _names(api: Any, group: str) -> dict[int, str]:
    """Number -> the first name the wrapper gives it (``FeatureId``: SHUTTER before its alias EXPOSURE)."""
    out: dict[int, str] = {}
    for name, value in vars(getattr(api, group)).items():
        if not name.startswith("_") and isinstance(value, int) and value >= 0 and name not in ("TOTAL",):
            out.setdefault(value, name)
    return out


def flag_names(api: Any, flags: int) -> tuple[str, ...]:
    single = {bit: name for bit, name in _names(api, "FeatureFlags").items() if bit and not bit & (bit - 1)}
    return tuple(name for bit, name in sorted(single.items()) if flags & bit)


def _ok(api: Any, result: Any) -> bool:
    return isinstance(result, tuple) and bool(result) and bool(api.apiSuccess(result[0]))


def read_features(api: Any, handle: Any, deadline: float) -> tuple[list[FeatureValue], list[Notice]]:
    described = api.getCameraFeatures(handle, FEATURE_ALL)
    if not _ok(api, described):
        return [], [notice(Code.SNAPSHOT_SDK_NO_FEATURES, rc=str(described[0]))]
    names = _names(api, "FeatureId")
    table = described[1]
    out: list[FeatureValue] = []
    problems: list[Notice] = []
    for index in range(table.uNumberOfFeatures):
        if time.monotonic() >= deadline:
            problems.append(notice(Code.SNAPSHOT_TIME_RAN_OUT, count=len(out)))
            break
        desc = table.Features[index]
        feature_id = int(desc.uFeatureId)
        name = names.get(feature_id, f"FEATURE_{feature_id}")
        supported = flag_names(api, int(desc.uFlags))
        ranges = [(desc.Params[p].fMinValue, desc.Params[p].fMaxValue) for p in range(desc.uNumberOfParameters)]
        current = api.getFeature(handle, feature_id) if "PRESENCE" in supported else None
        values: list[float | None] = list(current[2]) if current and _ok(api, current) else []
        now = flag_names(api, int(current[1])) if current and _ok(api, current) else ()
        error = None if values or current is None else f"getFeature returned code {current[0]}"
        labels = PARAMETER_NAMES.get(name, ())
        for p, (low, high) in enumerate(ranges or [(None, None)]):
            label = name if len(ranges) <= 1 else f"{name}.{labels[p] if p < len(labels) else p}"
            out.append(
                FeatureValue(
                    name=label,
                    category=None,
                    type="float",
                    value=_round(values[p]) if p < len(values) else None,
                    minimum=_round(low),
                    maximum=_round(high),
                    access="RO" if "READ_ONLY" in supported else ("RW" if "PRESENCE" in supported else "NI"),
                    flags=tuple(f"supports {f}" for f in supported) + tuple(f"now {f}" for f in now),
                    error=error,
                )
            )
    return out, problems


def _round(value: float | None) -> float | None:
    """The SDK's floats are single precision: 0.02 comes back as 0.019999999552965164."""
    return None if value is None else float(f"{value:.7g}")


def sdk_versions(api: Any, record: CameraRecord) -> dict[str, str]:
    versions: dict[str, str] = {}
    with contextlib.suppress(Exception):
        versions["Pixelink API"] = str(api._curApiVersion).strip()
    with contextlib.suppress(Exception):
        from importlib.metadata import version

        versions["pixelinkWrapper"] = version("pixelinkWrapper")
    for label, value in (
        ("Firmware", record.firmware_version),
        ("FPGA", record.fpga_version),
        ("XML", record.xml_version),
        ("Bootloader", record.bootloader_version),
    ):
        if value:
            versions[label] = value
    return versions


def _failed(record: CameraRecord, problem: Notice, versions: dict[str, str] | None = None) -> CameraSnapshot:
    return CameraSnapshot(record.serial, TRANSPORT, record.model, versions=versions or {}, problems=(problem,))


def snapshot_camera(api: Any, record: CameraRecord, budget_s: float) -> CameraSnapshot:
    start = time.monotonic()
    versions = sdk_versions(api, record)
    if record.in_use:
        return _failed(record, notice(Code.SNAPSHOT_IN_USE), versions)
    try:
        serial = int(record.serial or "")
    except ValueError:
        return _failed(record, notice(Code.SNAPSHOT_SDK_SERIAL), versions)
    opened = api.initialize(serial, 0)
    if not _ok(api, opened):
        rc = opened[0] if isinstance(opened, tuple) and opened else None
        if rc == API_CAMERA_IN_USE:
            return _failed(record, notice(Code.SNAPSHOT_IN_USE), versions)
        return _failed(record, notice(Code.SNAPSHOT_SDK_OPEN_FAILED, rc=str(rc)), versions)
    handle = opened[1]
    try:
        features, problems = read_features(api, handle, start + budget_s)
    except Exception as exc:  # the SDK's own surprises
        features, problems = [], [notice(Code.SNAPSHOT_READ_FAILED, error=f"{type(exc).__name__}: {exc}")]
    finally:
        with contextlib.suppress(Exception):
            api.uninitialize(handle)
    return CameraSnapshot(
        record.serial,
        TRANSPORT,
        record.model,
        features=tuple(features),
        versions=versions,
        problems=tuple(problems),
        seconds=time.monotonic() - start,
    )


def snapshot_pixelink(records: Sequence[CameraRecord], budget_s: float, *, api: Any = None) -> list[CameraSnapshot]:
    if api is None:
        try:
            api = load_sdk().api
        except SdkUnavailable as exc:
            return [_failed(r, notice(Code.SNAPSHOT_SDK_UNAVAILABLE, error=str(exc))) for r in records]
    return [snapshot_camera(api, r, budget_s) for r in records]
