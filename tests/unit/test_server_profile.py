"""Planning fields from what the server keeps, and the profile file in the data folder."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pixrma_desktop.support import server_profile
from pixrma_desktop.support.server_profile import (
    SINGLE_VALUE_LIMIT,
    FieldProfile,
    QueueProfile,
    ServerProfile,
    plan_fields,
)

SUPPORT = QueueProfile(
    "Support",
    "Support",
    "support@vendor.example",
    (FieldProfile("Serial Numbers", 0), FieldProfile("Camera Model", 1), FieldProfile("Submission ID", 1)),
)


def test_single_value_fields_get_the_values_joined_and_lists_stay_lists():
    plan = plan_fields(
        {"Serial Numbers": ["A1", "B2"], "Camera Model": ["PL-D755MU", "PL-D725CU"], "Submission ID": "uuid"}, SUPPORT
    )
    assert plan.sent == {
        "Serial Numbers": ["A1", "B2"],
        "Camera Model": "PL-D755MU; PL-D725CU",
        "Submission ID": "uuid",
    }
    assert plan.not_kept == {}


def test_values_that_do_not_fit_the_one_value_are_named():
    long = ["M" * 200, "N" * 60, "short"]
    plan = plan_fields({"Camera Model": long}, SUPPORT)
    assert plan.sent["Camera Model"] == "M" * 200 + "; short"
    assert plan.not_kept == {"Camera Model": ("N" * 60,)}


def test_without_a_profile_or_for_unknown_fields_nothing_changes():
    fields = {"Camera Model": ["A", "B"], "Other": ["x", "y"]}
    assert plan_fields(fields, None).sent == fields
    assert plan_fields(fields, SUPPORT).sent["Other"] == ["x", "y"]


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters=";"), min_size=1, max_size=300), max_size=12))
def test_a_joined_value_always_fits_and_every_value_is_kept_or_named(values):
    plan = plan_fields({"Camera Model": values}, SUPPORT)
    joined = plan.sent["Camera Model"]
    kept = joined.split("; ") if joined else []
    assert len(joined) <= SINGLE_VALUE_LIMIT
    assert sorted(kept + list(plan.not_kept.get("Camera Model", ()))) == sorted(values)


def test_the_profile_round_trips_through_its_file(tmp_path):
    profile = ServerProfile("https://support.example", 1234.5, (SUPPORT,), ("The queue 'RMA' is not visible.",))
    server_profile.save(tmp_path, profile)
    assert server_profile.load(tmp_path) == profile
    assert profile.keeps("Support") == [
        "Serial Numbers (several values)",
        "Camera Model (one value)",
        "Submission ID (one value)",
    ]


@pytest.mark.parametrize(
    "content", [b"\xff\xfe not text", b"[]", b'{"url": 1}', b"[" * 100_000, b'{"url":"u","learned_at":"x","queues":[]}']
)
def test_a_damaged_profile_file_is_ignored(tmp_path, content):
    (tmp_path / server_profile.FILE_NAME).write_bytes(content)
    assert server_profile.load(tmp_path) is None


def test_staleness_follows_the_day_and_the_address():
    profile = ServerProfile("https://a.example", 1000.0)
    assert not profile.is_stale(1000.0 + 3600, "https://a.example")
    assert profile.is_stale(1000.0 + 25 * 3600, "https://a.example")
    assert profile.is_stale(1000.0 + 60, "https://b.example")
    assert profile.is_stale(999.0, "https://a.example")  # the clock went back: ask again
