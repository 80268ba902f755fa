"""The vendor's status timeline, read from the tickets' statuses and queues, never guessed."""

from __future__ import annotations

from pixrma_desktop.support.thread import Author, Conversation, ItemKind, StatusChange, ThreadItem
from pixrma_desktop.support.timeline import Stage, return_instructions, timeline


def created(ticket, queue, time, author=Author.YOU, text="x"):
    return ThreadItem(ticket, queue, f"{ticket}0", author, "n", time, ItemKind.CREATED, text)


def status(ticket, queue, time, new, old=""):
    return StatusChange(ticket, queue, time, old, new)


def reached(line):
    return [(e.stage, e.reached_at) for e in line.entries if e.reached]


def test_a_fresh_request_is_only_received():
    conversation = Conversation(items=[created("7", "Support", "T1")], tickets={"7": "Support"})
    line = timeline(conversation, "7")
    assert reached(line) == [(Stage.RECEIVED, "T1")]
    assert line.current is Stage.RECEIVED


def test_the_whole_path_from_the_tickets_statuses():
    conversation = Conversation(
        items=[created("7", "Support", "T1"), created("9", "RMA", "T4", Author.SUPPORT, "Ship to us")],
        statuses=[
            status("7", "Support", "T2", "open", "new"),
            status("7", "Support", "T3", "stalled", "open"),
            status("9", "RMA", "T5", "camera received", "new"),
            status("9", "RMA", "T6", "quote pending"),
            status("9", "RMA", "T7", "shipped"),
        ],
        tickets={"7": "Support", "9": "RMA"},
    )
    line = timeline(conversation, "7")
    assert reached(line) == [
        (Stage.RECEIVED, "T1"),
        (Stage.LOOKED_AT, "T2"),
        (Stage.REMOTE_FIX, "T3"),
        (Stage.RMA_ISSUED, "T4"),
        (Stage.CAMERA_RECEIVED, "T5"),
        (Stage.QUOTE_OR_REPAIR, "T6"),
        (Stage.SHIPPED_BACK, "T7"),
    ]
    assert line.current is Stage.SHIPPED_BACK


def test_stages_no_ticket_shows_stay_unmarked():
    conversation = Conversation(
        items=[created("7", "Support", "T1"), created("9", "RMA", "T4", Author.SUPPORT)],
        tickets={"7": "Support", "9": "RMA"},
    )
    line = timeline(conversation, "7")
    assert [e.stage for e in line.entries if e.reached] == [Stage.RECEIVED, Stage.RMA_ISSUED]
    assert line.current is Stage.RMA_ISSUED


def test_return_instructions_are_supports_words_on_the_rma_ticket():
    conversation = Conversation(
        items=[
            created("7", "Support", "T1", text="my camera"),
            created("9", "RMA", "T4", Author.SUPPORT, "Ship to 1 Main St.\nWrite RMA 9 on the box."),
        ],
        tickets={"7": "Support", "9": "RMA"},
    )
    (found,) = return_instructions(conversation)
    assert found.rma_number == "9"
    assert found.texts == ("Ship to 1 Main St.\nWrite RMA 9 on the box.",)
