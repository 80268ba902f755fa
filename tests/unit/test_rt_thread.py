"""Request Tracker history and MIME parts read as the conversation (shapes as RT 5.0.3 sends them)."""

from __future__ import annotations

from pixrma_desktop.support.rt_thread import read_thread, reply_ids_in, without_reply_id
from pixrma_desktop.support.thread import Author, Conversation, ItemKind


def txn(tid, kind, creator, created="2026-12-04T10:00:00Z", **extra):
    return {"id": str(tid), "Type": kind, "Created": created, "Creator": {"id": creator, "type": "user"}, **extra}


def part(pid, tid, content_type, content="", filename="", length=None, headers=""):
    return {
        "id": str(pid),
        "TransactionId": str(tid),
        "ContentType": content_type,
        "Content": content,
        "Filename": filename,
        "ContentLength": str(len(content) if length is None else length),
        "Headers": headers,
    }


HISTORY = [
    txn(47, "Create", "customer-a", "2026-12-04T10:00:00Z"),
    txn(49, "Correspond", "support-engineer", "2026-12-04T11:00:00Z"),
    txn(50, "Comment", "support-engineer", "2026-12-04T11:01:00Z"),
    txn(51, "Status", "RT_System", "2026-12-04T11:00:01Z", OldValue="new", NewValue="open", Field="Status"),
    txn(53, "Status", "support-engineer", "2026-12-04T11:02:00Z", OldValue="open", NewValue="stalled"),
    txn(54, "Correspond", "customer-a", "2026-12-04T12:00:00Z"),
    txn(56, "AddLink", "support-engineer", "2026-12-04T13:00:00Z", Field="ReferredToBy"),
]
PARTS = [
    part(1, 47, "text/plain", "My camera stops.\nHelp."),
    part(5, 49, "multipart/mixed"),
    part(6, 49, "text/html", "<p>Try <a href='https://fw.example/x'>this</a></p><script>alert(1)</script>"),
    part(7, 49, "text/plain", "hello", filename="evil", headers='Content-Disposition: inline; filename="../../evil"'),
    part(8, 50, "text/plain", "internal: customer is difficult"),
    part(12, 54, "text/plain", "Tried it.\n\npixrma-reply-id: 0f0e0d0c-0000-4000-8000-000000000001\n"),
]


def test_the_thread_in_order_with_authors_text_and_files():
    read = read_thread("7", "Support", HISTORY, PARTS, opened_by_you=True)

    assert [(i.transaction_id, i.author, i.kind) for i in read.items] == [
        ("47", Author.YOU, ItemKind.CREATED),
        ("49", Author.SUPPORT, ItemKind.REPLY),
        ("53", Author.SYSTEM, ItemKind.STATUS),
        ("54", Author.YOU, ItemKind.REPLY),
    ]
    request, answer, status, reply = read.items
    assert request.text == "My camera stops.\nHelp."
    assert answer.text == "Try this <https://fw.example/x>"
    assert "script" not in (answer.html or "")
    assert [(a.id, a.name, a.size) for a in answer.attachments] == [("7", "evil", 5)]
    assert status.text == "Ticket #7 is now stalled (was open)."
    assert reply.text == "Tried it."  # the reply id footer is the app's business, not the user's
    assert read.reply_ids == ("0f0e0d0c-0000-4000-8000-000000000001",)
    assert read.you == ("customer-a",)
    assert read.last_transaction_id == 56
    assert read.linked


def test_comments_never_show_even_when_the_account_may_read_them():
    read = read_thread("7", "Support", HISTORY, PARTS, opened_by_you=True)
    assert all("internal" not in i.text for i in read.items)
    assert "50" not in [i.transaction_id for i in read.items]


def test_only_transactions_after_the_last_known_are_read():
    read = read_thread("7", "Support", HISTORY, PARTS, you=["customer-a"], after=51)
    assert [i.transaction_id for i in read.items] == ["53", "54"]
    assert [s.new for s in read.statuses] == ["stalled"]


def test_the_quiet_opening_status_is_kept_for_the_timeline_but_not_shown():
    read = read_thread("7", "Support", HISTORY, PARTS, opened_by_you=True)
    assert [(s.old, s.new) for s in read.statuses] == [("new", "open"), ("open", "stalled")]


def test_without_knowing_the_account_support_is_everyone_but_the_system():
    read = read_thread("9", "RMA", [txn(60, "Create", "support-engineer")], [part(19, 60, "text/plain", "Ship it")])
    assert read.items[0].author is Author.SUPPORT
    auto = read_thread(
        "9",
        "RMA",
        [txn(61, "Correspond", "support-engineer")],
        [part(20, 61, "text/plain", "We got it", headers="Auto-Submitted: auto-replied\nX: y")],
    )
    assert auto.items[0].author is Author.SYSTEM


def test_the_requestor_address_counts_as_you():
    read = read_thread("7", "Support", [txn(70, "Correspond", "buyer@lab-a.test")], [], you=["Buyer@Lab-A.test"])
    assert read.items[0].author is Author.YOU


def test_reply_ids_are_found_only_on_their_own_footer_line():
    text = "> pixrma-reply-id: 11111111-0000-4000-8000-000000000000\nok\npixrma-reply-id: ABCDEF01-0000-4000-8000-0\n"
    assert reply_ids_in(text) == ["abcdef01-0000-4000-8000-0"]
    assert without_reply_id("hi\n\npixrma-reply-id: abcdef0123\n") == "hi"


def test_a_conversation_merges_reads_without_duplicates_and_survives_json():
    conversation = Conversation()
    first = read_thread("7", "Support", HISTORY[:2], PARTS, opened_by_you=True)
    assert len(conversation.add(first)) == 2
    assert conversation.add(first) == []
    rma = read_thread("9", "RMA", [txn(60, "Create", "support-engineer", "2026-12-04T10:30:00Z")], [])
    conversation.add(rma)
    assert [i.transaction_id for i in conversation.items] == ["47", "60", "49"]
    again = Conversation.from_json(conversation.to_json())
    assert again == conversation
    assert again.last_transaction == {"7": 49, "9": 60}
