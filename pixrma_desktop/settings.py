"""The user's settings: plain dataclasses, stored as JSON in the config folder.

Secrets never live here (see ``support.credentials``). Loading is tolerant: unknown keys are ignored, and a
damaged settings file never stops the app or blocks its repair. A file that is not a JSON object (undecodable
bytes, a JSON array, nesting too deep, too big) is moved aside and the defaults are used; values of the wrong
type or out of bounds fall back to their defaults, the others are kept, and the file as it was is moved aside.
Either way ``LoadedSettings.problem`` names both files. Every value has a bound (``check_setting``).
"""

from __future__ import annotations

import dataclasses
import json
import math
import time
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pixrma_desktop.private_file import write_private_text

DemoMode = Literal["off", "on", "auto"]


@dataclass
class CameraSettings:
    producer_paths: list[str] = field(default_factory=list)
    gige_hosts: list[str] = field(default_factory=list)
    demo: DemoMode = "off"
    probe_timeout_s: float = 5.0
    gige_search: bool = True
    """Search every network card for GigE Vision cameras (a broadcast that waits ``gige_discovery_s`` for
    answers). Off: only the addresses in ``gige_hosts`` are asked."""
    gige_discovery_s: float = 1.0
    snapshot_budget_s: float = 10.0
    """Time allowed per camera for its configuration snapshot (``pixrma features``), within 0.5..120 s."""


@dataclass
class EvidenceSettings:
    log_window_hours: float = 48.0
    bundle_budget_mb: float = 20.0
    redact_hostname: bool = True
    redact_emails: bool = True
    redact_ip: bool = True
    redact_mac: bool = True


@dataclass
class SupportSettings:
    backend: Literal["rt", "smtp"] = "rt"
    rt_url: str = ""
    rt_support_queue: str = "Support"
    rt_rma_queue: str = "RMA"
    rt_cf_serials: str = "Serial Numbers"
    rt_cf_model: str = "Camera Model"
    rt_cf_firmware: str = "Firmware Version"
    rt_cf_submission_id: str = "Submission ID"
    rt_rma_link: str = "RefersTo"
    """TicketSQL link type an RMA ticket has towards the support ticket (RefersTo, DependsOn, MemberOf …)."""
    ca_bundle: str = ""
    """A PEM file of extra trusted certificate authorities (a company CA); verification is never turned off."""
    timeout_s: float = 30.0
    connect_timeout_s: float = 10.0
    max_response_mb: float = 8.0
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_user: str = ""
    smtp_to: str = ""
    smtp_from: str = ""
    inquiry_to: str = ""
    """Where repair status inquiries go (the vendor's support address); falls back to ``smtp_to``."""


@dataclass
class UiSettings:
    language: str = ""
    scan_on_start: bool = True
    rescan_on_hotplug: bool = True
    """Scan again when a USB device is plugged in or out (Linux)."""
    check_replies: bool = True
    """Read support's replies to sent requests in the background (never while offline)."""
    check_replies_minutes: float = 15.0


@dataclass
class Settings:
    cameras: CameraSettings = field(default_factory=CameraSettings)
    evidence: EvidenceSettings = field(default_factory=EvidenceSettings)
    support: SupportSettings = field(default_factory=SupportSettings)
    ui: UiSettings = field(default_factory=UiSettings)


class LoadedSettings(NamedTuple):
    settings: Settings
    problem: str | None = None


MAX_SETTINGS_BYTES = 1_000_000
"""A settings file larger than this is not read (a real one is a few KB)."""
MAX_TEXT_CHARS = 2_000
"""The longest text setting (addresses, queue and field names, paths)."""
MAX_LIST_ITEMS = 100
NUMBER_BOUNDS: dict[str, tuple[float, float]] = {
    "cameras.probe_timeout_s": (0.1, 600.0),
    "cameras.gige_discovery_s": (0.1, 60.0),
    "evidence.log_window_hours": (0.1, 24.0 * 366),
    "evidence.bundle_budget_mb": (0.1, 1024.0),
    "support.timeout_s": (0.1, 3600.0),
    "support.connect_timeout_s": (0.1, 600.0),
    "support.max_response_mb": (0.1, 1024.0),
    "support.smtp_port": (1, 65535),
    "ui.check_replies_minutes": (1.0, 24 * 60.0),
}
"""Inclusive bounds of the numeric settings; a number outside them (or NaN, or infinite) is refused."""


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def check_setting(key: str, annotation: Any, value: Any) -> str | None:
    """Why ``value`` cannot be the setting ``key`` (of type ``annotation``), in words that state the bound;
    None when it can."""
    origin = typing.get_origin(annotation)
    if origin is Literal:
        choices = typing.get_args(annotation)
        return None if value in choices else f"must be one of: {', '.join(map(str, choices))}"
    if origin is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "must be a list of texts"
        if len(value) > MAX_LIST_ITEMS:
            return f"may hold at most {MAX_LIST_ITEMS} entries"
        if any(len(v) > MAX_TEXT_CHARS for v in value):
            return f"entries may be at most {MAX_TEXT_CHARS} characters long"
        return None
    if annotation is bool:
        return None if isinstance(value, bool) else "must be true or false"
    if annotation is str:
        if not isinstance(value, str):
            return "must be text"
        return None if len(value) <= MAX_TEXT_CHARS else f"may be at most {MAX_TEXT_CHARS} characters long"
    if annotation in (int, float):
        whole = annotation is int
        if isinstance(value, bool) or not isinstance(value, int | float) or (whole and not isinstance(value, int)):
            return "must be a whole number" if whole else "must be a number"
        low, high = NUMBER_BOUNDS.get(key, (0.0, math.inf))
        if not math.isfinite(value) or not low <= value <= high:
            return f"must be a number from {low:g} to {high:g}" if math.isfinite(high) else "must not be negative"
        return None
    return None


def _section_from_dict(name: str, cls: type[Any], data: Any, wrong: list[str]) -> Any:
    section = cls()
    if not isinstance(data, dict):
        if data is not None:
            wrong.append(f"{name}: must be an object of settings")
        return section
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if hints[f.name] is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        why = check_setting(f"{name}.{f.name}", hints[f.name], value)
        if why is None:
            setattr(section, f.name, value)
        else:
            wrong.append(f"{name}.{f.name} {why} (it was {_describe(value)})")
    return section


def settings_and_problems(data: Any) -> tuple[Settings, list[str]]:
    """The settings in ``data`` (parsed JSON) and, for each value that could not be used, a sentence."""
    wrong: list[str] = []
    if not isinstance(data, dict):
        return Settings(), ["the file must hold a JSON object"]
    hints = typing.get_type_hints(Settings)
    settings = Settings(
        **{
            f.name: _section_from_dict(f.name, hints[f.name], data.get(f.name), wrong)
            for f in dataclasses.fields(Settings)
        }
    )
    return settings, wrong


def settings_from_dict(data: Any) -> Settings:
    return settings_and_problems(data)[0]


def _parse(raw: bytes) -> tuple[Any, str | None]:
    """The JSON in ``raw``, or why there is none to use."""
    if len(raw) > MAX_SETTINGS_BYTES:
        return None, f"it is larger than {MAX_SETTINGS_BYTES // 1000} KB"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, "it is not UTF-8 text"
    try:
        data = json.loads(text)
    except RecursionError:
        return None, "its JSON is nested too deeply"
    except ValueError:
        return None, "it is not valid JSON"
    if not isinstance(data, dict):
        return None, f"it holds a JSON {type(data).__name__.replace('dict', 'object')}, not an object of settings"
    return data, None


def _move_aside(path: Path) -> Path:
    """Rename the settings file to a name of its own beside it; that name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        target = path.with_name(f"{path.stem}.damaged-{stamp}{'' if n == 0 else f'-{n}'}{path.suffix}")
        if not target.exists():
            path.rename(target)
            return target
    raise FileExistsError(target)


def load_settings(path: Path) -> LoadedSettings:
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as exc:
        return LoadedSettings(Settings(), f"Could not read {path} ({exc.strerror}); using default settings.")
    data, unusable = _parse(raw)
    if unusable is not None:
        settings, problem = Settings(), f"{path} cannot be used ({unusable})"
        defaults = "the default settings are used"
    else:
        settings, wrong = settings_and_problems(data)
        if not wrong:
            return LoadedSettings(settings)
        problem = f"{path} has settings that cannot be used ({'; '.join(wrong)})"
        defaults = "those are back to their defaults and the others are kept"
    try:
        aside = _move_aside(path)
    except OSError as exc:
        return LoadedSettings(
            settings, f"{problem}; {defaults} until you save new ones (it could not be moved aside: {exc.strerror})."
        )
    message = f"{problem}. It was moved to {aside}; {defaults}."
    if unusable is None:
        try:
            save_settings(settings, path)
        except OSError as exc:
            message += f" The repaired settings could not be written to {path} ({exc.strerror})."
    return LoadedSettings(settings, message)


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically (temp file + rename), readable by the user only."""
    write_private_text(path, json.dumps(dataclasses.asdict(settings), indent=2, sort_keys=True) + "\n")
