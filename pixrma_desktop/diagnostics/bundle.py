"""The support bundle: one zip with everything support needs, nothing private, within a size budget.

Two steps, so the user sees exactly what will leave the machine before anything is written::

    with plan_bundle(inputs) as plan:       # every file, its size, sha256, what was redacted, what was cut
        print("\n".join(plan.describe()))  # the preview
        manifest = write_bundle(plan, out)  # writes exactly what the preview showed

Planning reads and redacts each log once, into a private anonymous temporary file (deleted when the plan is
closed), so what is written is byte for byte what was previewed, even if a log grows in between.

Contents: ``summary.txt`` (read this first), ``cameras.json`` (records and scan warnings), ``findings.json``,
``system.json``, ``logs/os/…`` (the OS log lines that matter), ``logs/app/…`` (the app's log), ``added/…`` (the
user's files) and ``manifest.json`` (sha256, size, source, redactions and cut-or-not of every other file).

Budget: ``EvidenceSettings.bundle_budget_mb`` MiB for the whole zip. The generated files come first, then the
files the user added (whole, or left out with the reason when they do not fit), then the logs share what is
left: no log takes more than half the budget, and a log larger than its share keeps its newest part and says
it was cut. Logs are read from their end in blocks, so memory and time follow the part kept, not the log's
size. Every text file is redacted (``redact.Redactor``); binary files (screenshots) are sent as they are.

Deterministic: entries sorted by name, timestamps from ``created_at``, fixed permissions and compression, so the
same inputs give the same bytes. The zip is created private (0600) and written atomically.

This module plans: it decides what goes in and in which order. The parts live next to it: ``bundle_plan``
(the inputs, planned files and the plan), ``log_budget`` (fitting the logs into the budget), ``bundle_spool``
(the planned files' bytes), ``bundle_manifest`` (``manifest.json``) and ``bundle_zip`` (``write_bundle``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import IO, Any

from pixrma_desktop import __version__
from pixrma_desktop.cameras.features import snapshot_to_dict, xml_file_name
from pixrma_desktop.cameras.record import SCHEMA_VERSION, record_to_dict
from pixrma_desktop.diagnostics.bundle_manifest import json_bytes, manifest_document, redaction_text
from pixrma_desktop.diagnostics.bundle_plan import BundleInputs, BundlePlan, Excluded, FileKind, PlannedFile
from pixrma_desktop.diagnostics.bundle_spool import in_memory_file, spooled_file
from pixrma_desktop.diagnostics.log_budget import LogCandidate, fit_logs
from pixrma_desktop.diagnostics.log_tail import newest_part
from pixrma_desktop.diagnostics.oslogs import LogStatus
from pixrma_desktop.diagnostics.redact import RedactionOptions, Redactor, camera_keep_values
from pixrma_desktop.diagnostics.summary import FileLine, human_size, render_summary

MIB = 1024 * 1024
RESERVE_BYTES = 256 * 1024
"""Kept free for summary.txt, manifest.json and the zip's own headers."""
BINARY_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".pdf"}
    | {".zip", ".gz", ".xz", ".7z", ".bin", ".raw", ".pxl", ".avi", ".mp4"}
)


def _is_binary(path: Path) -> bool:
    if path.suffix.lower() in BINARY_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            return b"\0" in handle.read(8192)
    except OSError:
        return False


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        folder, _, base = name.rpartition("/")
        candidate = f"{folder}/{number}-{base}"
        number += 1
    taken.add(candidate)
    return candidate


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name).strip(".") or "camera"


def _cameras_document(inputs: BundleInputs) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "cameras": [record_to_dict(c) for c in inputs.cameras],
        "scan_warnings": [w.to_dict() for w in inputs.scan_warnings],
    }


def plan_bundle(inputs: BundleInputs) -> BundlePlan:
    """Everything that would go into the bundle, redacted and measured; writes nothing the user can see.

    Close the plan (or use it in a ``with`` block) when done with it."""
    options = RedactionOptions.from_settings(inputs.settings, enabled=inputs.redact)
    redactor = Redactor(options, inputs.identity, keep=camera_keep_values(inputs.cameras))
    spool = tempfile.TemporaryFile(prefix="pixrma-bundle-")  # noqa: SIM115 - owned by the plan, closed by it
    try:
        return _plan(inputs, options, redactor, spool)
    except BaseException:
        spool.close()
        raise


def _plan(inputs: BundleInputs, options: RedactionOptions, redactor: Redactor, spool: IO[bytes]) -> BundlePlan:
    budget = max(int(inputs.settings.bundle_budget_mb * MIB), RESERVE_BYTES * 2)
    taken: set[str] = {"manifest.json", "summary.txt"}
    planned: list[PlannedFile] = []
    excluded: list[Excluded] = []

    def generated(name: str, data: Any, source: str) -> None:
        result = redactor.redact(json_bytes(data).decode("utf-8"))
        taken.add(name)
        planned.append(in_memory_file(name, result.text.encode("utf-8"), source, FileKind.GENERATED, result.counts))

    generated("cameras.json", _cameras_document(inputs), "the camera scan: records and warnings")
    generated("findings.json", {"findings": [f.to_dict() for f in inputs.findings]}, "remote-fix checks")
    system_doc = inputs.system.to_dict() if inputs.system else {"collected": False}
    generated("system.json", system_doc, "system report")
    for index, snapshot in enumerate(inputs.snapshots):
        folder = _unique(f"cameras/{_safe(snapshot.serial or f'camera-{index + 1}')}", taken)
        generated(f"{folder}/features.json", snapshot_to_dict(snapshot, with_xml=False), "configuration snapshot")
        if snapshot.xml is not None:
            name = f"{folder}/{xml_file_name(snapshot, index)}"
            taken.add(name)
            source = f"the camera's GenICam XML (SHA1 {snapshot.xml_sha1}), as the camera provides it"
            planned.append(in_memory_file(name, snapshot.xml, source, FileKind.GENERATED, {}, redacted=False))

    available = budget - RESERVE_BYTES - sum(f.size for f in planned)
    logs: list[LogCandidate] = []
    for os_log in inputs.os_logs:
        if os_log.status is LogStatus.OK and os_log.text:
            name = _unique(f"logs/os/{os_log.name}.log", taken)
            size = len(os_log.text.encode("utf-8"))
            logs.append(
                LogCandidate(
                    name, f"{os_log.source} (USB / network / camera lines)", FileKind.OS_LOG, size, text=os_log.text
                )
            )
    for log in inputs.logs:
        size = sum(p.stat().st_size for p in log.files if p.is_file())
        if size:
            logs.append(LogCandidate(_unique(log.name, taken), log.source, FileKind.APP_LOG, size, files=log.files))
    for path in inputs.added_files:
        shown = redactor.redact(str(path)).text
        if not path.is_file():
            excluded.append(Excluded(shown, "not found, or not a file"))
            continue
        name = _unique("added/" + redactor.redact(path.name).text, taken)
        size = path.stat().st_size
        if not _is_binary(path):
            logs.append(LogCandidate(name, f"added by the user: {shown}", FileKind.ADDED, size, files=(path,)))
            continue
        if size > available:
            excluded.append(
                Excluded(
                    shown,
                    f"{human_size(size)} does not fit in what is left of the "
                    f"{human_size(budget)} budget; send it separately",
                )
            )
            continue
        try:
            planned.append(
                spooled_file(
                    name, newest_part((path,), size), f"added by the user: {shown}", FileKind.ADDED, None, spool
                )
            )
        except OSError as exc:
            excluded.append(Excluded(shown, f"could not be read ({exc.strerror or exc})"))
            continue
        available -= size

    log_files, left_out = fit_logs(logs, available, budget, redactor, spool)
    planned.extend(log_files)
    excluded.extend(left_out)

    summary = render_summary(
        created_at=inputs.created_at,
        app_version=__version__,
        redaction=redaction_text(options),
        log_window=inputs.log_window,
        cameras=inputs.cameras,
        findings=inputs.findings,
        warnings=inputs.scan_warnings,
        system=inputs.system,
        os_logs=inputs.os_logs,
        files=[FileLine(f.path, f.size, _describe(f)) for f in sorted(planned, key=lambda f: f.path)],
        excluded=[(e.source, e.reason) for e in excluded],
        snapshots=inputs.snapshots,
    )
    result = redactor.redact(summary)
    planned.append(
        in_memory_file("summary.txt", result.text.encode("utf-8"), "this page", FileKind.GENERATED, result.counts)
    )
    planned.sort(key=lambda f: f.path)
    # The manifest is not redacted as a whole (its counts would look like "secret": 2); each text in it that
    # comes from outside is redacted on its own.
    manifest = manifest_document(inputs, options, budget, planned, excluded, redactor)
    planned.append(in_memory_file("manifest.json", json_bytes(manifest), "the list of files", FileKind.GENERATED, {}))
    planned.sort(key=lambda f: f.path)
    return BundlePlan(tuple(planned), tuple(excluded), budget, options.kinds(), inputs.created_at, spool)


def _describe(f: PlannedFile) -> str:
    text = f.source
    if f.cut:
        text += f"; CUT: newest {human_size(f.size)} of {human_size(f.original_size or 0)} kept"
    if not f.redacted:
        text += "; not redacted (binary)"
    return text
