"""The report text and the submission built from a request."""

from __future__ import annotations

import json

from pixrma_desktop.rma.render import problem_description, report_html, report_text, subject, to_submission
from pixrma_desktop.rma.request import FindingNote
from tests.fakes.sample_requests import complete_request


def test_problem_description_names_every_camera_with_its_issue_in_one_report():
    request = complete_request(cameras=3)
    text = problem_description(request)
    blocks = text.split("\n\n")
    assert len(blocks) == 3
    for number, (camera, block) in enumerate(zip(request.cameras, blocks, strict=True), start=1):
        assert block.startswith(f"Camera {number} of 3:")
        assert f"serial {camera.serial}" in block
        assert camera.symptom in block
        assert camera.since in block
    assert "ApiStreamFailed (0x8000001F)" in text
    assert "several times a day" in text
    assert "(read from the camera)" in text
    assert "(entered by hand)" in text


def test_subject_names_cameras_and_models():
    assert subject(complete_request()) == "RMA request: Pixelink PL-D755MU S/N 712345678"
    assert subject(complete_request(cameras=3)) == "RMA request: 3 cameras (PL-D755MU, PL-D725CU x2)"


def test_report_has_contact_system_findings_evidence_and_never_calls_the_ticket_an_rma_number(tmp_path):
    request = complete_request()
    request.findings = [FindingNote(code="usb2-link", title="USB 3 camera on a USB 2 link", cameras=["712345678"])]
    shot = tmp_path / "screen.png"
    shot.write_bytes(b"png")
    request.evidence.files = [str(shot)]
    text = report_text(request)
    assert text.index("Problem Description") < text.index("Summary")
    for expected in (
        "Ada Lovelace",
        "ada@example.com",
        "London SW1Y 4JH",
        "United Kingdom",
        "directly from the vendor",
        "under warranty",
        "Debian 12",
        "Pixelink SDK 11.0",
        "USB 3 camera on a USB 2 link (cameras: 712345678)",
        "File: screen.png",
        str(request.submission_id),
    ):
        assert expected in text
    assert "RMA number" not in text


def test_html_report_escapes_user_text():
    request = complete_request()
    request.cameras[0].symptom = "<script>alert(1)</script> freezes"
    page = report_html(request)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_to_submission_carries_identity_fields_and_attachments(tmp_path):
    request = complete_request(cameras=2)
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(b"PK")
    submission = to_submission(request, bundle)
    assert submission.submission_id == str(request.submission_id)
    assert submission.subject == subject(request)
    assert submission.requestor_email == "ada@example.com"
    assert "Support bundle: bundle.zip" in submission.body
    assert submission.body.startswith(subject(request))
    assert submission.serials == ("712345678", "712340001")
    assert submission.models == ("PL-D755MU", "PL-D725CU")
    assert submission.firmware_versions == ("3.2.1", "2.0.7")
    names = [a.filename for a in submission.attachments]
    assert names == ["bundle.zip", "cameras.json"]
    cameras = json.loads(submission.attachments[1].path.read_text())
    assert [c["serial"] for c in cameras["cameras"]] == ["712345678", "712340001"]
    assert cameras["submission_id"] == str(request.submission_id)
