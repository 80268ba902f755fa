"""The report text: the vendor's "Problem Description" and a plain-text summary, plus the ``Submission``.

One text serves everywhere a request is written out: the support ticket's body, the e-mail fallback and the
dealer package. Per the vendor's process, several cameras go into ONE report, and the problem description
names every camera's serial number with its issue.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from pixrma_desktop.rma.request import (
    FREQUENCY_LABELS,
    WARRANTY_LABELS,
    CameraEntry,
    CameraSource,
    PurchaseChannel,
    RmaRequest,
)
from pixrma_desktop.support.backend import Attachment, Submission

_MISSING = "(not given)"


def _or_missing(value: str) -> str:
    return value.strip() or _MISSING


def _camera_block(number: int, total: int, camera: CameraEntry) -> list[str]:
    identity = ", ".join(
        part
        for part in (
            " ".join(p for p in (camera.vendor, camera.model) if p) or "model not given",
            f"serial {camera.serial or _MISSING}",
            f"firmware {camera.firmware}" if camera.firmware else "firmware unknown",
        )
        if part
    )
    source = "read from the camera" if camera.source is CameraSource.SCAN else "entered by hand"
    lines = [f"Camera {number} of {total}: {identity} ({source})"]
    lines.append(f"  What happens: {_or_missing(camera.symptom)}")
    lines.append(f"  Since: {_or_missing(camera.since)}")
    lines.append(f"  How often: {FREQUENCY_LABELS[camera.frequency] if camera.frequency else _MISSING}")
    if camera.error_messages:
        lines.append("  Exact error messages:")
        lines.extend(f"    {message}" for message in camera.error_messages)
    else:
        lines.append("  Exact error messages: none shown")
    return lines


def problem_description(request: RmaRequest) -> str:
    """The "Problem Description": every camera's serial number with its issue, one block per camera."""
    if not request.cameras:
        return "No camera named yet."
    blocks = ["\n".join(_camera_block(n, len(request.cameras), c)) for n, c in enumerate(request.cameras, start=1)]
    return "\n\n".join(blocks)


def subject(request: RmaRequest) -> str:
    """A ticket subject naming the cameras: one camera by model and serial, several by count and models."""
    cameras = request.cameras
    if not cameras:
        return "RMA request"
    if len(cameras) == 1:
        return f"RMA request: {cameras[0].label}"
    models: dict[str, int] = {}
    for camera in cameras:
        models[camera.model or "unknown model"] = models.get(camera.model or "unknown model", 0) + 1
    listed = ", ".join(f"{m} x{n}" if n > 1 else m for m, n in models.items())
    return f"RMA request: {len(cameras)} cameras ({listed})"


def _purchase_line(request: RmaRequest) -> str:
    purchase = request.purchase
    if purchase.channel is PurchaseChannel.VENDOR:
        return "directly from the vendor"
    if purchase.channel is PurchaseChannel.DEALER:
        contact = f" <{purchase.dealer_email}>" if purchase.dealer_email else ""
        return f"from the dealer {_or_missing(purchase.dealer_name)}{contact}"
    return _MISSING


def summary_text(request: RmaRequest) -> str:
    """Contact, purchase, warranty, system, the app's findings and the evidence, as plain text."""
    c = request.contact
    lines = ["Contact"]
    lines += [
        f"  Name: {_or_missing(c.name)}",
        f"  Company: {_or_missing(c.company)}",
        f"  E-mail: {_or_missing(c.email)}",
        f"  Phone: {_or_missing(c.phone)}",
        f"  Country: {_or_missing(c.country)}",
        "  Shipping address:",
        *(f"    {line}" for line in (c.shipping_address.strip() or _MISSING).splitlines()),
        "",
        f"Bought: {_purchase_line(request)}",
        f"Warranty (as the customer believes): {WARRANTY_LABELS[request.warranty] if request.warranty else _MISSING}",
        "",
        "System",
    ]
    facts = request.system.facts
    lines += [f"  {label}: {value}" for label, value in facts.items()] or ["  (no system report)"]
    if request.system.components:
        lines.append("  Software components:")
        lines += [f"    {s.name} {s.version}".rstrip() for s in request.system.components]
    lines += ["", "Findings of the app's checks"]
    lines += [
        f"  - {f.title}" + (f" (cameras: {', '.join(f.cameras)})" if f.cameras else "") for f in request.findings
    ] or ["  none"]
    lines += ["", "Evidence"]
    evidence = []
    if request.evidence.bundle_path:
        evidence.append(f"  Support bundle: {Path(request.evidence.bundle_path).name}")
    evidence += [f"  File: {Path(name).name}" for name in request.evidence.files]
    lines += evidence or ["  none attached"]
    if request.notes.strip():
        lines += ["", "Notes", *(f"  {line}" for line in request.notes.strip().splitlines())]
    return "\n".join(lines)


def _filed_anyway_lines(request: RmaRequest) -> list[str]:
    if not request.filed_anyway.strip():
        return []
    return [
        "",
        "Filed as a new request on purpose",
        *(f"  {line}" for line in request.filed_anyway.strip().splitlines()),
    ]


def report_text(request: RmaRequest) -> str:
    """The whole report: the problem description first (what the vendor's form asks for), then the summary."""
    return "\n".join(
        [
            subject(request),
            f"Submission ID: {request.submission_id}",
            *_filed_anyway_lines(request),
            "",
            "Problem Description",
            "===================",
            problem_description(request),
            "",
            "Summary",
            "=======",
            summary_text(request),
            "",
        ]
    )


def report_html(request: RmaRequest) -> str:
    """The same report as a small self-contained HTML page (for the dealer package)."""
    title = html.escape(subject(request))
    body = html.escape(report_text(request))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        "<style>body{font-family:sans-serif;margin:2em}pre{white-space:pre-wrap;font-size:1rem}</style>"
        f"</head><body><h1>{title}</h1><pre>{body}</pre></body></html>\n"
    )


def cameras_document(request: RmaRequest) -> dict[str, object]:
    """The cameras as machine-readable JSON (``cameras.json``) for support's tools."""
    return {
        "submission_id": str(request.submission_id),
        "cameras": [
            {
                "serial": c.serial,
                "model": c.model,
                "vendor": c.vendor,
                "firmware": c.firmware,
                "source": str(c.source),
                "symptom": c.symptom,
                "since": c.since,
                "frequency": str(c.frequency) if c.frequency else None,
                "error_messages": list(c.error_messages),
                "scanned": c.scanned,
            }
            for c in request.cameras
        ],
    }


def write_cameras_json(request: RmaRequest, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"cameras-{request.submission_id}.json"
    path.write_text(json.dumps(cameras_document(request), indent=2) + "\n", encoding="utf-8")
    return path


def to_submission(request: RmaRequest, bundle_path: Path | None) -> Submission:
    """What the backend files: subject, report text, camera identity fields, the bundle and ``cameras.json``.

    ``cameras.json`` is written next to the bundle (or into the current directory without one).
    """
    folder = bundle_path.parent if bundle_path is not None else Path.cwd()
    attachments = []
    if bundle_path is not None:
        attachments.append(Attachment(bundle_path, bundle_path.name, "application/zip"))
        evidence = request.evidence.model_copy(update={"bundle_path": str(bundle_path)})
        request = request.model_copy(update={"evidence": evidence})
    attachments.append(Attachment(write_cameras_json(request, folder), "cameras.json", "application/json"))
    return Submission(
        submission_id=str(request.submission_id),
        subject=subject(request),
        requestor_email=request.contact.email.strip(),
        body=report_text(request),
        serials=tuple(c.serial for c in request.cameras),
        models=tuple(c.model for c in request.cameras),
        firmware_versions=tuple(c.firmware for c in request.cameras),
        attachments=tuple(attachments),
    )
