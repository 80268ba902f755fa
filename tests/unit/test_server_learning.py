"""Learning what the support server keeps, and using it: the saved profile goes to the root's backend, is learned
again at most daily, gives the inquiry address and the ticket link, and what the server did not keep is shown."""

from __future__ import annotations

import pytest

from pixrma_desktop.application.case_status import inquiry_address
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.application.server_learning import (
    RowNote,
    learn_from_server,
    refresh_if_stale,
    row_notes,
    ticket_link,
)
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings
from pixrma_desktop.support.backend import TicketRef, TransientError
from pixrma_desktop.support.credentials import Credential, KeyringCredentials, rt_account
from pixrma_desktop.support.rt import RtBackend
from pixrma_desktop.support.server_profile import FieldProfile, QueueProfile, ServerProfile, load, save
from tests.fakes.sample_requests import complete_request

URL = "https://support.example.com"
SUPPORT = QueueProfile("Support", "Support", "help@vendor.test", (FieldProfile("Camera Model", 1),))
RMA = QueueProfile("RMA", "RMA", "rma@vendor.test")


class LearningBackend:
    name = "rt"
    base_url = URL

    def __init__(self, queues=(SUPPORT, RMA), fails=False) -> None:
        self.queues = queues
        self.fails = fails
        self.asked: list[float] = []
        self.profile: ServerProfile | None = None

    def learn_profile(self, now: float) -> ServerProfile:
        self.asked.append(now)
        if self.fails:
            raise TransientError("The support server did not answer in time.")
        return ServerProfile(URL, now, tuple(self.queues))


def rt_settings() -> Settings:
    settings = Settings()
    settings.support.rt_url = URL
    return settings


@pytest.fixture
def backend() -> LearningBackend:
    return LearningBackend()


@pytest.fixture
def root(tmp_path, backend):
    now = [100_000.0]
    made = AppRoot(
        resolve_paths(tmp_path), rt_settings(), backend_factory=lambda _settings: backend, clock=lambda: now[0]
    )
    made.now = now
    yield made
    made.close()


def test_learning_saves_the_profile_in_the_data_folder(root, backend):
    profile = learn_from_server(root)

    assert backend.asked == [100_000.0]
    assert load(root.paths.data_dir) == profile
    assert profile.queue("Support").field("Camera Model").single


def test_e_mail_support_has_nothing_to_learn(root, backend):
    root.settings.support.backend = "smtp"
    assert learn_from_server(root) is None
    assert backend.asked == []


def test_before_sending_it_is_learned_again_at_most_daily(root, backend):
    refresh_if_stale(root, backend)
    root.now[0] += 3600
    refresh_if_stale(root, backend)
    assert backend.asked == [100_000.0], "learned once; an hour later the saved profile is used"
    assert backend.profile.learned_at == 100_000.0

    root.now[0] += 24 * 3600
    refresh_if_stale(root, backend)
    assert backend.asked == [100_000.0, 100_000.0 + 25 * 3600]


def test_a_server_that_cannot_be_asked_keeps_the_old_profile(root):
    save(root.paths.data_dir, ServerProfile(URL, 0.0, (SUPPORT,)))
    failing = LearningBackend(fails=True)
    failing.profile = load(root.paths.data_dir)

    assert refresh_if_stale(root, failing) == failing.profile
    assert load(root.paths.data_dir).learned_at == 0.0


def test_the_roots_backend_gets_the_saved_profile_of_its_own_server_only(tmp_path):
    root = AppRoot(resolve_paths(tmp_path), rt_settings())
    KeyringCredentials().put(rt_account(URL), Credential(token="1-2-3"))
    save(root.paths.data_dir, ServerProfile(URL, 5.0, (SUPPORT,)))

    backend = root.backend()
    assert isinstance(backend, RtBackend)
    assert backend.profile == ServerProfile(URL, 5.0, (SUPPORT,))

    save(root.paths.data_dir, ServerProfile("https://other.example.com", 5.0, (SUPPORT,)))
    assert root.backend().profile is None


def test_inquiries_go_to_the_setting_else_the_queues_address_else_the_mail_address(root):
    root.settings.support.smtp_to = "mail@vendor.test"
    assert inquiry_address(root) == "mail@vendor.test"
    save(root.paths.data_dir, ServerProfile(URL, 5.0, (SUPPORT,)))
    assert inquiry_address(root) == "help@vendor.test"
    root.settings.support.inquiry_to = "rma-status@vendor.test"
    assert inquiry_address(root) == "rma-status@vendor.test"


def test_the_ticket_link_is_the_self_service_page_for_a_customer_account(root):
    staff = ticket_link(root, "41", f"{URL}/Ticket/Display.html?id=41")
    assert staff == f"{URL}/Ticket/Display.html?id=41"
    save(root.paths.data_dir, ServerProfile(URL, 5.0, (SUPPORT,)))  # the RMA queue is not visible to customers
    assert ticket_link(root, "41", f"{URL}/Ticket/Display.html?id=41") == f"{URL}/SelfService/Display.html?id=41"
    root.settings.support.backend = "smtp"
    assert ticket_link(root, "41") == ""


def test_what_the_server_did_not_keep_is_remembered_per_request(root):
    store = root.outbox
    kept_all, lost_some = (store.create_draft(complete_request()) for _ in range(2))
    for row, unsaved in ((kept_all, ()), (lost_some, ("Camera Model", "attachment cameras.json"))):
        store.queue(row.id)
        store.record_submitted(row.id, TicketRef("7", None, "rt", unsaved))

    notes = row_notes(root, store.list())

    assert notes == {lost_some.id: RowNote(("Camera Model", "attachment cameras.json"))}
