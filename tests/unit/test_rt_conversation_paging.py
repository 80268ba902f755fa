"""Reading a long ticket: pages are read only while RT may have more, and never past what the history shows."""

from __future__ import annotations

import pytest

from pixrma_desktop.outbox.conversation_refresh import refresh_all
from pixrma_desktop.support.backend import AuthError, PermanentError
from pixrma_desktop.support.rt_conversation import PER_PAGE, read_ticket
from pixrma_desktop.support.thread import Author, Conversation, ItemKind, ThreadItem


class FakeHttp:
    """Serves a ticket's history and MIME parts as RT does: filtered by the JSON conditions, paged, and with
    rows the account may not see dropped after paging (so a page can come back short with more to follow)."""

    def __init__(self, transactions, parts, hidden=frozenset()):
        self.transactions = transactions
        self.parts = parts
        self.hidden = hidden
        self.requests: list[tuple[str, int]] = []

    def query_json(self, path, conditions, params=None):
        page, per_page = int(params["page"]), int(params["per_page"])
        self.requests.append((path.rsplit("/", 1)[-1], page))
        rows = self.transactions if path.endswith("/history") else self.parts
        key = "id" if path.endswith("/history") else "TransactionId"
        for c in conditions:
            if c["field"] == key:
                limit = int(c["value"])
                rows = [r for r in rows if (int(r[key]) > limit if c["operator"] == ">" else int(r[key]) <= limit)]
        window = rows[(page - 1) * per_page : page * per_page]
        visible = [r for r in window if int(r["id"]) not in self.hidden]
        return {"page": page, "per_page": per_page, "pages": None, "total": None, "items": visible}


def txns(count, start=1):
    return [
        {"id": str(i), "Type": "Correspond", "Created": f"2026-12-04T10:00:{i % 60:02d}Z", "Creator": {"id": "eng"}}
        for i in range(start, start + count)
    ]


def text_parts(transactions, start=10_000):
    return [
        {"id": str(start + n), "TransactionId": t["id"], "ContentType": "text/plain", "Content": f"m{t['id']}"}
        for n, t in enumerate(transactions)
    ]


def test_a_short_ticket_costs_two_requests():
    history = txns(30)
    http = FakeHttp(history, text_parts(history))
    read = read_ticket(http, "7", "Support")
    assert len(read.items) == 30
    assert http.requests == [("history", 1), ("attachments", 1)]


def test_full_pages_are_followed_until_a_short_one():
    history = txns(PER_PAGE + 5)
    http = FakeHttp(history, text_parts(history))
    read = read_ticket(http, "7", "Support")
    assert [i.text for i in read.items] == [f"m{t['id']}" for t in history]
    assert http.requests == [("history", 1), ("history", 2), ("attachments", 1), ("attachments", 2)]


def test_parts_are_read_on_when_a_hidden_row_made_the_page_short_but_messages_lack_their_text():
    history = txns(PER_PAGE)
    parts = text_parts(history)
    internal = {"id": "99999", "TransactionId": "1", "ContentType": "text/plain", "Content": "internal"}
    http = FakeHttp(history, [internal, *parts], hidden={99999})
    read = read_ticket(http, "7", "Support")
    assert read.items[-1].text == f"m{PER_PAGE}"
    assert ("attachments", 2) in http.requests


def test_nothing_new_costs_one_request():
    history = txns(3)
    http = FakeHttp(history, text_parts(history))
    read = read_ticket(http, "7", "Support", after=3)
    assert read.items == ()
    assert http.requests == [("history", 1)]


def test_a_ticket_the_account_cannot_see_says_so():
    with pytest.raises(PermanentError, match="cannot see ticket #7"):
        read_ticket(FakeHttp([], []), "7", "Support")


class Backend:
    def __init__(self, errors):
        self.errors = list(errors)
        self.asked = []

    def conversation(self, ticket_id, known=None, *, you=()):
        self.asked.append(ticket_id)
        error = self.errors.pop(0) if self.errors else None
        if error:
            raise error
        known = known or Conversation()
        known.items.append(
            ThreadItem(ticket_id, "Support", "5", Author.SUPPORT, "eng", "T", ItemKind.REPLY, "Try USB 3")
        )
        return known


def test_refreshing_all_goes_on_past_a_refusal_but_stops_at_refused_credentials(tmp_path):
    from pixrma_desktop.outbox.store import OutboxStore
    from tests.unit.test_reply_outbox import filed

    with OutboxStore.open(tmp_path / "o.sqlite3") as store:
        ids = [filed(store, ticket) for ticket in ("11", "12", "13")]
        results = refresh_all(store, Backend([PermanentError("no"), None, AuthError("log in")]))
        assert len(results) == 3
        assert sorted(r.error or "" for r in results) == ["", "log in", "no"]
        fine = next(r for r in results if not r.error)
        assert fine.unread == 1
        assert [i.first_line for i in fine.new_from_support] == ["Try USB 3"]
        assert store.unread_counts() == {fine.request_id: 1}
        assert set(store.unread_counts()) <= set(ids)

        store2_results = refresh_all(store, Backend([AuthError("log in")]))
        assert [r.error for r in store2_results] == ["log in"]
