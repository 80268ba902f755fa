"""The bundle the user reviewed is the bundle that is sent, byte for byte.

The review builds the support bundle once and the request keeps its path, its SHA-256 and a digest of what the
request said then (``mark_reviewed``). When the request goes out, ``reviewed_bundle`` hands that same file to
the sender, unless it is gone, its bytes changed, or the request changed after the review; then a new bundle is
built, and ``bundle_note`` says so (and gives the new hash) in the request's history.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pixrma_desktop.rma.request import RmaRequest

_BOOKKEEPING = {"bundle_path", "bundle_sha256", "reviewed_digest"}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def request_digest(request: RmaRequest) -> str:
    """A hash of everything the request says (not the review's own bookkeeping)."""
    text = request.model_dump_json(exclude={"evidence": _BOOKKEEPING})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mark_reviewed(request: RmaRequest, bundle: Path, sha256: str) -> RmaRequest:
    """The request, remembering that its user reviewed ``bundle`` (whose hash is ``sha256``)."""
    evidence = request.evidence.model_copy(
        update={"bundle_path": str(bundle), "bundle_sha256": sha256, "reviewed_digest": request_digest(request)}
    )
    return request.model_copy(update={"evidence": evidence})


def why_not_reviewed(request: RmaRequest) -> str | None:
    """None when the reviewed bundle can be sent as it is; else why not, in words for the history."""
    evidence = request.evidence
    if not (evidence.bundle_path and evidence.bundle_sha256 and evidence.reviewed_digest):
        return "the request was not reviewed"
    path = Path(evidence.bundle_path)
    if not path.is_file():
        return "the reviewed bundle is gone"
    if evidence.reviewed_digest != request_digest(request):
        return "the request changed after it was reviewed"
    if file_sha256(path) != evidence.bundle_sha256:
        return "the reviewed bundle was changed on disk"
    return None


def reviewed_bundle(request: RmaRequest) -> Path | None:
    """The reviewed bundle, when it is still the one to send."""
    if why_not_reviewed(request) is None and request.evidence.bundle_path:
        return Path(request.evidence.bundle_path)
    return None


def bundle_note(request: RmaRequest, bundle: Path, why_new: str | None) -> str:
    """What the history says about the bundle that is sent: its hash, and whether it is the reviewed one
    (``why_new``: ``why_not_reviewed`` as it stood before the bundle was made)."""
    sha = file_sha256(bundle)
    reviewed = request.evidence.bundle_sha256
    if why_new is None and sha == reviewed:
        return f"sent the reviewed support bundle {bundle.name}, SHA-256 {sha}"
    if reviewed:
        same = "the same bytes as the reviewed one" if sha == reviewed else f"the reviewed one had SHA-256 {reviewed}"
        return f"built a new support bundle {bundle.name}, SHA-256 {sha}, because {why_new}; not reviewed ({same})"
    return f"built the support bundle {bundle.name}, SHA-256 {sha} ({why_new})"
