"""The duplicate guard: a second request naming a serial that an open request already names is refused (CLI
exit code 6) and the matches are named, unless the user files it anyway with a reason that goes into the report."""

from __future__ import annotations

import json

import pytest

from pixrma_desktop.application.drafts import save_draft
from pixrma_desktop.application.duplicate_guard import (
    DuplicateRequestError,
    find_duplicates,
    queue_checked,
)
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings
from pixrma_desktop.support.backend import OpenTicket, TransientError
from tests.fakes.sample_requests import complete_request
from tests.unit.test_draft_cli import run


class SearchingBackend:
    """A support backend that can search the user's open tickets (as RT can)."""

    name = "rt"

    def __init__(self, tickets: list[OpenTicket] | None = None, fails: bool = False) -> None:
        self.tickets = tickets or []
        self.fails = fails
        self.asked: list[list[str]] = []

    def open_tickets_naming(self, serials):
        self.asked.append(list(serials))
        if self.fails:
            raise TransientError("The support server did not answer in time.")
        wanted = set(serials)
        return [t for t in self.tickets if wanted & set(t.serials)]


@pytest.fixture
def backend() -> SearchingBackend:
    return SearchingBackend()


@pytest.fixture
def root(tmp_path, backend):
    made = AppRoot(resolve_paths(tmp_path), Settings(), backend_factory=lambda _settings: backend)
    yield made
    made.close()


def stored(root: AppRoot, cameras: int = 1) -> str:
    request = complete_request(cameras)
    save_draft(root, request)
    return request.id


def test_a_local_draft_naming_the_serial_is_found_and_the_request_is_not_queued(root):
    first, second = stored(root), stored(root, cameras=2)

    with pytest.raises(DuplicateRequestError) as refused:
        queue_checked(root, second)

    [match] = refused.value.check.matches
    assert (match.request_id, match.serials, match.state) == (first, ("712345678",), "draft")
    assert "712345678" in str(refused.value)
    assert root.outbox.get(second).state is RequestState.DRAFT


def test_the_servers_open_tickets_are_added_and_a_local_one_is_not_named_twice(root, backend):
    first = stored(root)
    root.outbox.queue(first)
    backend.tickets = [
        OpenTicket("41", "open", "RMA request from the lab PC", "2026-11-02T10:00:00Z", ("712345678",), "77"),
        OpenTicket("42", "new", "Not this camera", "", ("999",)),
    ]

    check = find_duplicates(root, ["712345678", "712340001"], exclude_id="someone-else")

    assert backend.asked == [["712345678", "712340001"]]
    assert check.server_asked
    assert check.server_problem == ""
    assert [(m.request_id, m.ticket_number, m.rma_number) for m in check.matches] == [
        (first, None, None),
        (None, "41", "77"),
    ]


def test_an_unreachable_server_leaves_the_local_matches_and_says_why(root, backend):
    first = stored(root)
    backend.fails = True

    check = find_duplicates(root, ["712345678"], exclude_id="x")

    assert [m.request_id for m in check.matches] == [first]
    assert not check.server_asked
    assert "did not answer" in check.server_problem


def test_offline_the_server_is_not_asked(root, backend):
    stored(root)
    check = find_duplicates(root, ["712345678"], exclude_id="x", online=False)
    assert backend.asked == []
    assert len(check.matches) == 1
    assert "offline" in check.server_problem


def test_filed_anyway_the_reason_and_the_other_request_are_in_the_report(root):
    from pixrma_desktop.rma.render import report_text

    stored(root)
    second = stored(root)

    row, check = queue_checked(root, second, file_anyway="second failure after the repair")

    assert row.state is RequestState.QUEUED
    assert check.found
    text = report_text(root.outbox.get(second).request)
    assert "Filed as a new request on purpose" in text
    assert "Reason given for a new request: second failure after the repair" in text


# ---- the command line ----


def two_drafts_with_one_serial() -> tuple[str, str]:
    with OutboxStore.open(resolve_paths().ensure().outbox_db) as store:
        return store.create_draft(complete_request()).id, store.create_draft(complete_request(2)).id


def test_draft_queue_refuses_a_second_request_for_a_camera_with_its_own_exit_code(capsys):
    first, second = two_drafts_with_one_serial()

    code, out, err = run(capsys, "draft", "queue", second[:8])

    assert code == exit_codes.DUPLICATE == 6
    assert out == ""
    assert f"request {first[:8]}" in err
    assert "712345678" in err
    assert "--file-anyway" in err

    code, out, _ = run(capsys, "draft", "queue", second[:8], "--json")
    document = json.loads(out)
    assert code == exit_codes.DUPLICATE
    assert document["refused"] == "duplicate"
    assert [(d["request_id"], d["serials"]) for d in document["duplicates"]] == [(first, ["712345678"])]


def test_draft_queue_file_anyway_queues_it_with_the_reason_in_the_report(capsys):
    _first, second = two_drafts_with_one_serial()

    code, out, _ = run(capsys, "draft", "queue", second[:8], "--file-anyway", "second failure", "--offline")

    assert code == exit_codes.OK
    assert "Filed anyway" in out
    assert "Queued" in out
    code, out, _ = run(capsys, "draft", "show", second[:8])
    assert "Reason given for a new request: second failure" in out


def test_submit_refuses_before_anything_is_sent(capsys):
    first, second = two_drafts_with_one_serial()

    code, out, _err = run(capsys, "submit", second[:8], "--json")

    assert code == exit_codes.DUPLICATE
    assert json.loads(out)["duplicates"][0]["request_id"] == first
    with OutboxStore.open(resolve_paths().outbox_db) as store:
        assert store.get(second).state is RequestState.DRAFT


def test_a_camera_joining_a_draft_from_the_scan_or_typed_in_is_noted(capsys):
    from tests.unit.test_draft_cli import new_from_scan, set_all

    new_from_scan(capsys)
    with OutboxStore.open(resolve_paths().outbox_db) as store:
        [first] = store.list()

    code, _out, err = run(capsys, "draft", "new", "--from-scan")
    assert code == exit_codes.OK
    assert f"note: 712345678 is already in request {first.id[:8]}" in err

    code, _out, err = run(capsys, "draft", "new")
    with OutboxStore.open(resolve_paths().outbox_db) as store:
        empty = next(r for r in store.list() if not r.request.cameras)
    assert "note:" not in err
    code, _out, err = set_all(capsys, empty.id, ["cameras.0.serial=712345678", "cameras.0.model=PL-D755MU"])
    assert code == exit_codes.OK
    assert "712345678 is already in request" in err
