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
