"""Crash safety for real: an autosaving, sending child process is killed with SIGKILL at random moments."""

from __future__ import annotations

import pytest

from tests.fakes.crash_harness import flush, run_kills, verify
from tests.fakes.support_server import FakeSupportServer


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 12])
def test_sigkill_loses_no_saved_draft_and_sends_nothing_twice(tmp_path, seed):
    with FakeSupportServer() as server:
        kills = run_kills(tmp_path, server, kills=5, seed=seed)
        flush(tmp_path, server, clock_offset=1e6)
        report = verify(tmp_path, server, kills)
    assert kills == 5
    assert report.saves_journaled > 0
    assert report.drafts > 0
    assert report.lost_saves == []
    assert report.damaged == []
    assert report.duplicates == 0
    assert report.unsent == []
    assert report.mismatched_tickets == []
