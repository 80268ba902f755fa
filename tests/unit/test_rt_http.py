"""RtBackend against a local HTTP server that answers the way RT does, including its odd corners."""

import base64
import json

import pytest
from werkzeug import Request, Response

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.backend import (
    Attachment,
    AuthError,
    PermanentError,
    Submission,
    TicketRef,
    TransientError,
)
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from pixrma_desktop.support.transport import TransportLimits

TOKEN = "1-2-secretsecretsecret"
TICKET = {
    "id": 7,
    "Status": "new",
    "Requestor": [{"id": "user@lab.example.org"}],
    "CustomFields": [
        {"name": "Serial Numbers", "values": ["S1", "S2"]},
        {"name": "Camera Model", "values": ["M"]},
        {"name": "Firmware Version", "values": ["1.0"]},
        {"name": "Submission ID", "values": ["sub-1"]},
    ],
}


@pytest.fixture
def backend(httpserver):
    settings = SupportSettings(rt_url=httpserver.url_for("/").rstrip("/"))
    limits = TransportLimits(connect_timeout_s=2, read_timeout_s=5, max_response_bytes=64 * 1024, get_retries=2)
    return RtBackend(settings, Credential(token=TOKEN), limits=limits)


@pytest.fixture
def submission(tmp_path):
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    return Submission(
        submission_id="sub-1",
        subject="RMA request",
        requestor_email="user@lab.example.org",
        body="broken",
        serials=("S1", "S2", "S1"),
        models=("M", "M"),
        firmware_versions=("1.0",),
        attachments=(Attachment(bundle, "bundle.zip", "application/zip"),),
    )


def expect_readback(httpserver, ticket=TICKET, size=10244):
    httpserver.expect_request("/REST/2.0/ticket/7", method="GET").respond_with_json(ticket)
    httpserver.expect_request("/REST/2.0/ticket/7/attachments").respond_with_json(
        {"items": [{"id": "3", "Filename": "bundle.zip", "ContentLength": str(size)}], "pages": None}
    )


def test_create_sends_rts_json_and_reads_the_ticket_back(httpserver, backend, submission):
    seen = {}

    def handler(request: Request) -> Response:
        seen["auth"] = request.headers["Authorization"]
        seen["type"] = request.headers["Content-Type"]
        seen["length"] = request.headers["Content-Length"]
        seen["body"] = json.loads(request.get_data())
        return Response(json.dumps({"id": "7"}), 201, {"Location": "/REST/2.0/ticket/7"})

    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_handler(handler)
    expect_readback(httpserver)

    ref = backend.create(submission)

    assert ref == TicketRef("7", url=f"{backend.base_url}/Ticket/Display.html?id=7", backend="rt")
    body = seen["body"]
    assert seen["auth"] == f"token {TOKEN}"
    assert seen["type"] == "application/json"
    assert "Transfer-Encoding" not in seen
    assert body["Queue"] == "Support"
    assert body["Requestor"] == "user@lab.example.org"
    assert body["ContentType"] == "text/plain"
    assert body["CustomFields"] == {
        "Serial Numbers": ["S1", "S2"],
        "Camera Model": ["M"],
        "Firmware Version": ["1.0"],
        "Submission ID": "sub-1",
    }
    [attachment] = body["Attachments"]
    assert attachment["FileName"] == "bundle.zip"
    assert attachment["FileType"] == "application/zip"
    assert base64.b64decode(attachment["FileContent"]) == submission.attachments[0].path.read_bytes()


def test_create_reports_fields_and_attachments_that_did_not_stick(httpserver, backend, submission):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_json({"id": 7.0}, status=201)
    dropped = dict(TICKET, Requestor=[], CustomFields=[{"name": "Submission ID", "values": ["sub-1"]}])
    expect_readback(httpserver, dropped, size=27)  # RT replaced the bundle by a short text stub

    ref = backend.create(submission)

    assert ref.ticket_id == "7"
    assert set(ref.unsaved_fields) == {
        "Serial Numbers",
        "Camera Model",
        "Firmware Version",
        "Requestor",
        "attachment bundle.zip",
    }


@pytest.mark.parametrize(
    ("user_answer", "status", "lost"),
    [
        ({"Name": "customer-a", "EmailAddress": "User@Lab.example.org"}, 200, ()),
        ({"Name": "customer-a", "EmailAddress": "someone.else@lab.example.org"}, 200, ("Requestor",)),
        ({"message": "Forbidden"}, 403, ("Requestor",)),
    ],
    ids=["account-name-with-our-address", "account-with-another-address", "account-not-readable"],
)
def test_requestor_listed_by_account_name_is_resolved_to_its_address(
    httpserver, backend, submission, user_answer, status, lost
):
    """REST2 names requestors by user name; a vendor-made customer account's name is not its address."""
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_json({"id": 7}, status=201)
    expect_readback(httpserver, dict(TICKET, Requestor=[{"id": "customer-a", "type": "user"}]))
    httpserver.expect_request("/REST/2.0/user/customer-a", method="GET").respond_with_json(user_answer, status=status)

    assert backend.create(submission).unsaved_fields == lost


def test_create_with_only_a_location_header(httpserver, backend, submission):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_response(
        Response("", 201, {"Location": "/REST/2.0/ticket/7"})
    )
    expect_readback(httpserver)
    assert backend.create(submission).ticket_id == "7"


def test_create_without_any_id_is_uncertain(httpserver, backend, submission):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_json({"type": "ticket"}, status=201)
    with pytest.raises(TransientError) as caught:
        backend.create(submission)
    assert caught.value.uncertain


def test_create_succeeds_even_if_the_read_back_fails(httpserver, backend, submission):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_json({"id": "7"}, status=201)
    httpserver.expect_request("/REST/2.0/ticket/7").respond_with_json({"message": "Forbidden"}, status=403)
    assert backend.create(submission).ticket_id == "7"


@pytest.mark.parametrize(
    ("status", "body", "error", "words"),
    [
        (401, {"message": "Unauthorized"}, AuthError, "pixrma login"),
        (302, "", AuthError, "pixrma login"),
        (403, {"message": "No permission to create tickets in the queue 'X'"}, PermanentError, "rt_support_queue"),
        (400, {"message": "JSON parse error"}, PermanentError, "JSON parse error"),
        (415, {"message": "Unsupported Media Type"}, PermanentError, "HTTP 415"),
        (404, {"message": "Not Found"}, PermanentError, "does not exist"),
    ],
)
def test_error_mapping(httpserver, backend, submission, status, body, error, words):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_json(body, status=status)
    with pytest.raises(error) as caught:
        backend.create(submission)
    assert words in str(caught.value)
    assert TOKEN not in str(caught.value)
    assert TOKEN not in repr(backend)


def test_queue_problem_names_the_setting(httpserver, backend, submission):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_json(
        {"message": "No permission to create tickets in the queue 'Suport'"}, status=403
    )
    with pytest.raises(PermanentError) as caught:
        backend.create(submission)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("support.rt_support_queue", "No permission to create tickets in the queue 'Suport'")
    ]


def test_busy_server_gives_retry_after_and_is_not_uncertain(httpserver, backend, submission):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_response(
        Response("{}", 429, {"Retry-After": "120"})
    )
    with pytest.raises(TransientError) as caught:
        backend.create(submission)
    assert caught.value.retry_after == 120
    assert not caught.value.uncertain


def test_post_is_never_retried_and_a_5xx_on_create_is_uncertain(httpserver, backend, submission):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_json({"message": "boom"}, status=502)
    with pytest.raises(TransientError) as caught:
        backend.create(submission)
    assert caught.value.uncertain
    assert len([r for r, _ in httpserver.log if r.method == "POST"]) == 1


def test_get_is_retried_after_a_503(httpserver, backend):
    answers = [Response("{}", 503), Response(json.dumps({"id": 7, "Status": "open"}), 200)]
    httpserver.expect_request("/REST/2.0/ticket/7").respond_with_handler(lambda request: answers.pop(0))
    httpserver.expect_request("/REST/2.0/tickets").respond_with_json({"items": [], "pages": 0.0, "total": None})

    status = backend.status(TicketRef("7"))

    assert status.server_status == "open"
    assert len([r for r, _ in httpserver.log if r.path == "/REST/2.0/ticket/7"]) == 2


def test_find_escapes_the_submission_id(httpserver, backend):
    httpserver.expect_request("/REST/2.0/queue/Support").respond_with_json({"id": 3, "Name": "Support"})
    httpserver.expect_request("/REST/2.0/queue/3/customfields").respond_with_json(
        {"items": [{"id": "5", "Name": "Submission ID"}], "total": None, "pages": None}
    )
    httpserver.expect_request("/REST/2.0/tickets").respond_with_json(
        {"items": [{"id": "9"}, {"id": 4}], "pages": 1.0, "total": 2}
    )

    ref = backend.find("x' OR Queue != 'y")

    query = httpserver.log[-1][0].args["query"]
    assert query == r"Queue = 'Support' AND CF.{Submission ID} = 'x\' OR Queue != \'y'"
    assert ref.ticket_id == "4"  # the first one filed


def test_status_with_rma_ticket(httpserver, backend):
    httpserver.expect_request("/REST/2.0/ticket/7").respond_with_json({"id": "7", "Status": "open"})
    httpserver.expect_request("/REST/2.0/tickets").respond_with_json(
        {"items": [{"id": "12", "Status": "stalled"}], "pages": 1, "total": 1}
    )

    status = backend.status(TicketRef("7"))

    assert status.rma_number == "12"
    assert status.step.value == "quote-pending"
    [search] = [request for request, _ in httpserver.log if request.path == "/REST/2.0/tickets"]
    assert search.args["query"] == "Queue = 'RMA' AND RefersTo = 7"


def test_oversized_answers_are_refused(httpserver, backend):
    httpserver.expect_request("/REST/2.0/ticket/7").respond_with_data(
        "x" * (65 * 1024), content_type="application/json"
    )
    with pytest.raises(PermanentError, match=r"(larger|more) than"):
        backend.status(TicketRef("7"))


def test_html_instead_of_json_is_explained(httpserver, backend):
    httpserver.expect_request("/REST/2.0/ticket/7").respond_with_data("<html>login</html>", content_type="text/html")
    with pytest.raises(TransientError, match="really a Request Tracker server"):
        backend.status(TicketRef("7"))


def test_basic_auth_header(httpserver):
    settings = SupportSettings(rt_url=httpserver.url_for("/").rstrip("/"))
    backend = RtBackend(settings, Credential(user="me", password="pw"))
    httpserver.expect_request("/REST/2.0/ticket/7").respond_with_json({"id": "7", "Status": "new"})
    httpserver.expect_request("/REST/2.0/tickets").respond_with_json({"items": []})

    backend.status(TicketRef("7"))

    for request, _ in httpserver.log:
        assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"me:pw").decode()
        assert "Mozilla" not in request.headers["User-Agent"]


def test_not_a_ticket_number(backend):
    with pytest.raises(PermanentError, match="not a ticket number"):
        backend.status(TicketRef("../queue/1"))


def test_timeout_on_create_is_uncertain(httpserver, submission):
    import threading

    release = threading.Event()

    def slow(request: Request) -> Response:
        release.wait(5)
        return Response("{}", 201)

    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_handler(slow)
    settings = SupportSettings(rt_url=httpserver.url_for("/").rstrip("/"))
    backend = RtBackend(
        settings, Credential(token=TOKEN), limits=TransportLimits(connect_timeout_s=1, read_timeout_s=0.3)
    )
    try:
        with pytest.raises(TransientError, match="timed out") as caught:
            backend.create(submission)
    finally:
        release.set()
    assert caught.value.uncertain


def test_an_unusable_answer_to_a_create_is_uncertain_not_a_refusal(httpserver, backend, submission):
    httpserver.expect_request("/REST/2.0/ticket", method="POST").respond_with_data(
        "x" * (65 * 1024), status=201, content_type="application/json"
    )
    with pytest.raises(TransientError) as caught:
        backend.create(submission)
    assert caught.value.uncertain
