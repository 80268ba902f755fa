"""The duplicate guard end to end, as an unprivileged customer on the command line: a second request for a camera
already on one of the customer's open tickets is refused (exit code 6) and names that ticket; filed anyway, the
reason is in the ticket's text; a local draft naming the camera is found without the server too."""

from __future__ import annotations

import io
import json
import uuid

import pytest

from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.rma.request import CameraSource, RmaRequest
from tests.fakes.sample_requests import complete_request
from tests.integration.rt.test_customer_accounts import CUSTOMER_ADDRESS

pytestmark = pytest.mark.rt


def customer_request(serial: str, cameras: int = 1) -> RmaRequest:
    request = complete_request(cameras)
    first = request.cameras[0].model_copy(update={"serial": serial, "source": CameraSource.MANUAL, "scanned": None})
    contact = request.contact.model_copy(update={"email": CUSTOMER_ADDRESS})
    return request.model_copy(update={"cameras": [first, *request.cameras[1:]], "contact": contact})


def draft_in(data_dir, request: RmaRequest) -> str:
    with OutboxStore.open(resolve_paths(data_dir).ensure().outbox_db) as store:
        return store.create_draft(request).id[:8]


def log_in_as_customer(rt_server, data_dir, monkeypatch) -> None:
    assert main(["--data-dir", str(data_dir), "config", "set", "support.rt_url", rt_server.url]) == exit_codes.OK
    monkeypatch.setattr("sys.stdin", io.StringIO(rt_server.customer_token + "\n"))
    assert main(["--data-dir", str(data_dir), "login", "--token-stdin"]) == exit_codes.OK


def test_a_second_request_for_a_camera_on_an_open_ticket_is_refused_then_filed_anyway(
    rt_server, support_desk, tmp_path, capsys, monkeypatch
):
    serial = f"DUP-{uuid.uuid4().hex[:8].upper()}"
    office, lab = tmp_path / "office", tmp_path / "lab"  # two computers of the same customer
    log_in_as_customer(rt_server, office, monkeypatch)
    log_in_as_customer(rt_server, lab, monkeypatch)
    first = draft_in(office, customer_request(serial))
    assert main(["--data-dir", str(office), "submit", first]) == exit_codes.OK
    with OutboxStore.open(resolve_paths(office).outbox_db) as store:
        ticket = store.get(first).support_ticket_number
    assert ticket
    capsys.readouterr()

    second = draft_in(lab, customer_request(serial, cameras=2))
    code = main(["--data-dir", str(lab), "submit", second])
    out, err = capsys.readouterr()
    assert code == exit_codes.DUPLICATE
    assert f"support ticket #{ticket}" in err
    assert "on the server only" in err
    assert serial in err
    assert "sent —" not in out

    assert main(["--data-dir", str(lab), "draft", "queue", second, "--json"]) == exit_codes.DUPLICATE
    document = json.loads(capsys.readouterr().out)
    assert document["server_searched"] is True
    assert [(d["support_ticket_number"], d["serials"]) for d in document["duplicates"]] == [(ticket, [serial])]

    code = main(["--data-dir", str(lab), "submit", second, "--file-anyway", "second failure"])
    out = capsys.readouterr().out
    assert code == exit_codes.OK, out
    with OutboxStore.open(resolve_paths(lab).outbox_db) as store:
        filed = store.get(second).support_ticket_number
    assert filed
    assert filed != ticket
    assert "the server did not keep" not in out  # the customer's account name is resolved to its address
    text = support_desk.texts(filed)
    assert "Reason given for a new request: second failure" in text
    assert f"support ticket #{ticket}" in text


def test_a_local_draft_naming_the_camera_is_found_offline(rt_server, tmp_path, capsys, monkeypatch):
    serial = f"DUP-{uuid.uuid4().hex[:8].upper()}"
    log_in_as_customer(rt_server, tmp_path, monkeypatch)
    first = draft_in(tmp_path, customer_request(serial))
    second = draft_in(tmp_path, customer_request(serial, cameras=2))
    capsys.readouterr()

    code = main(["--data-dir", str(tmp_path), "draft", "queue", second, "--offline"])

    assert code == exit_codes.DUPLICATE
    assert f"request {first}" in capsys.readouterr().err
