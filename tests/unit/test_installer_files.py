"""The files the packages install (icon, desktop entry) and the version mapping the packages use."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET

import pytest
from packaging.version import Version

from installer import layout
from pixrma_desktop import __version__
from tests.needs import needs

RESOURCES = layout.ROOT / "resources"
ICONS = RESOURCES / "icons"
DESKTOP_ENTRY = RESOURCES / "linux" / "pixrma-desktop.desktop"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an .ico"
    sizes = []
    for index in range(count):
        width, height = data[6 + 16 * index], data[7 + 16 * index]
        assert width == height
        sizes.append(width or 256)  # 0 means 256
    return sizes


def test_icon_svg_is_square_svg():
    root = ET.parse(ICONS / "pixrma.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height


@pytest.mark.parametrize("size", layout.ICON_SIZES)
def test_icon_png_has_its_size(size):
    assert png_size((ICONS / f"pixrma-{size}.png").read_bytes()) == (size, size)


def test_windows_icon_has_the_sizes_windows_asks_for():
    assert sorted(ico_sizes((ICONS / "pixrma.ico").read_bytes())) == [16, 24, 32, 48, 64, 256]


def test_desktop_entry_starts_the_launcher_with_the_installed_icon():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP_ENTRY, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == layout.DEB_LAUNCHER.rsplit("/", 1)[1]
    assert section["Icon"] == layout.ICON_NAME
    assert section["Terminal"] == "false"


def test_desktop_entry_is_valid():
    needs(
        shutil.which("desktop-file-validate"), "desktop-file-validate is missing (apt-get install desktop-file-utils)"
    )
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_ENTRY)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_the_package_version_is_a_debian_version():
    assert layout.deb_version(__version__)


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("0.1.0rc1", "0.1.0"),
        ("0.1.0.dev2", "0.1.0a1"),
        ("0.1.0a1.dev1", "0.1.0a1"),
        ("0.1.0", "0.1.1"),
        ("0.9", "0.10"),
        ("1.0b2", "1.0rc1"),
    ],
)
def test_debian_versions_sort_like_python_versions(older, newer):
    needs(shutil.which("dpkg"), "dpkg is missing (not a Debian system)")
    assert Version(older) < Version(newer)
    result = subprocess.run(["dpkg", "--compare-versions", layout.deb_version(older), "lt", layout.deb_version(newer)])
    assert result.returncode == 0, f"{layout.deb_version(older)} should sort before {layout.deb_version(newer)}"


@pytest.mark.parametrize(
    ("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("2.3", (2, 3, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4))]
)
def test_windows_version_has_four_numbers(version, numbers):
    assert layout.numeric_version(version) == numbers
