"""The Inno Setup script cannot be compiled here, so this keeps it from rotting: sections, keys, version, and
that every file it takes from the build is one the PyInstaller spec produces on Windows."""

from __future__ import annotations

import ast
import fnmatch
import re
from pathlib import PureWindowsPath

import pytest

from installer import layout
from pixrma_desktop import __version__

ISS = layout.ROOT / "installer" / "windows" / "pixrma.iss"

# What the spec puts into dist\pixrma-desktop on Windows (see installer/pixrma.spec).
WINDOWS_BUILD = (
    f"{layout.CLI_NAME}.exe",
    f"{layout.WINDOWED_NAME}.exe",
    f"{layout.CONTENTS_DIR}\\*",
)


def _split_entry(line: str) -> dict[str, str]:
    """``Name: "a"; Filename: "b; c"`` -> {"Name": "a", "Filename": "b; c"} (semicolons inside quotes kept)."""
    fields: dict[str, str] = {}
    for match in re.finditer(r'\s*(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
        key, value = match.group(1), match.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        fields[key] = value
    return fields


def parse_iss(text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The preprocessor defines (first definition wins, like ``#ifndef``) and each section's lines."""
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if define := re.match(r'#define\s+(\w+)\s+"(.*)"$', line):
            defines.setdefault(define.group(1), define.group(2))
            continue
        if line.startswith("#"):
            continue
        if header := re.fullmatch(r"\[(\w+)\]", line):
            current = sections.setdefault(header.group(1), [])
            continue
        assert current is not None, f"line outside any section: {line!r}"
        current.append(line)

    def expand(value: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)

    return defines, {name: [expand(line) for line in lines] for name, lines in sections.items()}


@pytest.fixture(scope="module")
def iss() -> tuple[dict[str, str], dict[str, list[str]]]:
    return parse_iss(ISS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def setup(iss) -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss[1]["Setup"])


def test_has_the_sections_an_installer_needs(iss):
    assert {"Setup", "Languages", "Tasks", "Files", "Icons", "Run"} <= set(iss[1])


def test_version_matches_the_package(setup):
    assert setup["AppVersion"] == __version__
    assert setup["VersionInfoVersion"] == ".".join(map(str, layout.numeric_version(__version__)))
    assert __version__ in setup["OutputBaseFilename"]


def test_offers_a_per_user_install_and_an_uninstaller(setup):
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["DefaultDirName"].startswith("{autopf}\\")  # Program Files, or the user's Programs folder
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["UninstallDisplayIcon"] == f"{{app}}\\{layout.WINDOWED_NAME}.exe"


def test_setup_icon_is_the_app_icon(setup):
    icon = (ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()).resolve()
    assert icon == layout.ROOT / "resources" / "icons" / "pixrma.ico"
    assert icon.is_file()


def test_every_source_is_something_the_spec_builds(iss):
    defines = iss[0]
    build_dir = (ISS.parent / PureWindowsPath(defines["BuildDir"]).as_posix()).resolve()
    assert build_dir == layout.ROOT / "dist" / layout.APP_DIR  # where installer/build.py puts it by default
    prefix = PureWindowsPath(defines["BuildDir"]).parts
    taken = set()
    for line in iss[1]["Files"]:
        source = PureWindowsPath(_split_entry(line)["Source"])
        assert source.parts[: len(prefix)] == prefix, f"{source} is not taken from the build"
        inside = str(PureWindowsPath(*source.parts[len(prefix) :]))
        assert any(fnmatch.fnmatch(inside, pattern) for pattern in WINDOWS_BUILD), f"the spec builds no {inside}"
        taken.add(inside)
    assert taken == set(WINDOWS_BUILD), "the installer must take all of the build"


def test_start_menu_shortcut_starts_the_installed_windowed_app(iss):
    icons = [_split_entry(line) for line in iss[1]["Icons"]]
    installed = {PureWindowsPath(_split_entry(line)["Source"]).name for line in iss[1]["Files"] if "*" not in line}
    start_menu = [icon for icon in icons if icon["Name"].startswith("{group}\\")]
    assert any(icon["Filename"] == f"{{app}}\\{layout.WINDOWED_NAME}.exe" for icon in start_menu)
    assert any(icon["Filename"] == "{uninstallexe}" for icon in start_menu)
    for entry in [*icons, *(_split_entry(line) for line in iss[1]["Run"])]:
        target = entry["Filename"]
        if target.startswith("{app}\\"):
            assert PureWindowsPath(target).name in installed, f"{target} is not installed by [Files]"


def test_windows_version_resource_carries_the_version():
    text = layout.windows_version_info(__version__)
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this text
    assert isinstance(tree.body, ast.Call)
    assert tree.body.func.id == "VSVersionInfo"
    assert repr(layout.numeric_version(__version__)) in text
    assert f"StringStruct('ProductVersion', {__version__!r})" in text
