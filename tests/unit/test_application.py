"""The application layer's use cases, on a root built with fakes: a scripted support backend, the quick
request bundle, and the test's own data folder."""

from __future__ import annotations

import pytest

from pixrma_desktop.application.case_status import (
    NotSentError,
    Refreshed,
    filed_requests,
    refresh_status,
    sent_request,
)
from pixrma_desktop.application.drafts import delete_draft, queue_request, save_draft, unqueue_request
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.application.sending import SubmitStep, send_pass, submit_now
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings
from pixrma_desktop.support.backend import AuthError, CaseStep, TicketRef, TicketStatus, TransientError
from pixrma_desktop.support.factory import NotConfiguredError
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import complete_request
from tests.fakes.scripted_backend import ScriptedBackend


class Backends:
    """The root's backend factory: one scripted backend, counting how often it was asked for."""

    def __init__(self) -> None:
        self.backend = ScriptedBackend()
        self.made = 0

    def __call__(self, settings: Settings) -> ScriptedBackend:
        self.made += 1
        return self.backend


@pytest.fixture
def backends() -> Backends:
    return Backends()


@pytest.fixture
def root(tmp_path, backends):
    made = AppRoot(
        resolve_paths(tmp_path),
        Settings(),
        backend_factory=backends,
        bundle_maker_factory=lambda paths, settings: bundle_maker(paths.cache_dir / "bundles"),
    )
    yield made
    made.close()


def queued(root: AppRoot, cameras: int = 1) -> str:
    request = complete_request(cameras)
    save_draft(root, request)
    queue_request(root, request.id)
    return request.id


def test_the_outbox_is_opened_once_and_again_after_close(root):
    assert not root.outbox_is_open
    first = root.outbox
    assert root.outbox is first
    root.close()
    assert not root.outbox_is_open
    assert root.outbox is not first


def test_a_send_pass_with_nothing_waiting_needs_no_backend(root, backends):
    sent = send_pass(root, due_only=False)
    assert sent.waiting == 0
    assert sent.report.results == []
    assert backends.made == 0


def test_a_send_pass_files_each_waiting_request_once(root, backends):
    ids = [queued(root), queued(root, cameras=2)]
    sent = send_pass(root, due_only=False)
    assert sent.waiting == 2
    assert sorted(r.request_id for r in sent.report.results) == sorted(ids)
    assert [backends.backend.times_filed(i) for i in ids] == [1, 1]
    assert send_pass(root, due_only=False).waiting == 0


def test_a_backend_that_cannot_be_made_leaves_the_requests_queued(tmp_path):
    def not_configured(settings):
        raise NotConfiguredError("No support backend is configured yet.")

    root = AppRoot(resolve_paths(tmp_path), Settings(), backend_factory=not_configured)
    request_id = queued(root)
    with pytest.raises(NotConfiguredError):
        send_pass(root, due_only=False)
    outcome = submit_now(root, request_id)
    assert outcome.step is SubmitStep.NOT_CONFIGURED
    assert isinstance(outcome.problem, NotConfiguredError)
    assert root.outbox.get(request_id).state is RequestState.QUEUED
    root.close()


def test_submit_now_queues_a_draft_sends_it_and_then_says_it_was_sent(root, backends):
    request = complete_request()
    save_draft(root, request)
    outcome = submit_now(root, request.id[:8])
    assert outcome.step is SubmitStep.SENT
    assert outcome.report is not None
    assert outcome.report.results[0].ticket is not None
    assert backends.backend.times_filed(request.id) == 1
    again = submit_now(root, request.id)
    assert again.step is SubmitStep.ALREADY_SENT
    assert backends.backend.times_filed(request.id) == 1


def test_status_is_asked_only_for_sent_requests(root):
    request_id = queued(root)
    with pytest.raises(NotSentError):
        sent_request(root, request_id)
    assert filed_requests(root) == []


def test_refresh_stores_the_answer_and_marks_what_could_not_be_asked(root, backends):
    sent_ids = [queued(root) for _ in range(3)]
    send_pass(root, due_only=False)
    rows = filed_requests(root)
    assert sorted(r.id for r in rows) == sorted(sent_ids)
    calls = iter(
        [TicketStatus(TicketRef("1"), CaseStep.RMA_ISSUED, "open", "4711", "RMA issued"), TransientError("down")]
    )

    def status(ticket):
        answer = next(calls, AuthError("token revoked"))
        if isinstance(answer, Exception):
            raise answer
        return answer

    backends.backend.status = status
    refresh = refresh_status(root, rows)
    assert [line.refreshed for line in refresh.lines] == [Refreshed.YES, Refreshed.FAILED, Refreshed.SKIPPED]
    assert refresh.lines[0].row.rma_number == "4711"
    assert refresh.lines[0].detail == "RMA issued"
    assert isinstance(refresh.backend_problem, AuthError)
    assert [str(p) for p in refresh.failures] == ["down"]


def test_refresh_offline_asks_nothing(root, backends):
    queued(root)
    send_pass(root, due_only=False)
    made = backends.made
    refresh = refresh_status(root, filed_requests(root), offline=True)
    assert [line.refreshed for line in refresh.lines] == [Refreshed.SKIPPED]
    assert refresh.backend_problem is None
    assert backends.made == made


def test_unqueue_then_delete(root):
    request_id = queued(root)
    assert unqueue_request(root, request_id[:8]).state is RequestState.DRAFT
    assert delete_draft(root, request_id[:8]) == request_id
    assert root.outbox.list() == []
