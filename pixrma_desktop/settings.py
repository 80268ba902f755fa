"""The user's settings: plain dataclasses, stored as JSON in the config folder.

Secrets never live here (see ``support.credentials``). Loading is tolerant: unknown keys are ignored, a value of
the wrong type falls back to the default, and an unreadable file gives defaults plus a message saying so, so a
damaged settings file never stops the app from starting.
"""

from __future__ import annotations

import dataclasses
import json
import types
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


@dataclass
class Settings:
    cameras: CameraSettings = field(default_factory=CameraSettings)
    evidence: EvidenceSettings = field(default_factory=EvidenceSettings)
    support: SupportSettings = field(default_factory=SupportSettings)
    ui: UiSettings = field(default_factory=UiSettings)


class LoadedSettings(NamedTuple):
    settings: Settings
    problem: str | None = None


def _coerce(value: Any, annotation: Any, default: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return value if value in typing.get_args(annotation) else default
    if origin is list:
        return [str(v) for v in value] if isinstance(value, list) else default
    if origin in (typing.Union, types.UnionType):
        return value
    if annotation is bool:
        return value if isinstance(value, bool) else default
    if annotation is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else default
    if annotation is int:
        return value if isinstance(value, int) and not isinstance(value, bool) else default
    if annotation is str:
        return value if isinstance(value, str) else default
    return default


def _section_from_dict(cls: type[Any], data: Any) -> Any:
    section = cls()
    if not isinstance(data, dict):
        return section
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.name in data:
            setattr(section, f.name, _coerce(data[f.name], hints[f.name], getattr(section, f.name)))
    return section


def settings_from_dict(data: Any) -> Settings:
    data = data if isinstance(data, dict) else {}
    hints = typing.get_type_hints(Settings)
    return Settings(
        **{f.name: _section_from_dict(hints[f.name], data.get(f.name)) for f in dataclasses.fields(Settings)}
    )


def load_settings(path: Path) -> LoadedSettings:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as exc:
        return LoadedSettings(Settings(), f"Could not read {path} ({exc.strerror}); using default settings.")
    try:
        data = json.loads(text)
    except ValueError:
        return LoadedSettings(Settings(), f"{path} is not valid JSON; using default settings until you save new ones.")
    return LoadedSettings(settings_from_dict(data))


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically (temp file + rename), readable by the user only."""
    write_private_text(path, json.dumps(dataclasses.asdict(settings), indent=2, sort_keys=True) + "\n")
