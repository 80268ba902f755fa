"""Whatever the user types, drafts survive the store unchanged and validation answers instead of crashing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.rma.edit import EditError, apply_edit
from pixrma_desktop.rma.render import report_text
from pixrma_desktop.rma.request import load_request, validate_request
from tests.fakes.sample_requests import complete_request

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
FIELDS = st.sampled_from(
    [
        "contact.name",
        "contact.email",
        "contact.phone",
        "contact.shipping_address",
        "cameras.0.symptom",
        "cameras.0.since",
        "cameras.0.frequency",
        "cameras.1.serial",
        "warranty",
        "purchase.channel",
        "notes",
    ]
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(edits=st.lists(st.tuples(FIELDS, TEXT), max_size=6))
def test_any_edits_round_trip_and_validate(tmp_path, edits):
    request = complete_request()
    for path, value in edits:
        before = request
        message = ""
        try:
            request = apply_edit(request, path, value)
        except EditError as exc:
            message = str(exc)
        if message:  # refused: said in words, and nothing changed
            assert path in message or "cannot" in message
            assert request == before
    problems = validate_request(request)
    assert all(p.message for p in problems)
    assert str(request.submission_id) in report_text(request)
    with OutboxStore.open(tmp_path / "props.sqlite3") as store:
        if request.id not in {r.id for r in store.list()}:
            store.create_draft(complete_request().model_copy(update={"submission_id": request.submission_id}))
        store.save_draft(request)
        assert load_request(store.get(request.id).document) == request
