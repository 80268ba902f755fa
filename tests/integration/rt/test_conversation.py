"""The conversation after filing, against the real Request Tracker 5, as the unprivileged customer customer-a:
support answers with text, files and HTML, comments internally and issues an RMA; the customer reads it, saves
files, replies exactly once (also when the answer to the reply is lost) and prints the packing slip; a second
customer sees none of it."""

from __future__ import annotations

import dataclasses
import socket
from urllib.parse import urlsplit

import pytest

from pixrma_desktop.outbox.conversation_refresh import refresh_conversation
from pixrma_desktop.outbox.reply_records import ReplyFile, ReplyState
from pixrma_desktop.outbox.reply_sender import ReplySender
from pixrma_desktop.outbox.sender import Outcome
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.rma.packing_slip import PackingSlip, write_packing_slip
from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.backend import PermanentError, TicketRef
from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from pixrma_desktop.support.saved_files import save_file
from pixrma_desktop.support.thread import Author, ItemKind
from pixrma_desktop.support.timeline import Stage, return_instructions, timeline
from pixrma_desktop.support.transport import TransportLimits, make_session
from tests.fakes.dropping_proxy import DroppingProxy
from tests.fakes.sample_requests import complete_request
from tests.integration.rt.desk import make_submission
from tests.unit.test_packing_slip import pdf_text

pytestmark = pytest.mark.rt

ADDRESS = "buyer@lab-a.test"


def counting_session(calls: list[tuple[str, str]]):
    session = make_session(TransportLimits())
    send = session.request

    def request(method, url, *args, **kwargs):
        calls.append((method, urlsplit(url).path))
        return send(method, url, *args, **kwargs)

    session.request = request
    return session


@pytest.fixture
def calls():
    return []


@pytest.fixture
def customer(rt_server, rt_settings, calls) -> RtBackend:
    return RtBackend(rt_settings, Credential(token=rt_server.customer_token), session=counting_session(calls))


@pytest.fixture
def other_customer(rt_server, rt_settings) -> RtBackend:
    return RtBackend(rt_settings, Credential(token=rt_server.other_customer_token))


@pytest.fixture
def filed(customer, tmp_path) -> TicketRef:
    submission = dataclasses.replace(make_submission(tmp_path / "sub", cameras=2), requestor_email=ADDRESS)
    return customer.create(submission)


def test_supports_answer_with_a_file_follows_the_request_and_internal_notes_never_show(
    customer, support_desk, filed, calls, tmp_path
):
    support_desk.reply(filed.ticket_id, "Please try firmware 3.3; notes attached.", {"fw-notes.txt": b"step 1\n"})
    support_desk.comment(filed.ticket_id, "INTERNAL: probably a cable problem")
    calls.clear()

    conversation = customer.conversation(filed.ticket_id, you=[ADDRESS])

    request, answer = conversation.items
    assert (request.author, request.kind) == (Author.YOU, ItemKind.CREATED)
    assert request.text.startswith("Camera stops streaming after ~10 minutes.")
    assert (answer.author, answer.kind, answer.text) == (
        Author.SUPPORT,
        ItemKind.REPLY,
        "Please try firmware 3.3; notes attached.",
    )
    assert [(a.name, a.size) for a in answer.attachments] == [("fw-notes.txt", 7)]
    assert all("INTERNAL" not in i.text for i in conversation.items)
    assert len(calls) == 2  # history and MIME parts; no file content
    assert not any("/attachment/" in path for _, path in calls)

    content = customer.attachment_content(answer.attachments[0].id)
    saved = save_file(tmp_path, answer.attachments[0].name, content)
    assert saved.read_bytes() == b"step 1\n"

    calls.clear()
    again = customer.conversation(filed.ticket_id, conversation, you=[ADDRESS])
    assert len(again.items) == 2
    assert len(calls) == 1  # nothing new: the history says so, no MIME parts asked for


def test_html_from_support_runs_nothing_loads_nothing_and_hostile_names_stay_in_the_folder(
    customer, support_desk, filed, tmp_path
):
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    port = listener.getsockname()[1]
    support_desk.reply(
        filed.ticket_id,
        f"<p>Use <a href='https://fw.vendor.example/3.3'>the new firmware</a>.</p>"
        f"<script>fetch('http://127.0.0.1:{port}/js')</script><img src='http://127.0.0.1:{port}/pixel.png'>",
        {"../../evil": b"not yours"},
        html=True,
    )

    conversation = customer.conversation(filed.ticket_id, you=[ADDRESS])
    answer = conversation.items[-1]
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    saved = save_file(chosen, answer.attachments[0].name, customer.attachment_content(answer.attachments[0].id))

    assert answer.text == "Use the new firmware <https://fw.vendor.example/3.3>.\n\n[image]"
    assert "script" not in (answer.html or "")
    assert str(port) not in answer.text + (answer.html or "")
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody connected: nothing was fetched
    listener.close()
    assert saved.parent == chosen.resolve()
    assert [p.name for p in tmp_path.rglob("*evil*")] == [saved.name]


def test_a_reply_with_a_file_lands_exactly_once_even_when_its_answer_is_lost(rt_server, support_desk, filed, tmp_path):
    host, port = urlsplit(rt_server.url).netloc.split(":")
    attachment = tmp_path / "f.txt"
    attachment.write_text("camera log after the firmware update\n")
    with (
        DroppingProxy(host, int(port), drop_paths=("/correspond",), drop_limit=1) as proxy,
        OutboxStore.open(tmp_path / "outbox.sqlite3") as store,
    ):
        backend = RtBackend(SupportSettings(rt_url=proxy.url), Credential(token=rt_server.customer_token))
        request_id = _filed_in_outbox(store, filed.ticket_id)
        reply = store.queue_reply(request_id, "Tried 3.3: still fails.", [ReplyFile(str(attachment), "f.txt")])
        sender = ReplySender(store, backend, owner="test")

        first = sender.run_once()
        assert [r.outcome for r in first.results] == [Outcome.RETRY_LATER]
        assert proxy.dropped == 1
        second = sender.run_once(due_only=False)

    assert [r.outcome for r in second.results] == [Outcome.ADOPTED]
    assert store_state(tmp_path, reply.id) is ReplyState.SENT
    mine = [c for c in support_desk.correspondence(filed.ticket_id) if "Tried 3.3" in c["text"]]
    assert len(mine) == 1
    assert mine[0]["files"] == ["f.txt"]
    assert f"pixrma-reply-id: {reply.id}" in mine[0]["text"]


def store_state(tmp_path, reply_id):
    with OutboxStore.open(tmp_path / "outbox.sqlite3") as store:
        return store.reply(reply_id).state


def _filed_in_outbox(store, ticket_id, request=None):
    request = request or complete_request()
    request.contact.email = ADDRESS
    store.create_draft(request)
    store.queue(str(request.id))
    lease = store.acquire_lease("me", 60, request_id=str(request.id))
    store.record_submitted(lease.request_id, TicketRef(ticket_id), owner="me")
    return lease.request_id


def test_the_rma_ticket_its_instructions_the_timeline_and_the_packing_slip(customer, support_desk, filed, tmp_path):
    support_desk.reply(filed.ticket_id, "Please plug it into a USB 3 port and tell us.")  # RT opens the ticket
    support_desk.set_status(filed.ticket_id, "stalled")  # waiting for the customer to try the remote fix
    rma = support_desk.issue_rma_with_instructions(
        filed.ticket_id, "Ship the cameras to 1 Main St., Ottawa.\nWrite the RMA number on the parcel.\n"
    )
    request = complete_request(cameras=2)

    with OutboxStore.open(tmp_path / "outbox.sqlite3") as store:
        request_id = _filed_in_outbox(store, filed.ticket_id, request)
        result = refresh_conversation(store, customer, request_id)
        conversation = store.conversation(request_id)
        assert store.unread_counts() == {request_id: result.unread}

    assert conversation.tickets == {filed.ticket_id: "Support", rma: "RMA"}
    rma_item = next(i for i in conversation.items if i.ticket == rma)
    assert (rma_item.author, rma_item.kind) == (Author.SUPPORT, ItemKind.CREATED)
    (instructions,) = return_instructions(conversation)
    assert instructions.rma_number == rma
    assert instructions.texts == ("Ship the cameras to 1 Main St., Ottawa.\nWrite the RMA number on the parcel.",)
    line = timeline(conversation, filed.ticket_id)
    assert [e.stage for e in line.entries if e.reached] == [
        Stage.RECEIVED,
        Stage.LOOKED_AT,
        Stage.REMOTE_FIX,
        Stage.RMA_ISSUED,
    ]
    assert result.new_from_support

    slip = PackingSlip.for_request(request, rma_number=instructions.rma_number, support_ticket=filed.ticket_id)
    text = pdf_text(write_packing_slip(slip, tmp_path / "slip.pdf"))
    assert f"RMA {rma}" in text
    assert len({c.serial for c in request.cameras}) == 2
    for camera in request.cameras:
        assert camera.serial in text
        assert camera.model in text


def test_a_second_customer_can_neither_read_nor_answer_the_first_ones_conversation(other_customer, support_desk, filed):
    support_desk.reply(filed.ticket_id, "Only for customer-a")

    with pytest.raises(PermanentError, match="cannot see ticket"):
        other_customer.conversation(filed.ticket_id)
    with pytest.raises(PermanentError, match="ReplyToTicket"):
        other_customer.reply(filed.ticket_id, "hijack", [], "0f0e0d0c-0000-4000-8000-00000000000b")
    assert not any("hijack" in c["text"] for c in support_desk.correspondence(filed.ticket_id))


def test_an_account_without_the_reply_right_is_told_which_right_to_ask_for(rt_server, rt_settings, filed):
    backend = RtBackend(rt_settings, Credential(user=rt_server.no_rights_user, password=rt_server.no_rights_password))
    with pytest.raises(PermanentError, match="right ReplyToTicket") as caught:
        backend.reply(filed.ticket_id, "hello", [], "0f0e0d0c-0000-4000-8000-00000000000c")
    assert caught.value.status_code in (400, 403)
