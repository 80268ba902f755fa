"""A small stand-in for the support bundle: the request's report, ``cameras.json`` and its attached files.

Tests of the sender, the dealer package and the crash harness hand ``bundle_maker(folder)`` to them as their
``make_bundle(request) -> Path``: it is quick and reads nothing from the system. The app always sends the
full support bundle (``rma.support_bundle``).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from pixrma_desktop.rma.render import cameras_document, report_text
from pixrma_desktop.rma.request import RmaRequest


def make_request_bundle(request: RmaRequest, folder: Path) -> Path:
    """Write ``folder/request-<id>.zip`` (replacing an older one) and return its path."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"request-{request.submission_id}.zip"
    tmp = path.with_suffix(".partial")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("report.txt", report_text(request))
        archive.writestr("cameras.json", json.dumps(cameras_document(request), indent=2))
        for n, name in enumerate(request.evidence.files):
            source = Path(name)
            if source.is_file():
                archive.write(source, f"files/{n:02d}-{source.name}")
    tmp.replace(path)
    return path


def bundle_maker(folder: Path) -> Callable[[RmaRequest], Path]:
    """A ``make_bundle`` for the sender and the dealer package in tests."""
    return lambda request: make_request_bundle(request, folder)
