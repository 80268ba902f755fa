"""A database written by the first schema (fixture in tests/unit/data) loads after the layout changed."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

from pixrma_desktop.outbox.schema import SCHEMA_VERSION
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.support.backend import TicketRef

FIXTURE = Path(__file__).parent / "data" / "outbox-v1.sqlite3"


def _copy(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    shutil.copyfile(FIXTURE, path)
    return path


def test_fixture_really_is_schema_1():
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(requests)")]
    conn.close()
    assert columns == ["id", "state", "document", "created_at", "updated_at", "ticket"]


def test_v1_database_is_backed_up_then_migrated(tmp_path):
    path = _copy(tmp_path)
    with OutboxStore.open(path) as store:
        rows = {r.id[:8]: r for r in store.list()}
        assert set(rows) == {"11111111", "22222222", "33333333", "44444444"}
        draft = rows["11111111"]
        assert draft.state is RequestState.DRAFT
        assert draft.request.cameras[0].symptom == "Green frames after warm-up."
        assert draft.request.contact.shipping_address == "1 Harbour Road\nArlington"
        assert draft.title == "RMA request: PL-D755MU S/N 712000001"
        sent = rows["33333333"]
        assert (sent.state, sent.support_ticket_number, sent.rma_number) == (RequestState.SUBMITTED, "41", None)
        crashed = rows["44444444"]
        assert (crashed.state, crashed.maybe_sent) == (RequestState.QUEUED, True)
        lease = store.acquire_lease("me", 60, request_id=crashed.id)
        assert lease is not None
        assert lease.lookup_first
        store.record_submitted(crashed.id, TicketRef("42"), owner="me")
        assert store.save_draft(draft.request) == 2
    backups = sorted(tmp_path.glob("outbox.sqlite3.v1-backup-*"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM requests").fetchone()[0] == 4
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_migration_runs_once(tmp_path):
    path = _copy(tmp_path)
    OutboxStore.open(path).close()
    OutboxStore.open(path).close()
    assert len(list(tmp_path.glob("outbox.sqlite3.v1-backup-*"))) == 1
