"""A new request pre-filled from what the app already knows: the latest scan and the remembered contact."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pixrma_desktop.cameras.record import CameraRecord, record_to_dict
from pixrma_desktop.rma.request import (
    CameraEntry,
    CameraSource,
    Contact,
    FindingNote,
    Purchase,
    RmaRequest,
    SoftwareComponent,
    SystemSummary,
)


def camera_from_record(record: CameraRecord) -> CameraEntry:
    """A request camera whose identity comes from the scan (read-only in the request)."""
    return CameraEntry(
        serial=record.serial or "",
        model=record.model or "",
        firmware=record.firmware_version or "",
        vendor=record.vendor or "",
        source=CameraSource.SCAN,
        scanned=record_to_dict(record),
        demo=record.demo,
    )


def system_from_report(facts: Mapping[str, Any], components: Iterable[tuple[str, str]] = ()) -> SystemSummary:
    """The request's system section from a system report's label → value facts and (name, version) pairs."""
    return SystemSummary(
        facts={str(k): str(v) for k, v in facts.items() if v not in (None, "")},
        components=[SoftwareComponent(name=name, version=version) for name, version in components],
    )


def new_request(
    cameras: Iterable[CameraRecord] = (),
    *,
    contact: Contact | None = None,
    purchase: Purchase | None = None,
    system: SystemSummary | None = None,
    findings: Iterable[Mapping[str, Any]] = (),
) -> RmaRequest:
    """A fresh draft (new submission id) with scanned cameras, the remembered contact and the system."""
    return RmaRequest(
        cameras=[camera_from_record(r) for r in cameras],
        contact=contact or Contact(),
        purchase=purchase or Purchase(),
        system=system or SystemSummary(),
        findings=[
            FindingNote(
                code=str(f.get("code", "")),
                title=str(f.get("title", "")),
                cameras=[str(c) for c in f.get("cameras") or ()],
            )
            for f in findings
            if f.get("title")
        ],
    )
