"""Files from support land only in the folder the user chose, under a clean name, never over another file."""

from __future__ import annotations

import pytest

from pixrma_desktop.support.saved_files import MAX_NAME, SaveError, clean_file_name, save_file


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../evil", "evil"),
        ("..\\..\\Windows\\system32\\evil.dll", "evil.dll"),
        (".bashrc", "bashrc"),
        ("...", "attachment"),
        ("", "attachment"),
        ("CON", "CON_"),
        ("nul.txt", "nul_.txt"),
        ("com1.log", "com1_.log"),
        ("LPT9", "LPT9_"),
        ("report\x00\x1b[31m.txt", "report[31m.txt"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ('a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"),
        ("trailing. . ", "trailing"),
        ("firmware v3.2.1.zip", "firmware v3.2.1.zip"),
    ],
)
def test_names_are_cleaned(given, expected):
    assert clean_file_name(given) == expected


def test_long_names_are_cut_but_keep_their_extension():
    name = clean_file_name("x" * 500 + ".pdf")
    assert len(name) == MAX_NAME
    assert name.endswith(".pdf")


def test_saving_a_traversal_name_writes_only_inside_the_chosen_folder(tmp_path):
    chosen = tmp_path / "downloads" / "support"
    chosen.mkdir(parents=True)
    path = save_file(chosen, "../../evil", b"payload")
    assert path == chosen.resolve() / "evil"
    assert path.read_bytes() == b"payload"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["evil"]


def test_an_existing_file_is_never_overwritten(tmp_path):
    (tmp_path / "log.txt").write_bytes(b"mine")
    second = save_file(tmp_path, "log.txt", b"theirs")
    third = save_file(tmp_path, "log.txt", b"again")
    assert (tmp_path / "log.txt").read_bytes() == b"mine"
    assert (second.name, third.name) == ("log (2).txt", "log (3).txt")
    assert second.read_bytes() == b"theirs"


def test_a_symlink_with_the_wanted_name_is_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"keep")
    folder = tmp_path / "chosen"
    folder.mkdir()
    (folder / "notes.txt").symlink_to(outside)
    saved = save_file(folder, "notes.txt", b"new")
    assert outside.read_bytes() == b"keep"
    assert saved.name == "notes (2).txt"


def test_a_missing_folder_is_an_error_that_says_what_to_do(tmp_path):
    with pytest.raises(SaveError, match="does not exist; choose another one"):
        save_file(tmp_path / "nope", "a.txt", b"")
