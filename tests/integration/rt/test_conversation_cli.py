"""`pixrma conversation`, `reply` and `packing-slip` end to end against the real Request Tracker 5, as the
unprivileged customer: the request is filed with `pixrma submit`, support answers with a file, the customer
reads and answers (once, also when the answer to the reply is lost) and prints the packing slip."""

from __future__ import annotations

import dataclasses
import json
import uuid
from urllib.parse import urlsplit

import pytest

from pixrma_desktop.application.drafts import queue_request, save_draft
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.cli import main
from pixrma_desktop.rma.request import CameraSource
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from tests.fakes.dropping_proxy import DroppingProxy
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import complete_request
from tests.unit.test_packing_slip import pdf_text

pytestmark = pytest.mark.rt


class Customer:
    """Command lines run as customer-a, through ``url`` (RT itself, or a proxy in front of it)."""

    def __init__(self, rt_server, rt_settings, tmp_path) -> None:
        self.token = rt_server.customer_token
        self.settings = rt_settings
        self.url = rt_server.url
        self.data = str(tmp_path / "data")
        self.serials: list[str] = []

    def root(self, data_dir: str | None) -> AppRoot:
        settings = dataclasses.replace(self.settings, rt_url=self.url)
        return AppRoot.build(
            data_dir,
            backend_factory=lambda _: RtBackend(settings, Credential(token=self.token)),
            bundle_maker_factory=lambda paths, _: bundle_maker(paths.cache_dir / "bundles"),
        )

    def run(self, capsys, *argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", self.data, *argv], root_factory=self.root)
        out, err = capsys.readouterr()
        return code, out, err


@pytest.fixture
def customer(rt_server, rt_settings, tmp_path) -> Customer:
    return Customer(rt_server, rt_settings, tmp_path)


@pytest.fixture
def filed(customer, capsys) -> tuple[str, str]:
    """(request id, support ticket number) of a two-camera request filed with `pixrma submit`."""
    root = customer.root(customer.data)
    try:
        request = complete_request(cameras=2)
        request.contact.email = "buyer@lab-a.test"  # customer-a's address: the requestor, who may see the ticket
        # Serials of their own: other tests look for the customer's open tickets by serial.
        request.cameras = [
            c.model_copy(update={"serial": f"CONV-{uuid.uuid4().hex[:8].upper()}", "source": CameraSource.MANUAL,
                                 "scanned": None})
            for c in request.cameras
        ]  # fmt: skip
        save_draft(root, request)
        queue_request(root, request.id)
    finally:
        root.close()
    code, out, err = customer.run(capsys, "submit", str(request.id)[:8])
    assert code == 0, err
    code, out, _ = customer.run(capsys, "status", str(request.id)[:8], "--json", "--offline")
    customer.serials = [c.serial for c in request.cameras]
    return str(request.id), json.loads(out)[0]["support_ticket_number"]


def test_supports_answer_with_a_file_shows_after_the_request(customer, support_desk, filed, capsys):
    request_id, ticket = filed
    support_desk.reply(ticket, "Please try firmware 3.3; notes attached.", {"fw-notes.txt": b"step 1\n"})

    code, out, err = customer.run(capsys, "conversation", request_id[:8], "--json")

    assert code == 0, err
    items = json.loads(out)["items"]
    assert [(i["author"], i["ticket"]) for i in items] == [("you", ticket), ("support", ticket)]
    assert "The image freezes after a few minutes" in items[0]["text"]
    assert items[1]["text"] == "Please try firmware 3.3; notes attached."
    assert [(a["name"], a["size"]) for a in items[1]["attachments"]] == [("fw-notes.txt", 7)]

    code, out, _ = customer.run(capsys, "status", request_id[:8])
    assert "1 unread" in out


def test_a_reply_with_a_file_adds_exactly_one_correspondence_when_its_answer_is_dropped(
    customer, support_desk, filed, capsys, tmp_path
):
    request_id, ticket = filed
    note = tmp_path / "f.txt"
    note.write_text("camera log after the firmware update\n")
    host, port = urlsplit(customer.url).netloc.split(":")
    with DroppingProxy(host, int(port), drop_paths=("/correspond",), drop_limit=1) as proxy:
        customer.url = proxy.url
        code, out, err = customer.run(
            capsys, "reply", request_id[:8], "--message", "Tried 3.3: still fails.", "--attach", str(note)
        )
        assert proxy.dropped == 1

    assert code == 0, err
    assert f"Reply added to ticket #{ticket} with 1 file(s)." in out
    mine = [c for c in support_desk.correspondence(ticket) if "Tried 3.3" in c["text"]]
    assert len(mine) == 1
    assert mine[0]["files"] == ["f.txt"]


def test_the_packing_slip_holds_the_rma_number_and_every_serial(customer, support_desk, filed, capsys, tmp_path):
    request_id, ticket = filed
    slip = tmp_path / "slip.pdf"
    code, _, err = customer.run(capsys, "packing-slip", request_id[:8], "--out", str(slip))
    assert code == 1
    assert "No RMA number is known for this request yet" in err

    rma = support_desk.issue_rma_with_instructions(ticket, "Ship the cameras to 1 Main St., Ottawa.\n")
    code, out, err = customer.run(capsys, "conversation", request_id[:8])
    assert code == 0, err
    assert f"Return instructions (RMA number {rma}), as support wrote them:" in out
    assert "Ship the cameras to 1 Main St., Ottawa." in out

    code, _, err = customer.run(capsys, "packing-slip", request_id[:8], "--out", str(slip))
    assert code == 0, err
    text = pdf_text(slip)
    assert f"RMA {rma}" in text
    assert len(customer.serials) == 2
    for serial in customer.serials:
        assert serial in text
