"""The request's JSON form: submission id fixed, old drafts migrated, unknown keys ignored; field edits."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from pixrma_desktop.rma.edit import EditError, apply_edit, merge_json
from pixrma_desktop.rma.request import (
    SCHEMA_VERSION,
    CameraSource,
    DraftFormatError,
    Frequency,
    RmaRequest,
    Warranty,
    load_request,
)
from tests.fakes.sample_requests import complete_request

V1_DRAFT = {
    "schema_version": 1,
    "submission_id": "6f1c7d0e-3d5b-4c1e-9f53-1b2a3c4d5e6f",
    "contact": {"name": "Grace", "email": "grace@example.com", "address": "1 Harbour Rd"},
    "cameras": [{"serial": "712345678", "model": "PL-D755MU", "problem": "Drops frames at 60 fps."}],
}


def test_submission_id_is_fixed_at_creation():
    request = RmaRequest()
    again = load_request(request.to_json())
    assert again.submission_id == request.submission_id
    assert RmaRequest().submission_id != request.submission_id
    with pytest.raises(ValidationError):
        request.submission_id = RmaRequest().submission_id


def test_round_trip_keeps_everything():
    request = complete_request(cameras=2)
    assert load_request(request.to_json()) == request


def test_v1_draft_is_migrated():
    request = load_request(json.dumps(V1_DRAFT))
    assert request.schema_version == SCHEMA_VERSION
    assert str(request.submission_id) == V1_DRAFT["submission_id"]
    assert request.contact.shipping_address == "1 Harbour Rd"
    assert request.cameras[0].symptom == "Drops frames at 60 fps."


def test_draft_from_a_newer_version_still_loads():
    data = json.loads(complete_request().to_json())
    data["future_field"] = {"x": 1}
    data["cameras"][0]["temperature_history"] = [40, 41]
    assert load_request(data).cameras[0].serial == "712345678"


@pytest.mark.parametrize("text", ["not json", "[1, 2]", '{"warranty": "maybe"}'])
def test_damaged_drafts_raise_a_readable_error(text):
    with pytest.raises(DraftFormatError):
        load_request(text)


def test_apply_edit_sets_nested_fields_and_lists():
    request = complete_request()
    edited = apply_edit(request, "contact.name", "Grace Hopper")
    edited = apply_edit(edited, "cameras.0.error_messages", '["E1", "E2"]')
    edited = apply_edit(edited, "warranty", "out")
    edited = apply_edit(edited, "cameras.0.frequency", "once")
    assert edited.contact.name == "Grace Hopper"
    assert edited.cameras[0].error_messages == ["E1", "E2"]
    assert edited.warranty is Warranty.OUT
    assert edited.cameras[0].frequency is Frequency.ONCE
    assert request.contact.name == "Ada Lovelace"


def test_apply_edit_appends_a_camera_typed_by_hand():
    edited = apply_edit(complete_request(), "cameras.1.serial", "712340099")
    assert len(edited.cameras) == 2
    assert edited.cameras[1].source is CameraSource.MANUAL
    assert apply_edit(edited, "cameras.1.serial", "712340100").cameras[1].serial == "712340100"


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("submission_id", "x", "fixed"),
        ("cameras.0.serial", "1234567", "read from the camera"),
        ("cameras.0.firmware", "9.9", "read from the camera"),
        ("warranty", "perhaps", "warranty"),
        ("contact.nickname", "A", "no such field"),
        ("cameras.5.serial", "123", "no item"),
        ("", "x", "which field"),
    ],
)
def test_apply_edit_refuses(path, value, words):
    with pytest.raises(EditError, match=words):
        apply_edit(complete_request(), path, value)


def test_merge_json_lays_changes_over_and_guards_read_only_fields():
    request = complete_request()
    merged = merge_json(request, {"contact": {"phone": "+1 555 0100"}, "notes": "Call after 3 pm"})
    assert merged.contact.phone == "+1 555 0100"
    assert merged.contact.name == "Ada Lovelace"
    assert merged.notes == "Call after 3 pm"
    with pytest.raises(EditError, match="fixed"):
        merge_json(request, {"submission_id": str(RmaRequest().submission_id)})
    cameras = json.loads(request.to_json())["cameras"]
    cameras[0]["serial"] = "111111111"
    with pytest.raises(EditError, match="read from the camera"):
        merge_json(request, {"cameras": cameras})
