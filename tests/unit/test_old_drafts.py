"""Drafts saved before warnings and findings had codes (their words only) still load, show and go to support."""

import json
import sqlite3
import zipfile

from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import legacy
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.rma.request import RmaRequest
from pixrma_desktop.rma.support_bundle import camera_record, make_support_bundle, request_findings
from pixrma_desktop.settings import Settings
from tests.fakes.command_runner import FakeRunner

SUBMISSION = "6f1c7d0e-3d5b-4c1e-9f53-1b2a3c4d5e6f"
PROSE = "USB 3 camera on a USB 2 link (high speed, 480 Mbit/s): plug it into a USB 3 port."
OLD_DRAFT = {
    "schema_version": 2,
    "submission_id": SUBMISSION,
    "contact": {"name": "Grace", "email": "grace@example.com"},
    "cameras": [
        {
            "serial": "712345678",
            "model": "PL-D755MU",
            "vendor": "Pixelink",
            "source": "scan",
            "scanned": {
                "schema_version": 1,
                "vendor": "Pixelink",
                "model": "PL-D755MU",
                "serial": "712345678",
                "transport": "usb3vision",
                "usb": {"bus": 2, "port_path": "1", "speed": "high", "supported_speeds": ["high", "super"]},
                "probes": ["usb3vision"],
                "warnings": [PROSE, "In use by another program; identity from USB descriptors only."],
            },
            "symptom": "Drops frames.",
        }
    ],
    "findings": [
        {"code": "usb2-link", "title": "Pixelink PL-D755MU is a USB 3 camera but runs at USB 2 speed.", "cameras": []},
        {"code": "a-check-that-no-longer-exists", "title": "Something an old version noticed.", "cameras": []},
    ],
}


def _old_outbox(path):
    """An outbox whose draft was written by a version without codes."""
    with OutboxStore.open(path) as store:
        store.create_draft(RmaRequest.model_validate({"submission_id": SUBMISSION}))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE requests SET document = ? WHERE id = ?", (json.dumps(OLD_DRAFT), SUBMISSION))
    conn.close()


def test_an_old_draft_in_the_outbox_loads_with_its_words(tmp_path):
    _old_outbox(tmp_path / "outbox.sqlite3")
    with OutboxStore.open(tmp_path / "outbox.sqlite3") as store:
        request = store.get(SUBMISSION).request
    record = camera_record(request.cameras[0])
    assert record.warnings == (legacy(PROSE), legacy("In use by another program; identity from USB descriptors only."))
    assert [str(w) for w in record.warnings] == OLD_DRAFT["cameras"][0]["scanned"]["warnings"]
    findings = request_findings(request)
    assert [f.code for f in findings] == [Code.USB2_LINK, Code.LEGACY_TEXT]
    assert [f.title for f in findings] == [note["title"] for note in OLD_DRAFT["findings"]]


def test_an_old_draft_still_makes_its_support_bundle(tmp_path):
    _old_outbox(tmp_path / "outbox.sqlite3")
    with OutboxStore.open(tmp_path / "outbox.sqlite3") as store:
        request = store.get(SUBMISSION).request
    paths = resolve_paths(tmp_path / "data")
    bundle = make_support_bundle(request, paths, Settings(), tmp_path / "bundles", runner=FakeRunner())
    with zipfile.ZipFile(bundle) as archive:
        summary = archive.read("summary.txt").decode()
        cameras = json.loads(archive.read("cameras.json"))["cameras"]
    assert f"warning: {PROSE}" in summary
    assert "Something an old version noticed. (legacy-text)" in summary
    assert cameras[0]["warning_codes"][0] == {
        "code": "legacy-text",
        "params": {"hint": "", "text": PROSE},
        "text": PROSE,
    }
