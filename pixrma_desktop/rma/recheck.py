"""Did the remote fix work? The cameras and findings a request was filed with, against a new scan and check.

``compare`` is pure: what the request holds and what the new check found go in as plain data (``CameraState``,
``FindingState``), the differences come out (cameras added and gone, link speeds changed, findings fixed,
still there and new). ``reply_text`` writes them as the reply the user sends to support, in English like the
request itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CameraState:
    serial: str
    model: str = ""
    link_speed: str = ""
    """As the scan saw it (the camera's own link speed, else the USB speed); "" when not known."""

    @property
    def label(self) -> str:
        return f"{self.model} S/N {self.serial}" if self.model else f"S/N {self.serial}"


@dataclass(frozen=True)
class FindingState:
    code: str
    title: str
    cameras: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        return (self.code, tuple(sorted(self.cameras)))


@dataclass(frozen=True)
class SpeedChange:
    camera: CameraState
    before: str
    after: str


@dataclass(frozen=True)
class Comparison:
    added: tuple[CameraState, ...] = ()
    gone: tuple[CameraState, ...] = ()
    speed_changes: tuple[SpeedChange, ...] = ()
    fixed: tuple[FindingState, ...] = ()
    still: tuple[FindingState, ...] = ()
    new: tuple[FindingState, ...] = ()
    cameras_now: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.gone or self.speed_changes or self.fixed or self.new)


def link_speed_of(record: Mapping[str, Any] | None) -> str:
    """The link speed in a camera record's JSON (``CameraRecord``): its own, else the USB speed."""
    if not record:
        return ""
    usb = record.get("usb")
    speed = record.get("link_speed") or (usb.get("speed") if isinstance(usb, Mapping) else None)
    return str(speed) if speed else ""


def _serial_key(serial: str) -> str:
    return serial.strip().upper()


def compare(
    before_cameras: Iterable[CameraState],
    before_findings: Iterable[FindingState],
    after_cameras: Iterable[CameraState],
    after_findings: Iterable[FindingState],
) -> Comparison:
    """What changed between the request (``before``) and the new scan and check (``after``).

    Cameras are matched by serial number (case and spaces ignored; cameras without one are left out),
    findings by code and the cameras they concern."""
    before = {_serial_key(c.serial): c for c in before_cameras if c.serial.strip()}
    after = {_serial_key(c.serial): c for c in after_cameras if c.serial.strip()}
    speed_changes = tuple(
        SpeedChange(after[k], before[k].link_speed, after[k].link_speed)
        for k in before
        if k in after and before[k].link_speed and after[k].link_speed and before[k].link_speed != after[k].link_speed
    )
    old = {f.key: f for f in before_findings}
    now = {f.key: f for f in after_findings}
    return Comparison(
        added=tuple(c for k, c in after.items() if k not in before),
        gone=tuple(c for k, c in before.items() if k not in after),
        speed_changes=speed_changes,
        fixed=tuple(f for k, f in old.items() if k not in now),
        still=tuple(f for k, f in now.items() if k in old),
        new=tuple(f for k, f in now.items() if k not in old),
        cameras_now=len(after),
    )


def _finding_line(finding: FindingState) -> str:
    cameras = f" ({', '.join(finding.cameras)})" if finding.cameras else ""
    return f"- {finding.title}{cameras}"


def reply_text(comparison: Comparison, message: str = "") -> str:
    """The before/after comparison as the reply to support (after the user's own ``message``, if any)."""
    lines = [message.strip(), ""] if message.strip() else []
    lines.append("I tried again and ran the app's scan and checks. Compared with my request:")
    lines.append("")
    lines.append(f"Cameras found now: {comparison.cameras_now}.")
    for camera in comparison.added:
        lines.append(f"- new: {camera.label}")
    for camera in comparison.gone:
        lines.append(f"- no longer found: {camera.label}")
    for change in comparison.speed_changes:
        lines.append(f"- link speed of {change.camera.label}: {change.before} -> {change.after}")
    if not (comparison.added or comparison.gone or comparison.speed_changes):
        lines.append("- the same cameras, at the same link speeds.")
    sections = (
        ("Fixed (no longer found)", comparison.fixed),
        ("Still there", comparison.still),
        ("New", comparison.new),
    )
    for title, findings in sections:
        if findings:
            lines += ["", f"{title}:", *(_finding_line(f) for f in findings)]
    if not (comparison.fixed or comparison.still or comparison.new):
        lines += ["", "The checks found nothing, before or now."]
    lines += ["", "The new findings are attached as JSON (findings.json)."]
    return "\n".join(lines)
