""" "Try again and report": scan and check again, compare with what the request was filed with, and reply with it.

``recheck`` runs the scan and the remote-fix checks (``application.scanning``) and compares the result with the
request's stored cameras and findings (``rma.recheck.compare``); the caller shows the comparison, then sends
``Recheck.text`` with ``Recheck.findings_file`` attached (``application.conversation.send_reply``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.settings import DemoMode

if TYPE_CHECKING:
    from pixrma_desktop.cameras.scan_result import ScanEvent, ScanResult
    from pixrma_desktop.outbox.reply_records import ReplyFile
    from pixrma_desktop.rma.recheck import CameraState, Comparison, FindingState
    from pixrma_desktop.rma.request import RmaRequest


@dataclass(frozen=True)
class Recheck:
    comparison: Comparison
    findings: tuple[dict[str, Any], ...]
    """The new findings as the documented JSON objects."""
    findings_file: ReplyFile
    """The new findings as JSON, written where replies keep their files, ready to attach."""

    def text(self, message: str = "") -> str:
        from pixrma_desktop.rma.recheck import reply_text

        return reply_text(self.comparison, message)


def filed_state(request: RmaRequest) -> tuple[list[CameraState], list[FindingState]]:
    """The cameras (with the link speed the scan saw) and findings a request was filed with."""
    from pixrma_desktop.rma.recheck import CameraState, FindingState, link_speed_of

    cameras = [CameraState(c.serial, c.model, link_speed_of(c.scanned)) for c in request.cameras]
    findings = [FindingState(f.code, f.title, tuple(f.cameras)) for f in request.findings]
    return cameras, findings


def scanned_state(result: ScanResult, documents: list[dict[str, Any]]) -> tuple[list[CameraState], list[FindingState]]:
    from pixrma_desktop.cameras.record import record_to_dict
    from pixrma_desktop.rma.recheck import CameraState, FindingState, link_speed_of

    cameras = [
        CameraState(c.serial or "", c.model or "", link_speed_of(record_to_dict(c))) for c in result.cameras if c.serial
    ]
    findings = [
        FindingState(str(d.get("code", "")), str(d.get("title", "")), tuple(str(s) for s in d.get("cameras", [])))
        for d in documents
    ]
    return cameras, findings


def recheck(
    root: AppRoot,
    request_id: str,
    *,
    demo_mode: DemoMode | None = None,
    timeout: float | None = None,
    on_event: Callable[[ScanEvent], None] | None = None,
) -> Recheck:
    """Scan and check again and compare with the request; the new findings are written as JSON to attach."""
    from pixrma_desktop.application.conversation import new_file_name, reply_file, reply_folder
    from pixrma_desktop.application.scanning import check_result, run_scan, system_facts
    from pixrma_desktop.rma.recheck import compare

    row = root.outbox.get(request_id)
    settings = root.settings.cameras
    result = run_scan(root, settings, demo_mode or settings.demo, timeout=timeout, on_event=on_event)
    outcome = check_result(root, result, system_facts(root, result))
    before_cameras, before_findings = filed_state(row.request)
    after_cameras, after_findings = scanned_state(result, outcome.documents)
    comparison = compare(before_cameras, before_findings, after_cameras, after_findings)
    path = reply_folder(root) / new_file_name(f"findings-{row.id[:8]}", ".json")
    path.write_text(json.dumps(outcome.documents, indent=2, ensure_ascii=False), encoding="utf-8")
    return Recheck(comparison, tuple(outcome.documents), reply_file(path, "findings.json"))
