"""Every validation rule of the RMA request, in user words, per field path, all at once."""

from __future__ import annotations

import pytest

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.rma.prefill import camera_from_record
from pixrma_desktop.rma.request import (
    CameraEntry,
    Frequency,
    Purchase,
    PurchaseChannel,
    RmaRequest,
    serial_problem,
    validate_request,
)
from tests.fakes.sample_requests import complete_request, dealer_request


def fields(request):
    return [p.field for p in validate_request(request)]


def test_complete_request_has_no_problems():
    assert validate_request(complete_request()) == []
    assert validate_request(complete_request(cameras=3)) == []
    assert validate_request(dealer_request()) == []


def test_empty_request_lists_every_problem_at_once():
    problems = validate_request(RmaRequest())
    assert [p.field for p in problems] == [
        "contact.name",
        "contact.email",
        "contact.shipping_address",
        "contact.country",
        "purchase.channel",
        "warranty",
        "cameras",
    ]
    assert all(p.message.endswith(".") and len(p.message) > 20 for p in problems)


@pytest.mark.parametrize("email", ["ada", "ada@", "ada@example", "a da@example.com", "@example.com"])
def test_bad_email_is_named(email):
    request = complete_request()
    request.contact.email = email
    problems = validate_request(request)
    assert [p.field for p in problems] == ["contact.email"]
    assert email in problems[0].message


def test_phone_is_optional_but_checked():
    request = complete_request()
    request.contact.phone = ""
    assert validate_request(request) == []
    request.contact.phone = "call me maybe"
    assert fields(request) == ["contact.phone"]


def test_dealer_needs_name_and_contact_email():
    request = complete_request()
    request.purchase = Purchase(channel=PurchaseChannel.DEALER)
    assert fields(request) == ["purchase.dealer_name", "purchase.dealer_email"]
    request.purchase.dealer_name = "Optik Handel"
    request.purchase.dealer_email = "not-an-address"
    problems = validate_request(request)
    assert [p.field for p in problems] == ["purchase.dealer_email"]
    assert "dealer" in problems[0].message


def test_vendor_purchase_ignores_dealer_fields():
    request = complete_request()
    request.purchase = Purchase(channel=PurchaseChannel.VENDOR, dealer_email="junk")
    assert validate_request(request) == []


@pytest.mark.parametrize("serial", ["712345678", "PL-D755-0042", "A1B", "SN.2024.17"])
def test_valid_serials(serial):
    assert serial_problem(serial) is None


@pytest.mark.parametrize("serial", ["", "12", "has space 1", "ABCDEF", "-123", "x" * 40 + "1", "12/34"])
def test_invalid_serials(serial):
    assert serial_problem(serial)


def test_each_camera_needs_serial_model_symptom_since_and_frequency_with_its_own_path():
    request = complete_request(cameras=3)
    request.cameras[1] = CameraEntry(serial="bad serial")
    request.cameras[2].frequency = None
    assert fields(request) == [
        "cameras.1.serial",
        "cameras.1.model",
        "cameras.1.symptom",
        "cameras.1.since",
        "cameras.1.frequency",
        "cameras.2.frequency",
    ]


def test_symptom_must_say_something():
    request = complete_request()
    request.cameras[0].symptom = "broken"
    problems = validate_request(request)
    assert [p.field for p in problems] == ["cameras.0.symptom"]
    assert "camera 1" in problems[0].message


def test_empty_error_message_entries_are_flagged():
    request = complete_request()
    request.cameras[0].error_messages = ["E1", "  "]
    assert fields(request) == ["cameras.0.error_messages.1"]


def test_duplicate_serials_are_refused():
    request = complete_request(cameras=2)
    request.cameras[1].serial = request.cameras[0].serial.lower()
    problems = validate_request(request)
    assert [p.field for p in problems] == ["cameras.1.serial"]
    assert "camera 1" in problems[0].message


def test_demo_cameras_are_refused_for_a_real_request():
    request = complete_request()
    demo = camera_from_record(CameraRecord(vendor="Sim", model="TLSimuColor", serial="SN-DEMO1", demo=True))
    request.cameras.append(
        demo.model_copy(
            update={"symptom": "Simulated trouble for the demo.", "since": "now", "frequency": Frequency.ONCE}
        )
    )
    problems = validate_request(request)
    assert [p.field for p in problems] == ["cameras.1"]
    assert "demo" in problems[0].message


def test_changed_scanned_identity_is_refused():
    request = complete_request()
    request.cameras[0].serial = "999999999"
    request.cameras[0].firmware = "0.0.1"
    assert fields(request) == ["cameras.0.serial", "cameras.0.firmware"]


def test_missing_evidence_file_is_named(tmp_path):
    present = tmp_path / "shot.png"
    present.write_bytes(b"png")
    request = complete_request()
    request.evidence.files = [str(present), str(tmp_path / "gone.log")]
    problems = validate_request(request)
    assert [p.field for p in problems] == ["evidence.files.1"]
    assert "gone.log" in problems[0].message


def test_several_cameras_in_one_request_each_with_an_issue():
    request = complete_request(cameras=4)
    assert validate_request(request) == []
    assert len({c.serial for c in request.cameras}) == 4
