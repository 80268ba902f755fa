"""Where "Ask about this request" sends its e-mail: the configured address, else the correspond address the server
told for the queue the request's ticket is in (or the support queue), else the address support's latest mail about
the request came from, else the support mail address."""

from __future__ import annotations

import pytest

from pixrma_desktop.application.case_status import inquiry_address, status_inquiry
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings
from pixrma_desktop.support.backend import TicketRef
from pixrma_desktop.support.server_profile import QueueProfile, ServerProfile, save
from pixrma_desktop.support.thread import Author, Conversation, ItemKind, ThreadItem
from tests.fakes.sample_requests import complete_request

URL = "https://support.example.com"


def item(txn: str, author: Author, name: str) -> ThreadItem:
    return ThreadItem("41", "Support", txn, author, name, f"2026-12-04T10:0{txn[-1]}:00Z", ItemKind.REPLY, "text")


@pytest.fixture
def root(tmp_path) -> AppRoot:
    settings = Settings()
    settings.support.rt_url = URL
    settings.support.smtp_to = "mail@vendor.test"
    return AppRoot(resolve_paths(tmp_path), settings)


@pytest.fixture
def filed(root):
    row = root.outbox.create_draft(complete_request())
    root.outbox.queue(row.id)
    return root.outbox.record_submitted(row.id, TicketRef("41", f"{URL}/Ticket/Display.html?id=41", "rt"))


def keep_thread(root, row, *items: ThreadItem, queue: str = "Support") -> None:
    root.outbox.save_conversation(row.id, Conversation(items=list(items), tickets={"41": queue}))


def test_without_address_or_profile_the_address_of_supports_latest_mail_is_used(root, filed):
    keep_thread(
        root,
        filed,
        item("101", Author.YOU, "customer@example.com"),
        item("102", Author.SUPPORT, "first-line@vendor.test"),
        item("103", Author.SUPPORT, "Helpdesk <helpdesk@vendor.test>"),
        item("104", Author.YOU, "customer@example.com"),
    )

    assert inquiry_address(root, filed) == "helpdesk@vendor.test"
    assert status_inquiry(root, filed).to == "helpdesk@vendor.test"


def test_a_thread_whose_support_messages_name_no_address_falls_back_to_the_mail_address(root, filed):
    keep_thread(root, filed, item("102", Author.SUPPORT, "support"), item("103", Author.SYSTEM, "rt@vendor.test"))

    assert inquiry_address(root, filed) == "mail@vendor.test"


def test_the_queues_correspond_address_comes_before_the_thread(root, filed):
    keep_thread(root, filed, item("102", Author.SUPPORT, "helpdesk@vendor.test"), queue="Escalated")
    save(
        root.paths.data_dir,
        ServerProfile(
            URL,
            5.0,
            (
                QueueProfile("Support", "Support", "help@vendor.test"),
                QueueProfile("Escalated", "Escalated", "esc@v.test"),
            ),
        ),
    )

    assert inquiry_address(root, filed) == "esc@v.test", "the queue the ticket is in now"
    assert inquiry_address(root) == "help@vendor.test", "without a request: the support queue"
    root.settings.support.inquiry_to = "rma-status@vendor.test"
    assert inquiry_address(root, filed) == "rma-status@vendor.test"
