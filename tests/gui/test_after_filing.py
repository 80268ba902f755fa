"""After filing: the request shows its support ticket number with a copy button and a link to the ticket on the
support site (self-service for a customer account); what the server did not keep is shown on the request and its
outbox row, in the user's language; before sending, the request page says which values a one-value field joins
or cannot keep; a dealer's request shows "package ready for your dealer" with the folder, never "Draft — not sent"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from pixrma_desktop.rma.request import CameraEntry, CameraSource, PurchaseChannel
from pixrma_desktop.settings import Settings
from pixrma_desktop.support.backend import TicketRef
from pixrma_desktop.support.server_profile import FieldProfile, QueueProfile, ServerProfile, load, save
from tests.fakes.sample_requests import complete_request
from tests.gui.test_duplicates import NoMailProgram
from tests.gui.test_request_page import open_request_page

pytestmark = pytest.mark.gui

URL = "https://support.example.com"
FIELDS = (FieldProfile("Serial Numbers"), FieldProfile("Camera Model", 1), FieldProfile("Submission ID", 1))


def rt_settings() -> Settings:
    settings = Settings()
    settings.support.rt_url = URL
    return settings


def filed(ctx, unsaved=()) -> str:
    store = ctx.outbox
    row = store.create_draft(complete_request(cameras=2))
    store.queue(row.id)
    store.record_submitted(row.id, TicketRef("41", f"{URL}/Ticket/Display.html?id=41", "rt", tuple(unsaved)))
    return row.id


def outbox_with_one_row(qtbot, window):
    open_request_page(qtbot, window)
    window.show_page("outbox")
    outbox = window.outbox_page
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1, timeout=10_000)
    outbox.table.selectRow(0)
    return outbox


def column(outbox, name):
    col = outbox.model.COLUMNS.index(name)
    return outbox.model.index(0, col).data()


def test_the_filed_request_shows_its_ticket_with_copy_and_a_link(qtbot, make_window, ctx):
    filed(ctx)
    links = NoMailProgram()
    window = make_window(probes=[], settings=rt_settings(), open_url=links)
    details = outbox_with_one_row(qtbot, window).details

    assert details.isVisible()
    assert details.ticket.text() == "Support ticket #41"
    details.copy_button.click()
    assert QGuiApplication.clipboard().text() == "41"
    assert details.feedback.text() == "Copied ✓"
    assert details.link_url == f"{URL}/Ticket/Display.html?id=41"
    details.open_ticket()
    assert links.opened == [f"{URL}/Ticket/Display.html?id=41"]


def test_a_customer_account_links_to_the_self_service_page(qtbot, make_window, ctx):
    # What a customer's account learned: the support queue, but not the RMA queue (staff only).
    save(ctx.paths.data_dir, ServerProfile(URL, 1000.0, (QueueProfile("Support", fields=FIELDS),)))
    filed(ctx)
    window = make_window(probes=[], settings=rt_settings())
    details = outbox_with_one_row(qtbot, window).details

    assert details.link_url == f"{URL}/SelfService/Display.html?id=41"


def test_what_the_server_did_not_keep_is_shown_on_the_request_and_its_row(qtbot, make_window, ctx):
    filed(ctx, unsaved=("Camera Model", "Requestor"))
    window = make_window(probes=[], settings=rt_settings())
    outbox = outbox_with_one_row(qtbot, window)

    expected = "The server did not keep: the field “Camera Model”, your e-mail address as the requester."
    qtbot.waitUntil(lambda: outbox.details.not_kept.text() == expected, timeout=10_000)
    assert column(outbox, "next").startswith(expected)


def test_before_sending_the_page_shows_joined_values_and_values_that_would_be_lost(qtbot, make_window, ctx):
    save(ctx.paths.data_dir, ServerProfile(URL, 1000.0, (QueueProfile("Support", fields=FIELDS),)))
    window = make_window(probes=[], settings=rt_settings())
    page = open_request_page(qtbot, window)

    window.show_page("request")
    page.load(complete_request(cameras=2))
    assert page.field_plan.isVisible()
    assert (
        page.field_plan.text() == "The server keeps one value in “Camera Model”: it will hold “PL-D755MU; PL-D725CU”."
    )

    long_model = "PL-" + "X" * 260
    request = complete_request(cameras=2)
    extra = CameraEntry(serial="712349999", model=long_model, firmware="1.0", source=CameraSource.MANUAL)
    page.load(request.model_copy(update={"cameras": [*request.cameras, extra]}))
    assert f"The server will not keep these in “Camera Model” (its one value is full): {long_model}." in (
        page.field_plan.text()
    )


def test_a_dealer_request_shows_the_package_not_a_draft(qtbot, make_window, ctx):
    window = make_window(probes=[])
    page = open_request_page(qtbot, window)
    request = complete_request()
    purchase = request.purchase.model_copy(
        update={
            "channel": PurchaseChannel.DEALER,
            "dealer_name": "Optics Dealer GmbH",
            "dealer_email": "rma@dealer.example",
        }
    )
    page.load(request.model_copy(update={"purchase": purchase}))
    with qtbot.waitSignal(page.dealer_package_made, timeout=10_000) as made:
        page.submit()
    folder = str(made.args[0].folder)
    assert page.save_state.text() == f"Package ready for your dealer: {folder}"

    window.show_page("outbox")
    outbox = window.outbox_page
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: column(outbox, "state") == "Package ready for your dealer", timeout=10_000)
    assert folder in column(outbox, "next")
    outbox.table.selectRow(0)
    assert outbox.details.dealer.text() == f"Package ready for your dealer: {folder}"


def test_settings_show_what_the_server_keeps_and_storing_a_token_learns_it_again(qtbot, make_window, ctx):
    from tests.unit.test_server_learning import LearningBackend

    save(ctx.paths.data_dir, ServerProfile(URL, 1000.0, (QueueProfile("Support", "", "help@vendor.test", FIELDS),)))
    learner = LearningBackend()
    window = make_window(probes=[], settings=rt_settings(), backend_factory=lambda _settings: learner)
    window.show()
    window.show_page("settings")
    box = window.settings_page.support_box

    assert box.server_keeps.text().splitlines()[:3] == [
        "The server keeps several values in: Serial Numbers.",
        "It keeps one value in: Camera Model, Submission ID (the cameras' values are joined into it).",
        "Its support address: help@vendor.test.",
    ]

    box.secret.setText("1-42-0123456789abcdef")
    with qtbot.waitSignal(box.secret_stored, timeout=10_000):
        box.store_secret()
    qtbot.waitUntil(lambda: bool(learner.asked), timeout=10_000)
    qtbot.waitUntil(lambda: "Camera Model (the cameras'" in box.server_keeps.text(), timeout=10_000)
    qtbot.waitUntil(lambda: load(ctx.paths.data_dir).queue("RMA") is not None, timeout=10_000)  # saved
