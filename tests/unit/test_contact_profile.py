"""The remembered contact profile: private, atomic, tolerant, and used to prefill the next request."""

from __future__ import annotations

import stat

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.rma.contact_profile import load_profile, profile_path, remember_from
from pixrma_desktop.rma.prefill import new_request
from pixrma_desktop.rma.request import CameraSource
from tests.fakes.sample_requests import dealer_request


def test_profile_is_private_and_prefills_the_next_request(tmp_path):
    request = dealer_request()
    path = remember_from(tmp_path / "config", request)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    profile = load_profile(tmp_path / "config")
    assert profile is not None
    fresh = new_request(
        [CameraRecord(model="PL-X", serial="12345", firmware_version="1.0")],
        contact=profile.contact,
        purchase=profile.purchase,
    )
    assert fresh.contact == request.contact
    assert fresh.purchase.dealer_email == "rma@optik.example"
    assert fresh.submission_id != request.submission_id
    assert fresh.cameras[0].source is CameraSource.SCAN
    assert fresh.cameras[0].serial == "12345"


def test_missing_or_damaged_profile_is_no_profile(tmp_path):
    assert load_profile(tmp_path) is None
    profile_path(tmp_path).write_text("{ damaged")
    assert load_profile(tmp_path) is None
    profile_path(tmp_path).write_text('{"contact": {"name": 5}}')
    assert load_profile(tmp_path) is None
