"""The Request Tracker backend against a real RT 5 (provisioned by provision.sh on 127.0.0.1)."""

from __future__ import annotations

import dataclasses

import pytest

from pixrma_desktop.support.backend import AuthError, CaseStep, PermanentError, TicketRef, TransientError
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from tests.fakes.dropping_proxy import DroppingProxy
from tests.integration.rt.desk import make_submission

pytestmark = pytest.mark.rt


def test_three_cameras_become_one_ticket_with_everything_support_needs(rt_backend, support_desk, tmp_path):
    submission = make_submission(tmp_path, cameras=3)

    ref = rt_backend.create(submission)

    assert ref.unsaved_fields == ()
    assert ref.backend == "rt"
    assert ref.url.endswith(f"/Ticket/Display.html?id={ref.ticket_id}")
    ticket = support_desk.ticket(ref.ticket_id)
    fields = {cf["name"]: sorted(cf["values"]) for cf in ticket["CustomFields"]}
    assert fields["Serial Numbers"] == ["PX-1000", "PX-1001", "PX-1002"]
    assert fields["Camera Model"] == ["PL-D7512", "PL-X9000"]
    assert fields["Firmware Version"] == ["2.9.0", "3.2.1"]
    assert fields["Submission ID"] == [submission.submission_id]
    assert ticket["Subject"] == submission.subject
    assert [r["id"] for r in ticket["Requestor"]] == ["camera.user@lab.example.org"]
    files = support_desk.attachments(ref.ticket_id)
    for attachment in submission.attachments:
        assert files[attachment.filename] == attachment.path.read_bytes()
    assert support_desk.tickets_with_submission(submission.submission_id) == [ref.ticket_id]


def test_resending_finds_the_ticket_already_filed(rt_backend, tmp_path):
    submission = make_submission(tmp_path, cameras=1, bundle_bytes=1000, submission_id="it's a \\ test 'id'")
    first = rt_backend.create(submission)

    found = rt_backend.find(submission.submission_id)

    assert found is not None
    assert found.ticket_id == first.ticket_id
    assert rt_backend.find("never-sent-" + submission.submission_id) is None


def test_rma_ticket_linked_by_support_shows_up_as_the_rma_number(rt_backend, support_desk, tmp_path):
    ref = rt_backend.create(make_submission(tmp_path, cameras=1, bundle_bytes=1000))
    assert rt_backend.status(ref).step is CaseStep.RECEIVED
    assert rt_backend.status(ref).rma_number is None

    support_desk.set_status(ref.ticket_id, "open")
    assert rt_backend.status(ref).step is CaseStep.UNDER_REVIEW
    rma_id = support_desk.issue_rma(ref.ticket_id)
    status = rt_backend.status(ref)

    assert rma_id != ref.ticket_id
    assert status.rma_number == rma_id
    assert status.step is CaseStep.RMA_ISSUED
    assert status.ticket.ticket_id == ref.ticket_id
    assert f"RMA number {rma_id}" in status.detail

    support_desk.set_status(rma_id, "stalled")
    assert rt_backend.status(ref).step is CaseStep.QUOTE_PENDING
    support_desk.set_status(rma_id, "resolved")
    assert rt_backend.status(ref).step is CaseStep.REPAIRED_SHIPPED
    support_desk.set_status(ref.ticket_id, "resolved")
    assert rt_backend.status(ref).step is CaseStep.CLOSED


def test_other_link_type_from_the_settings(rt_server, rt_settings, support_desk, tmp_path):
    settings = dataclasses.replace(rt_settings, rt_rma_link="DependsOn")
    backend = RtBackend(settings, Credential(token=rt_server.app_token))
    ref = backend.create(make_submission(tmp_path, cameras=1, bundle_bytes=1000))
    support_desk.issue_rma(ref.ticket_id, link="RefersTo")  # not the configured link: not an RMA for us
    rma_id = support_desk.issue_rma(ref.ticket_id, link="DependsOn")

    assert backend.status(ref).rma_number == rma_id


def test_password_login_works_too(rt_server, rt_settings, tmp_path):
    support = RtBackend(rt_settings, Credential(user=rt_server.support_user, password=rt_server.support_password))
    assert support.create(make_submission(tmp_path, cameras=1, bundle_bytes=100)).ticket_id


def test_bad_token_says_to_log_in_again(rt_settings, tmp_path):
    backend = RtBackend(rt_settings, Credential(token="1-99-0123456789abcdef0123456789abcdef"))
    with pytest.raises(AuthError, match="pixrma login") as caught:
        backend.create(make_submission(tmp_path, cameras=1, bundle_bytes=100))
    assert "0123456789abcdef" not in str(caught.value)
    with pytest.raises(AuthError):
        backend.find("anything")


def test_unknown_queue_names_the_setting(rt_server, rt_settings, tmp_path):
    settings = dataclasses.replace(rt_settings, rt_support_queue="Suport")
    backend = RtBackend(settings, Credential(token=rt_server.app_token))

    with pytest.raises(PermanentError) as caught:
        backend.create(make_submission(tmp_path, cameras=1, bundle_bytes=100))

    assert "Suport" in str(caught.value)
    assert "support.rt_support_queue" in str(caught.value)
    assert [p.field for p in caught.value.problems] == ["support.rt_support_queue"]


def test_user_without_rights_gets_the_servers_reason(rt_server, rt_settings, tmp_path):
    """Everyone may file in Support (customers do), so the refusal is shown on RMA, where only support files."""
    settings = dataclasses.replace(rt_settings, rt_support_queue="RMA")
    backend = RtBackend(settings, Credential(user=rt_server.no_rights_user, password=rt_server.no_rights_password))
    with pytest.raises(PermanentError, match="No permission to create tickets in the queue 'RMA'"):
        backend.create(make_submission(tmp_path, cameras=1, bundle_bytes=100))


def test_wrong_field_names_are_reported_not_silently_lost(rt_server, rt_settings, tmp_path):
    settings = dataclasses.replace(rt_settings, rt_cf_serials="Serial Number", rt_cf_submission_id="Submission")
    backend = RtBackend(settings, Credential(token=rt_server.app_token))
    submission = make_submission(tmp_path, cameras=2, bundle_bytes=100)

    ref = backend.create(submission)

    assert set(ref.unsaved_fields) == {"Serial Number", "Submission"}
    with pytest.raises(PermanentError, match=r"support\.rt_cf_submission_id") as caught:
        backend.find(submission.submission_id)
    assert caught.value.problems[0].field == "support.rt_cf_submission_id"
    check = backend.check()
    assert not check.ok
    assert any("rt_cf_serials" in line for line in check.details)


def test_invalid_requestor_is_reported(rt_backend, tmp_path):
    submission = dataclasses.replace(make_submission(tmp_path, cameras=1, bundle_bytes=100), requestor_email="not mail")
    assert rt_backend.create(submission).unsaved_fields == ("Requestor",)


def test_check_passes_with_the_right_settings(rt_backend):
    check = rt_backend.check()
    assert check.ok, check


def test_missing_ticket_is_a_permanent_error(rt_backend):
    with pytest.raises(PermanentError, match="HTTP 404"):
        rt_backend.status(TicketRef("999999"))


def test_answer_lost_after_create_then_the_retry_adopts_the_ticket(rt_server, rt_settings, support_desk, tmp_path):
    host, port = rt_server.url.removeprefix("http://").split(":")
    submission = make_submission(tmp_path, cameras=3)
    with DroppingProxy(host, int(port)) as proxy:
        flaky = RtBackend(dataclasses.replace(rt_settings, rt_url=proxy.url), Credential(token=rt_server.app_token))
        with pytest.raises(TransientError) as caught:
            flaky.create(submission)
        assert proxy.dropped == 1
    assert caught.value.uncertain

    # What the outbox's sender does after an uncertain failure: look the submission up before sending again.
    ref = RtBackend(rt_settings, Credential(token=rt_server.app_token)).find(submission.submission_id)

    assert ref is not None
    assert support_desk.tickets_with_submission(submission.submission_id) == [ref.ticket_id]


def test_server_gone_is_transient_and_certain(rt_settings, tmp_path):
    from tests.integration.rt.server import free_port

    settings = dataclasses.replace(rt_settings, rt_url=f"http://127.0.0.1:{free_port()}")
    backend = RtBackend(settings, Credential(token="x"))
    with pytest.raises(TransientError, match="Cannot connect") as caught:
        backend.create(make_submission(tmp_path, cameras=1, bundle_bytes=100))
    assert not caught.value.uncertain
