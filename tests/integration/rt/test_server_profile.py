"""Learning from the server what it keeps, and fitting a request into fields that hold one value."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import pytest

from pixrma_desktop.support.credentials import Credential
from pixrma_desktop.support.rt import RtBackend
from pixrma_desktop.support.server_profile import FieldProfile
from tests.integration.rt.desk import SupportDesk, make_submission
from tests.integration.rt.server import MISSING_REASON, RtInstance, rt_installed, start_rt
from tests.needs import needs

pytestmark = pytest.mark.rt

FIELDS = ("Serial Numbers", "Camera Model", "Firmware Version", "Submission ID")


def test_a_customer_learns_the_support_queue_its_fields_and_its_address(rt_server, rt_settings):
    customer = RtBackend(rt_settings, Credential(token=rt_server.customer_token))

    profile = customer.learn_profile(now=1000.0)

    support = profile.queue("Support")
    assert support is not None
    assert support.correspond_address == "support@pixrma.test"
    assert support.subject_tag == "Support"
    assert support.fields == tuple(FieldProfile(name, 1 if name == "Submission ID" else 0) for name in FIELDS)
    assert profile.queue("RMA") is None  # customers may not see the RMA queue itself
    assert profile.problems == ("The queue 'RMA' is not visible to this account.",)
    assert (profile.url, profile.learned_at) == (rt_settings.rt_url, 1000.0)


def test_the_app_account_sees_both_queues(rt_server, rt_settings):
    profile = RtBackend(rt_settings, Credential(token=rt_server.app_token)).learn_profile(now=time.time())

    assert [q.name for q in profile.queues] == ["Support", "RMA"]
    assert profile.queue("RMA").correspond_address == "rma@pixrma.test"
    assert profile.problems == ()


@pytest.fixture(scope="module")
def single_value_rt() -> Iterator[RtInstance]:
    needs(rt_installed(), MISSING_REASON)
    instance = start_rt(single_value_fields=("Camera Model", "Firmware Version"))
    try:
        yield instance
    finally:
        instance.stop()


def test_a_two_camera_request_keeps_both_models_in_a_single_value_field(single_value_rt, rt_settings, tmp_path):
    settings = dataclasses.replace(rt_settings, rt_url=single_value_rt.url)
    learner = RtBackend(settings, Credential(token=single_value_rt.customer_token))
    profile = learner.learn_profile(now=time.time())
    assert profile.queue("Support").field("Camera Model") == FieldProfile("Camera Model", 1)
    backend = RtBackend(settings, Credential(token=single_value_rt.customer_token), profile=profile)
    submission = dataclasses.replace(make_submission(tmp_path, cameras=3), requestor_email="buyer@lab-a.test")

    ref = backend.create(submission)

    assert ref.unsaved_fields == ()
    fields = {f["name"]: f["values"] for f in SupportDesk(single_value_rt).ticket(ref.ticket_id)["CustomFields"]}
    assert fields["Camera Model"] == ["PL-D7512; PL-X9000"]
    assert fields["Firmware Version"] == ["3.2.1; 2.9.0"]
    assert sorted(fields["Serial Numbers"]) == ["PX-1000", "PX-1001", "PX-1002"]


def test_without_the_profile_the_lost_model_is_reported_not_hidden(single_value_rt, rt_settings, tmp_path):
    settings = dataclasses.replace(rt_settings, rt_url=single_value_rt.url)
    backend = RtBackend(settings, Credential(token=single_value_rt.customer_token))
    submission = dataclasses.replace(make_submission(tmp_path, cameras=2), requestor_email="buyer@lab-a.test")

    assert backend.create(submission).unsaved_fields == ("Camera Model",)  # both cameras run firmware 3.2.1
