"""Remote-fix rules about camera software: the GenTL producer path, and what the Pixelink SDK warned about.

The Pixelink SDK answers some calls with a warning or an error that names the cause (its return code's name
is in the error report the scan keeps as a camera warning): the link is slower than the camera needs, the
camera runs at reduced speed, or a firewall seems to block the camera's packets.
"""

from __future__ import annotations

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.diagnostics.facts import SystemFacts
from pixrma_desktop.diagnostics.finding import Finding, Severity, finding
from pixrma_desktop.diagnostics.rule_help import real_cameras, who
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice

SDK_ANSWERS = (
    ("ApiIncorrectLinkSpeed", Code.SDK_LINK_SPEED, Severity.PROBLEM),
    ("ReducedSpeedWarning", Code.SDK_REDUCED_SPEED, Severity.WARNING),
    ("SuspectedFirewallBlock", Code.SDK_FIREWALL, Severity.PROBLEM),
)
"""(the name the SDK's return code has, the finding's code, its severity)."""
SDK_WARNING_CODES = frozenset({Code.SDK_REPORT, Code.SDK_OPEN_FAILED, Code.SDK_LIST_REFUSED, Code.SDK_SAYS})


def gentl_path(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    bad = [e for e in facts.gentl_path if e.problem]
    if not bad:
        return []
    missing = [e.path for e in bad if e.problem == "missing"]
    empty = [e.path for e in bad if e.problem == "no-producer"]
    details = "\n".join([f"missing: {p}" for p in missing] + [f"no GenTL producer (.cti) in it: {p}" for p in empty])
    params: dict[str, str | int] = {"count": len(bad), "entries": ", ".join(e.path for e in bad)}
    return [finding(Code.GENTL_PATH, Severity.WARNING, params, details=details)]


def _said(item: Notice) -> str:
    """What the SDK said in a warning: its report or error (the part that names the return code)."""
    params = item.params
    return str(params.get("report") or params.get("error") or params.get("note") or item)


def _sdk_texts(camera: CameraRecord) -> list[str]:
    return [_said(w) for w in camera.warnings if w.code in SDK_WARNING_CODES]


def pixelink_sdk_answers(result: ScanResult, facts: SystemFacts) -> list[Finding]:
    findings = []
    scan_texts = [_said(w.notice) for w in result.warnings if w.notice.code in SDK_WARNING_CODES]
    for name, code, severity in SDK_ANSWERS:
        cameras = [c for c in real_cameras(result) if any(name in t for t in _sdk_texts(c))]
        said = [t for c in cameras for t in _sdk_texts(c) if name in t] + [t for t in scan_texts if name in t]
        if not said:
            continue
        params = {"answer": name, "camera": cameras[0].display_name if cameras else ""}
        details = "\n".join(dict.fromkeys(said))
        findings.append(finding(code, severity, params, cameras=tuple(who(c) for c in cameras), details=details))
    return findings


RULES = (gentl_path, pixelink_sdk_answers)
