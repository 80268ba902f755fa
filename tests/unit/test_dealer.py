"""The dealer path: nothing to the vendor, a package for the dealer with a ready-to-send e-mail."""

from __future__ import annotations

import email
import email.policy
import zipfile

import pytest

from pixrma_desktop.outbox.errors import DealerRequestError
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.rma.dealer import WHY_DEALER, build_dealer_package
from tests.fakes.request_bundle import bundle_maker
from tests.fakes.sample_requests import dealer_request


def test_dealer_package_has_bundle_reports_and_an_eml_to_the_dealer(tmp_path):
    request = dealer_request()
    package = build_dealer_package(request, tmp_path / "out", bundle_maker(tmp_path / "bundles"))
    names = sorted(p.name for p in package.folder.iterdir())
    assert names == sorted(
        ["cameras.json", "message-to-dealer.eml", "report.html", "report.txt", f"request-{request.submission_id}.zip"]
    )
    assert "712345678" in package.report_txt.read_text()
    assert "<html" in package.report_html.read_text()
    message = email.message_from_bytes(package.email_path.read_bytes(), policy=email.policy.default)
    assert message["To"] == "Optik Handel GmbH <rma@optik.example>"
    assert message["From"] == "Ada Lovelace <ada@example.com>"
    assert "PL-D755MU" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "Dear Optik Handel GmbH" in body
    assert "serial 712345678" in body
    assert f"Support bundle: request-{request.submission_id}.zip" in body
    attached = sorted(part.get_filename() for part in message.iter_attachments())
    assert attached == sorted(["report.txt", "cameras.json", f"request-{request.submission_id}.zip"])
    with zipfile.ZipFile(package.zip_path) as archive:
        assert sorted(n.split("/", 1)[1] for n in archive.namelist()) == names
    assert "nothing is sent to the vendor" in WHY_DEALER


def test_dealer_request_is_never_queued_for_the_vendor(tmp_path):
    request = dealer_request()
    with OutboxStore.open(tmp_path / "o.sqlite3") as store:
        store.create_draft(request)
        with pytest.raises(DealerRequestError, match="dealer"):
            store.queue(request.id)
        assert store.get(request.id).state is RequestState.DRAFT
