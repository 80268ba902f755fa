"""`pixrma conversation`, `reply`, `packing-slip` and the unread counts of `status`, in-process, against a
support desk that holds conversations (and against the e-mail-like backend that cannot)."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest

from pixrma_desktop.application.conversation import save_attachment, show_thread
from pixrma_desktop.application.drafts import queue_request, save_draft
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.application.sending import submit_now
from pixrma_desktop.cameras.record import CameraRecord, Transport, UsbLocation
from pixrma_desktop.cli import main
from pixrma_desktop.outbox.conversation_refresh import NO_CONVERSATION_BY_EMAIL
from pixrma_desktop.outbox.reply_records import ReplyState
from pixrma_desktop.outbox.reply_sender import NO_REPLIES_BY_EMAIL
from pixrma_desktop.support.backend import TransientError
from pixrma_desktop.support.thread import Author, ItemKind
from tests.fakes.conversation_desk import ConversationDesk
from tests.fakes.probes import FakeProbe, ProbeListScanners
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import complete_request
from tests.fakes.scripted_backend import ScriptedBackend
from tests.unit.test_packing_slip import pdf_text

REQUEST_TEXT = "Camera stops streaming after ~10 minutes."


class World:
    def __init__(self, tmp_path) -> None:
        self.data = str(tmp_path / "data")
        self.desk: ScriptedBackend = ConversationDesk()
        self.cameras: list[CameraRecord] = []
        self.scanners = ProbeListScanners(lambda settings, demo: [FakeProbe("usb", list(self.cameras))])

    def root(self, data_dir: str | None = None) -> AppRoot:
        return AppRoot.build(
            data_dir or self.data,
            backend_factory=lambda settings: self.desk,
            scanner_factory=self.scanners,
            bundle_maker_factory=lambda paths, settings: bundle_maker(paths.cache_dir / "bundles"),
        )

    def filed(self, cameras: int = 2) -> str:
        root = self.root()
        try:
            request = complete_request(cameras)
            save_draft(root, request)
            queue_request(root, request.id)
            outcome = submit_now(root, str(request.id))
            return outcome.stored.id
        finally:
            root.close()


@pytest.fixture
def world(tmp_path):
    return World(tmp_path)


def run(world, capsys, *argv):
    code = main(["--data-dir", world.data, *argv], root_factory=partial(World.root, world))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def answered(world):
    """A filed request on ticket 1 that support answered with a file."""
    request_id = world.filed()
    world.desk.say("1", REQUEST_TEXT, author=Author.YOU, kind=ItemKind.CREATED)
    world.desk.say("1", "Please try firmware 3.3; notes attached.", files={"fw-notes.txt": b"step 1\n"})
    return request_id


def test_the_conversation_as_json_shows_supports_answer_with_its_file_after_the_request(world, capsys, answered):
    code, out, _ = run(world, capsys, "conversation", answered[:8], "--json")

    assert code == 0
    document = json.loads(out)
    request, answer = document["items"]
    assert (request["author"], request["text"]) == ("you", REQUEST_TEXT)
    assert (answer["author"], answer["ticket"], answer["queue"]) == ("support", "1", "Support")
    assert answer["text"] == "Please try firmware 3.3; notes attached."
    assert [(a["name"], a["size"]) for a in answer["attachments"]] == [("fw-notes.txt", 7)]
    assert document["unread"] == 1  # --json is for scripts: it does not mark the thread read
    assert document["rma_number"] is None


def test_reading_the_thread_marks_it_read_and_status_shows_unread_counts(world, capsys, answered):
    code, out, _ = run(world, capsys, "status")
    assert code == 0
    assert "1 unread" in out

    code, out, _ = run(world, capsys, "conversation", answered[:8])
    assert code == 0
    assert out.index(REQUEST_TEXT) < out.index("Please try firmware 3.3") < out.index("[file] fw-notes.txt (7 bytes)")

    code, out, _ = run(world, capsys, "status", "--offline")
    assert "unread" not in out
    code, out, _ = run(world, capsys, "status", "--json", "--offline")
    assert json.loads(out)[0]["unread"] == 0


def test_offline_the_server_is_not_asked(world, capsys, answered):
    code, out, _ = run(world, capsys, "conversation", answered[:8], "--offline")
    assert code == 0
    assert "Nothing read from the server yet." in out
    assert world.desk.reads == 0


def test_a_reply_with_a_file_lands_once_even_when_the_first_answer_is_lost(world, capsys, answered, tmp_path):
    note = tmp_path / "f.txt"
    note.write_text("log lines\n")
    world.desk.reply_errors.append((TransientError("connection reset", uncertain=True), True))

    code, out, err = run(world, capsys, "reply", answered[:8], "--message", "Firmware 3.3 did not help.",
                         "--attach", str(note))  # fmt: skip

    assert code == 0, err
    assert "Reply added to ticket #1 with 1 file(s)." in out
    assert [(t, text, names) for t, text, names, _ in world.desk.replies] == [
        ("1", "Firmware 3.3 did not help.", ["f.txt"])
    ]


def test_a_reply_that_cannot_be_sent_yet_stays_queued_and_resend_sends_it(world, capsys, answered):
    world.desk.reply_errors += [(TransientError("server busy"), False)] * 30

    code, _, err = run(world, capsys, "reply", answered[:8], "-m", "Here is more.")
    assert code == 1
    assert "it stays queued" in err
    assert world.desk.replies == []

    world.desk.reply_errors.clear()
    code, _, _ = run(world, capsys, "reply", answered[:8], "--resend")
    assert code == 0
    assert [r[1] for r in world.desk.replies] == ["Here is more."]


def test_reply_needs_a_message_and_attachable_files(world, capsys, answered, tmp_path):
    assert run(world, capsys, "reply", answered[:8])[0] == 2
    code, _, err = run(world, capsys, "reply", answered[:8], "-m", "hi", "--attach", str(tmp_path / "missing.txt"))
    assert code == 2
    assert "missing.txt is not a file" in err
    assert world.desk.replies == []


def test_with_a_backend_that_cannot_read_back_the_user_is_told_and_offered_the_inquiry(world, capsys):
    request_id = world.filed()
    world.desk = ScriptedBackend()

    code, out, err = run(world, capsys, "conversation", request_id[:8])
    assert code == 1
    assert NO_CONVERSATION_BY_EMAIL in err
    assert "--inquiry" in err
    assert out == ""

    code, _, err = run(world, capsys, "reply", request_id[:8], "-m", "hello")
    assert code == 1
    assert NO_REPLIES_BY_EMAIL in err


def test_the_packing_slip_waits_for_the_rma_number_then_holds_it_and_every_serial(world, capsys, answered, tmp_path):
    slip = tmp_path / "slip.pdf"
    code, _, err = run(world, capsys, "packing-slip", answered[:8], "--out", str(slip))
    assert code == 1
    assert "No RMA number is known for this request yet" in err
    assert not slip.exists()

    world.desk.say("9", "RMA issued.", kind=ItemKind.CREATED, queue="RMA")
    world.desk.say("9", "Ship the camera to 1 Lens Road; write RMA 9 on the box.", queue="RMA")
    code, out, _ = run(world, capsys, "packing-slip", answered[:8], "--out", str(slip))
    assert code == 0
    text = pdf_text(slip)
    assert "RMA 9" in text
    for serial in ("712345678", "712340001"):
        assert serial in text

    code, out, _ = run(world, capsys, "conversation", answered[:8])
    assert "Return instructions (RMA number 9), as support wrote them:" in out
    assert "Write the RMA number on the outside of the parcel." in out
    assert "RMA issued" in out


def test_try_again_and_report_compares_and_attaches_the_new_findings(world, capsys, answered):
    world.cameras = [
        CameraRecord(vendor="Pixelink", model="PL-D755MU", serial="712345678", transport=Transport.USB3_VISION,
                     usb=UsbLocation(bus=2, port_path="1", speed="high", supported_speeds=("super",))),
        CameraRecord(vendor="Pixelink", model="PL-D999", serial="799999999", transport=Transport.USB3_VISION,
                     usb=UsbLocation(bus=3, port_path="2", speed="super")),
    ]  # fmt: skip

    code, out, err = run(world, capsys, "reply", answered[:8], "-m", "Tried firmware 3.3.", "--recheck")

    assert code == 0, err
    assert "- new: PL-D999 S/N 799999999" in out
    assert "- no longer found: PL-D725CU S/N 712340001" in out
    assert "New:" in out
    (_, text, names, _) = world.desk.replies[0]
    assert text.startswith("Tried firmware 3.3.\n")
    assert "- no longer found: PL-D725CU S/N 712340001" in text
    assert names == ["findings.json"]
    root = world.root()
    try:
        (reply,) = show_thread(root, answered).replies
        assert reply.state is ReplyState.SENT
        findings = json.loads(Path(reply.files[0].path).read_text(encoding="utf-8"))
        assert [f["code"] for f in findings] == ["usb2-link"]
    finally:
        root.close()


def test_an_attachment_is_saved_only_in_the_chosen_folder_under_a_clean_name(world, answered, tmp_path):
    world.desk.say("1", "and this", files={"../../evil": b"not yours"})
    root = world.root()
    try:
        from pixrma_desktop.application.conversation import refresh_conversations

        refresh_conversations(root, answered)
        attachment = show_thread(root, answered).conversation.items[-1].attachments[0]
        chosen = tmp_path / "chosen"
        chosen.mkdir()
        saved = save_attachment(root, attachment, chosen)
    finally:
        root.close()
    assert saved == chosen / "evil"
    assert saved.read_bytes() == b"not yours"
