import json
import os

from pixrma_desktop.cameras.gentl import producers
from pixrma_desktop.notices.codes import Code
from tests.needs import needs


def make(path, content=b"producer"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_env_value_is_split_on_pathsep_and_folders_are_globbed(tmp_path):
    a = make(tmp_path / "one" / "a.cti")
    b = make(tmp_path / "two" / "b.cti", b"other")
    make(tmp_path / "two" / "notes.txt")
    single = make(tmp_path / "three" / "c.cti", b"third")
    env = os.pathsep.join([str(tmp_path / "one"), "", str(tmp_path / "nowhere"), str(tmp_path / "two")])
    found = producers.candidates(env, [str(single)], demo=False)
    assert found == [(a, producers.ENV_VAR), (b, producers.ENV_VAR), (single, "settings")]


def test_symlink_and_copy_collapse_into_one_producer(tmp_path):
    original = make(tmp_path / "vendor" / "tl.cti", b"same bytes")
    copy = make(tmp_path / "copy" / "tl.cti", b"same bytes")
    link = tmp_path / "link.cti"
    link.symlink_to(original)
    other = make(tmp_path / "other.cti", b"different!")  # same size, other content
    result = producers.deduplicate(
        [(original, "settings"), (copy, "settings"), (link, "settings"), (other, "settings")]
    )
    assert [p.path for p in result] == [original, other]
    assert set(result[0].also_at) == {copy, link}


def test_copy_of_the_demo_producer_is_demo(tmp_path):
    reference = make(tmp_path / "pkg" / "viky.cti", b"viky bytes")
    copy = make(tmp_path / "mine.cti", b"viky bytes")
    real = make(tmp_path / "real.cti", b"real bytes")
    result = producers.deduplicate([(copy, "settings"), (real, "settings")], demo_reference=reference)
    assert [(p.path, p.demo) for p in result] == [(copy, True), (real, False)]


def test_demo_reference_alone_is_not_loaded(tmp_path):
    reference = make(tmp_path / "viky.cti")
    assert producers.deduplicate([], demo_reference=reference) == []


def test_demo_mode_adds_the_genicam_producer():
    viky = producers.demo_producer_path()
    found = producers.candidates(None, [], demo=True, demo_path=viky)
    assert found == ([(viky, "demo")] if viky else [])


def test_vetting_result_is_remembered_for_rescans(tmp_path):
    text = make(tmp_path / "bad.cti", b"not a library")
    first = producers.Vetting([producers.Producer(text, "settings")]).result()
    again = producers.Vetting([producers.Producer(text, "settings")])
    assert again._children == {}  # answered from memory, no second child process
    assert again.result().rejected == first.rejected


def test_unreadable_candidate_is_rejected(tmp_path):
    vetting = producers.Vetting([producers.Producer(tmp_path / "gone.cti", "settings")])
    (rejected,) = vetting.result().rejected
    assert rejected.reason.code is Code.GENTL_PRODUCER_UNREADABLE


def test_frozen_app_vets_through_its_own_entry_point(tmp_path, capsys):
    text = make(tmp_path / "bad.cti", b"not a library")
    assert producers.vet_main([str(text), *producers.GENTL_EXPORTS]) == 2
    viky = producers.demo_producer_path()
    needs(viky is not None, "the genicam package (with viky.cti) is not installed")
    assert producers.vet_main([str(viky), *producers.GENTL_EXPORTS]) == 0
    assert producers.vet_main([str(viky), "NoSuchExport"]) == 3
    assert capsys.readouterr().out.splitlines()[-1] == "NoSuchExport"


def vet_fresh_process(monkeypatch, path, cache_file):
    """Vetting as a new process would do it: nothing remembered in memory, only what the cache file holds."""
    monkeypatch.setattr(producers, "_vetted", {})
    return producers.Vetting([producers.Producer(path, "settings")], cache_file=cache_file)


def vetted_in_a_child(monkeypatch, path, cache_file):
    vetting = vet_fresh_process(monkeypatch, path, cache_file)
    vetting.result()
    return bool(vetting._children)


def test_verdict_is_remembered_across_runs_in_the_cache_file(tmp_path, monkeypatch):
    text = make(tmp_path / "bad.cti", b"not a library")
    cache_file = tmp_path / "cache" / producers.VERDICTS_FILE
    first = vet_fresh_process(monkeypatch, text, cache_file)
    first_result = first.result()
    assert first._children, "the first run vets in a child process"
    assert cache_file.is_file()
    again = vet_fresh_process(monkeypatch, text, cache_file)
    assert again._children == {}, "the next run takes the verdict from the cache file"
    assert again.result().rejected == first_result.rejected


def test_changed_producer_is_vetted_again(tmp_path, monkeypatch):
    text = make(tmp_path / "bad.cti", b"not a library")
    cache_file = tmp_path / producers.VERDICTS_FILE
    vet_fresh_process(monkeypatch, text, cache_file).result()
    make(text, b"a new build of it, longer")
    assert vetted_in_a_child(monkeypatch, text, cache_file), "another size: vetted again"
    stat = text.stat()
    os.utime(text, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert vetted_in_a_child(monkeypatch, text, cache_file), "another time: vetted again"


def test_verdicts_of_another_version_are_not_used(tmp_path, monkeypatch):
    text = make(tmp_path / "bad.cti", b"not a library")
    cache_file = tmp_path / producers.VERDICTS_FILE
    vet_fresh_process(monkeypatch, text, cache_file).result()
    assert not vetted_in_a_child(monkeypatch, text, cache_file), "same version: remembered"
    monkeypatch.setattr("pixrma_desktop.__version__", "0.0.0-other")
    assert vetted_in_a_child(monkeypatch, text, cache_file)


def test_corrupt_or_foreign_cache_file_is_ignored_and_replaced(tmp_path, monkeypatch):
    from pixrma_desktop import __version__

    text = make(tmp_path / "bad.cti", b"not a library")
    cache_file = tmp_path / producers.VERDICTS_FILE
    key = producers._vet_key(text)
    lies = [
        b"\xff\xfe not json at all",
        b"[1, 2, 3]",
        b'{"version": "%s", "verdicts": "everything is fine"}' % __version__.encode(),
        # the right file, path, size and time, but fields of the wrong types: never taken as "passed"
        json.dumps(
            {
                "version": __version__,
                "verdicts": [
                    {"path": key[0], "size": str(key[1]), "mtime_ns": key[2], "reason": None},
                    7,
                    {"path": key[0], "size": key[1], "mtime_ns": key[2], "reason": 42},
                    {"path": key[0], "size": key[1], "mtime_ns": key[2], "reason": {"code": "no-such-code"}},
                    {"path": key[0], "size": key[1], "mtime_ns": key[2], "reason": {"code": "gentl-producer-slow"}},
                ],
            }
        ).encode(),
    ]
    for lie in lies:
        cache_file.write_bytes(lie)
        vetting = vet_fresh_process(monkeypatch, text, cache_file)
        (rejected,) = vetting.result().rejected
        assert vetting._children, f"vetted despite {lie[:30]!r}"
        assert rejected.reason.code is Code.GENTL_PRODUCER_NOT_LOADABLE
        assert producers.load_verdicts(cache_file)[key] == rejected.reason, "the file was rewritten sound"


def test_unwritable_cache_folder_only_costs_the_memory(tmp_path, monkeypatch):
    text = make(tmp_path / "bad.cti", b"not a library")
    blocker = make(tmp_path / "not-a-folder", b"")
    vetting = vet_fresh_process(monkeypatch, text, blocker / producers.VERDICTS_FILE)
    assert vetting.result().rejected
    assert blocker.read_bytes() == b""
