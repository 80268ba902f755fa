"""Names and places shared by the PyInstaller spec, the package builders and their tests.

Only the standard library: the spec, ``installer/build.py`` and the tests all import this.
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_DIR = "pixrma-desktop"
"""The one-folder build: ``dist/pixrma-desktop/``."""
CLI_NAME = "pixrma"
"""The executable: the command line, and the app when started without a command."""
WINDOWED_NAME = "pixrma-desktop"
"""Windows only: the same program without a console window, for the Start menu."""
CONTENTS_DIR = "_internal"
"""PyInstaller's folder beside the executable that holds Python, Qt and the app's files."""
RESOURCES_DIR = "resources"
"""Below CONTENTS_DIR, so ``Path(pixrma_desktop.__file__).parent.parent / "resources"`` works frozen and not."""

DEB_PACKAGE = "pixrma-desktop"
DEB_PREFIX = "/opt/pixrma-desktop"
DEB_LAUNCHER = "/usr/bin/pixrma"
DEB_UDEV_RULE = "/usr/lib/udev/rules.d/70-pixrma-cameras.rules"
DEB_DESKTOP_ENTRY = "/usr/share/applications/pixrma-desktop.desktop"
ICON_NAME = "pixrma-desktop"
"""The icon theme name (``Icon=`` in the desktop entry)."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Size budget for the Linux build; the build fails when a change pushes past it.
BUDGET_FOLDER_MB = 230
BUDGET_DEB_MB = 80


def project_version(root: Path = ROOT) -> str:
    """``pixrma_desktop.__version__``, read from the source without importing the package."""
    tree = ast.parse((root / "pixrma_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError("pixrma_desktop/__init__.py has no __version__ string")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows keeps in a version resource: ``0.1.0rc1`` -> ``(0, 1, 0, 0)``."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"not a release version: {version!r}")
    n = [*(int(part) for part in release.group().split(".")), 0, 0, 0][:4]
    return (n[0], n[1], n[2], n[3])


def deb_version(version: str) -> str:
    """A Debian version that sorts like the Python one: pre-releases and dev builds get ``~``."""
    match = re.fullmatch(r"(\d+(?:\.\d+)*)(?:\.?(a|b|rc)(\d+))?(?:\.?(dev)(\d+))?(?:\+(.+))?", version)
    if match is None:
        raise ValueError(f"cannot express {version!r} as a Debian version")
    release, pre, pre_n, dev, dev_n, local = match.groups()
    text = release
    if pre:
        text += f"~{pre}{pre_n}"
    if dev:  # before its pre-release or release; "~~" sorts before "~a"
        text += f"~dev{dev_n}" if pre else f"~~dev{dev_n}"
    if local:
        text += "+" + re.sub(r"[^A-Za-z0-9.+~]", ".", local)
    return text


def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def windows_version_info(version: str) -> str:
    """The Windows version resource, in the text form PyInstaller's ``version=`` file takes."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": "pixrma-desktop",
        "FileDescription": "Pixelink RMA Assistant",
        "FileVersion": version,
        "InternalName": CLI_NAME,
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": f"{CLI_NAME}.exe",
        "ProductName": "Pixelink RMA Assistant",
        "ProductVersion": version,
    }
    table = ",\n".join(f"        StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{table}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
