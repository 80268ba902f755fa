"""The preview of what a request sends: the support bundle file by file, what was redacted, the report text.

It plans the same bundle the sender writes (``rma.support_bundle.request_evidence`` then
``diagnostics.bundle.plan_bundle``) without writing it; reading the system report and the logs takes a while,
so callers run it off the GUI thread. Sizes are in bytes; the adapter formats them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.diagnostics.bundle_plan import PlannedFile
    from pixrma_desktop.rma.request import RmaRequest


@dataclass(frozen=True)
class FileTreatment:
    """What was done to one file of the bundle."""

    source: str
    redactions: dict[str, int] = field(default_factory=dict)
    redacted: bool = True
    cut_to: int | None = None
    """The newest this many bytes were kept …"""
    original_size: int = 0
    """… of a file this long."""


@dataclass(frozen=True)
class PreviewFile:
    name: str
    size: int
    role: str = ""
    """"bundle" (the zip), "cameras" (cameras.json), or "" for a file inside the bundle."""
    treatment: FileTreatment | None = None
    """For a file inside the bundle: what was done to it."""
    children: tuple[PreviewFile, ...] = ()


@dataclass(frozen=True)
class Preview:
    report: str
    files: tuple[PreviewFile, ...]
    redactions: dict[str, int] = field(default_factory=dict)
    left_out: tuple[str, ...] = ()
    bundle_path: str | None = None
    """The bundle written for the review (``review_bundle``): the very file that will be sent."""
    sha256: str | None = None


def review_bundle(root: AppRoot, request: RmaRequest) -> tuple[Preview, RmaRequest]:
    """Build the request's support bundle once, describe it, and return the request marked as reviewed with
    that file (its path and SHA-256): the sender sends this file, unless the request changes afterwards."""
    from pixrma_desktop.rma.reviewed_bundle import file_sha256, mark_reviewed
    from pixrma_desktop.rma.support_bundle import bundles_folder

    folder = bundles_folder(root.paths)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"support-bundle-{request.submission_id}.zip"
    preview = preview_bundle(root, request, write_to=path)
    sha = file_sha256(path)
    reviewed = mark_reviewed(request, path, sha)
    return replace(preview, bundle_path=str(path), sha256=sha), reviewed


def _treatment(planned: PlannedFile) -> FileTreatment:
    return FileTreatment(
        str(planned.source),
        dict(planned.redactions),
        bool(planned.redacted),
        planned.size if planned.cut else None,
        planned.original_size or 0,
    )


def preview_bundle(root: AppRoot, request: RmaRequest, *, write_to: Path | None = None) -> Preview:
    """Plan the support bundle exactly as the sender will, and describe it (``write_to``: and write it there)."""
    from pixrma_desktop.diagnostics.bundle import plan_bundle
    from pixrma_desktop.diagnostics.bundle_zip import write_bundle
    from pixrma_desktop.rma.render import cameras_document, report_text
    from pixrma_desktop.rma.support_bundle import request_evidence

    with plan_bundle(request_evidence(request, root.paths, root.settings)) as plan:
        inside = tuple(PreviewFile(f.path, f.size, treatment=_treatment(f)) for f in plan.files)
        bundle = PreviewFile(f"support-bundle-{request.submission_id}.zip", plan.total_size, "bundle", None, inside)
        redactions = plan.redaction_totals()
        left_out = tuple(f"{e.source}: {e.reason}" for e in plan.excluded)
        if write_to is not None:
            write_bundle(plan, write_to)
    cameras_size = len(json.dumps(cameras_document(request), indent=2).encode())
    files = (bundle, PreviewFile("cameras.json", cameras_size, "cameras"))
    return Preview(report_text(request), files, redactions, left_out)
