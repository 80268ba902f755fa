"""What the outbox does when the disk fills up or its file is damaged: say so plainly and lose nothing that
was saved, or that SQLite can still read."""

from __future__ import annotations

import shutil
import subprocess
import uuid

import pytest

from pixrma_desktop.outbox.errors import DiskFullError
from pixrma_desktop.outbox.store import OutboxStore
from pixrma_desktop.rma.request import RmaRequest
from tests.fakes.sample_requests import complete_request


@pytest.fixture
def small_disk(tmp_path):
    """A 600 KiB tmpfs (mounting needs root; elsewhere the test is skipped with the reason)."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command here, so no small disk to fill")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a 600 KiB tmpfs here ({mounted.stderr.strip() or mounted.returncode})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder, name="filler"):
    """Take every free byte of the disk holding ``folder``; the file that did it."""
    filler = folder / name
    with filler.open("wb", buffering=0) as file:
        try:
            while True:
                file.write(b"\0" * 1024)
        except OSError:
            pass
    return filler


def test_a_full_disk_gets_its_own_message_and_the_saved_draft_is_intact(small_disk):
    path = small_disk / "outbox.sqlite3"
    saved = complete_request()
    with OutboxStore.open(path) as store:
        store.create_draft(saved)
        filler = _fill(small_disk)
        with pytest.raises(DiskFullError) as caught:
            store.create_draft(RmaRequest(notes="n" * 20_000))
        with pytest.raises(DiskFullError):
            store.save_draft(saved.model_copy(update={"notes": "x" * 20_000}))
        assert [r.request for r in store.list()] == [saved]
    message = str(caught.value)
    assert message.startswith(f"The disk is full: the folder {small_disk} has no room left to save (")
    assert "saving needed at least 20 KiB" in message
    assert "nothing saved so far is lost" in message
    filler.unlink()
    with OutboxStore.open(path) as store:
        assert [r.request for r in store.list()] == [saved]
        assert store.notice is None


def test_opening_on_a_full_disk_says_the_disk_is_full_not_an_io_error(small_disk):
    path = small_disk / "outbox.sqlite3"
    saved = complete_request()
    with OutboxStore.open(path) as store:
        store.create_draft(saved)
    filler = _fill(small_disk)
    with pytest.raises(DiskFullError, match=f"The disk is full: the folder {small_disk} has no room left to save"):
        OutboxStore.open(path)  # no room for the write-ahead log's index
    filler.unlink()
    with OutboxStore.open(path) as store:
        assert [r.request for r in store.list()] == [saved]


def _damage_one_leaf_page(path, marker: bytes) -> int:
    """Overwrite the page holding ``marker`` with garbage; its page number."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    offset = data.index(marker)
    page = offset // page_size
    data[page * page_size : (page + 1) * page_size] = bytes([0x5A]) * page_size
    path.write_bytes(bytes(data))
    return page + 1


def test_a_damaged_page_costs_only_the_drafts_stored_on_it(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    requests = [
        RmaRequest(submission_id=uuid.UUID(int=n + 1), notes=f"DRAFT-{n:03d} " + "words " * 120) for n in range(40)
    ]
    with OutboxStore.open(path) as store:
        for request in requests:
            store.create_draft(request)
    page = _damage_one_leaf_page(path, b"DRAFT-020 ")
    assert page > 1, "the schema page stays readable"
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    on_damaged_page = {r.id for n, r in enumerate(requests) if f"DRAFT-{n:03d} ".encode() not in data}
    assert on_damaged_page, "the damage hit at least one draft"
    assert len(on_damaged_page) < 10, f"one {page_size}-byte page holds a few drafts only"

    with OutboxStore.open(path) as store:
        kept = {r.id for r in store.list()}
        notice = store.notice
    assert kept == {r.id for r in requests} - on_damaged_page
    assert notice is not None
    [aside] = tmp_path.glob("outbox.sqlite3.damaged-*")
    assert f"moved aside to {aside}. {len(kept)} requests that could still be read were copied" in notice
    with OutboxStore.open(path) as store:
        assert store.notice is None
        assert store.get(requests[0].id).request == requests[0]


def test_saves_still_in_the_write_ahead_log_are_salvaged_too(tmp_path):
    from pixrma_desktop.outbox.salvage import salvage

    live = tmp_path / "live"
    live.mkdir()
    requests = [RmaRequest(submission_id=uuid.UUID(int=n + 1), notes=f"only in the log {n}") for n in range(3)]
    with OutboxStore.open(live / "outbox.sqlite3") as store:
        for request in requests:
            store.create_draft(request)
        # As a crash leaves it: the newest saves are in the write-ahead log, not yet in the main file.
        damaged = tmp_path / "outbox.sqlite3.damaged-1"
        shutil.copyfile(live / "outbox.sqlite3", damaged)
        shutil.copyfile(live / "outbox.sqlite3-wal", tmp_path / "outbox.sqlite3.damaged-1-wal")
    salvaged = salvage(damaged, tmp_path / "outbox.sqlite3")
    assert salvaged.requests == 3
    with OutboxStore.open(tmp_path / "outbox.sqlite3") as store:
        assert sorted(r.id for r in store.list()) == sorted(r.id for r in requests)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".salvage-")) == [], "no scratch is left"
