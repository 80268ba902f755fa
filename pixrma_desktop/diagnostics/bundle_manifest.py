"""What a support bundle says about itself: ``manifest.json`` and the sentence on what was redacted.

The manifest lists every other file (sha256, size, source, redactions, cut or not), what was left out and
why, and how each OS log was read. It is not redacted as a whole (its counts would look like
``"secret": 2``); each text in it that comes from outside is redacted on its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pixrma_desktop import __version__
from pixrma_desktop.diagnostics.bundle_plan import BundleInputs, Excluded, PlannedFile
from pixrma_desktop.diagnostics.redact import RedactionOptions, Redactor

FORMAT = "pixrma-support-bundle"
FORMAT_VERSION = 1
KEPT_FOR_SUPPORT = (
    "camera serial numbers, models and firmware / FPGA / XML / bootloader versions, and each camera's network "
    "identity (its IP, MAC, subnet and gateway, and the address of the network card it is reached through)"
)


def json_bytes(data: Any) -> bytes:
    """The bundle's JSON files as bytes: indented, keys sorted, UTF-8, a final newline."""
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def redaction_text(options: RedactionOptions) -> str:
    optional = {"host name": options.hostname, "e-mail addresses": options.emails, "IP addresses": options.ip}
    optional["MAC addresses"] = options.mac
    removed = [name for name, on in optional.items() if on]
    kept = [name for name, on in optional.items() if not on]
    text = "user name, home folder and secrets removed"
    if removed:
        text += "; " + ", ".join(removed) + " removed"
    if kept:
        text += "; " + ", ".join(kept) + " left in at the user's request"
    return f"{text}. Kept for support: {KEPT_FOR_SUPPORT}."


def manifest_document(
    inputs: BundleInputs,
    options: RedactionOptions,
    budget: int,
    files: Sequence[PlannedFile],
    excluded: Sequence[Excluded],
    redactor: Redactor,
) -> dict[str, Any]:
    def clean(text: str) -> str:
        return redactor.redact(text).text

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": inputs.created_at.isoformat(timespec="seconds"),
        "app_version": __version__,
        "budget_bytes": budget,
        "log_window": clean(inputs.log_window),
        "redaction": {
            "kinds": list(options.kinds()),
            "always": ["secret", "home", "user"],
            "kept_for_support": KEPT_FOR_SUPPORT,
        },
        "files": [f.to_dict() | {"source": clean(f.source), "note": clean(f.note)} for f in files],
        "excluded": [{"source": clean(e.source), "reason": clean(e.reason)} for e in excluded],
        "os_logs": [
            {
                "name": log.name,
                "status": str(log.status),
                "source": clean(log.source),
                "message": clean(log.message),
                "notes": [clean(n) for n in log.notes],
                "lines_read": log.lines_read,
                "lines_kept": log.lines_kept,
                "truncated": log.truncated,
            }
            for log in inputs.os_logs
        ],
    }
