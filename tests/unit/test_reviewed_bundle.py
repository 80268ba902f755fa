"""The support bundle the user reviewed is, byte for byte, the one sent; a request changed after review gets a
new bundle, and the history says which was sent, with its SHA-256."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pixrma_desktop.application.bundle_preview import review_bundle
from pixrma_desktop.application.drafts import queue_request, save_draft
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.application.sending import send_pass
from pixrma_desktop.diagnostics.applog import setup_logging
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.rma.reviewed_bundle import file_sha256, request_digest
from pixrma_desktop.settings import Settings
from tests.fakes.sample_requests import complete_request
from tests.fakes.scripted_backend import ScriptedBackend


@pytest.fixture
def backend() -> ScriptedBackend:
    return ScriptedBackend()


@pytest.fixture
def root(tmp_path, backend):
    paths = resolve_paths(tmp_path / "data")
    log = setup_logging(paths)
    made = AppRoot(paths, Settings(), backend_factory=lambda settings: backend)  # the full support bundle
    yield made
    made.close()
    log.close()


def _sent_bundle(backend: ScriptedBackend, request_id: str):
    (submission,) = backend.filed[str(request_id)]
    (zip_file,) = [a for a in submission.attachments if a.filename.endswith(".zip")]
    return zip_file.path


def test_the_reviewed_bundle_is_sent_byte_for_byte_and_its_hash_is_in_the_history(root, backend):
    request = complete_request(1)
    logging.getLogger("pixrma.test").warning("written before the review")
    preview, reviewed = review_bundle(root, request)
    assert preview.sha256 == file_sha256(Path(preview.bundle_path))
    assert reviewed.evidence.bundle_sha256 == preview.sha256
    assert reviewed.evidence.reviewed_digest == request_digest(request)
    for n in range(3):  # the app goes on logging between review and send
        logging.getLogger("pixrma.test").warning("written after the review, %d", n)
    save_draft(root, reviewed)
    queue_request(root, reviewed.id)
    send_pass(root, due_only=False)
    sent = _sent_bundle(backend, reviewed.submission_id)
    assert file_sha256(sent) == preview.sha256
    history = [detail for _at, event, detail in root.outbox.events(reviewed.id) if event == "bundle"]
    assert history == [f"sent the reviewed support bundle {sent.name}, SHA-256 {preview.sha256}"]


def test_a_request_changed_after_review_gets_a_new_bundle_and_the_history_says_why(root, backend):
    request = complete_request(1)
    preview, reviewed = review_bundle(root, request)
    changed = reviewed.model_copy(update={"cameras": complete_request(2).cameras})  # a camera added
    save_draft(root, changed)
    queue_request(root, changed.id)
    send_pass(root, due_only=False)
    sent = _sent_bundle(backend, changed.submission_id)
    new_sha = file_sha256(sent)
    (note,) = [detail for _at, event, detail in root.outbox.events(changed.id) if event == "bundle"]
    assert "the request changed after it was reviewed" in note
    assert f"SHA-256 {new_sha}" in note
    assert new_sha != preview.sha256
    assert f"the reviewed one had SHA-256 {preview.sha256}" in note


def test_a_reviewed_bundle_that_is_gone_is_built_again(root, backend):
    request = complete_request(1)
    preview, reviewed = review_bundle(root, request)
    Path(preview.bundle_path).unlink()
    save_draft(root, reviewed)
    queue_request(root, reviewed.id)
    send_pass(root, due_only=False)
    (note,) = [detail for _at, event, detail in root.outbox.events(reviewed.id) if event == "bundle"]
    assert "the reviewed bundle is gone" in note
