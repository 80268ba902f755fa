"""What Qt needs from the system to open a window on Linux, checked before the app starts.

Qt's xcb platform plugin (X11, and XWayland) loads a dozen system libraries; when one is missing, Qt dies
before any window with a message that often names the wrong one. ``ldd`` on the plugin inside the
environment's PySide6 lists every library that cannot be found; each is mapped to its Debian/Ubuntu and
Fedora package, and the user gets the command that installs them. Standard library only (it runs from
``installer/dev.py`` on a fresh machine).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    **{
        f"libxcb-{ext}.so.{n}": (f"libxcb-{ext}{n}", "libxcb")
        for ext, n in (
            ("glx", 0),
            ("randr", 0),
            ("render", 0),
            ("shape", 0),
            ("shm", 0),
            ("sync", 1),
            ("xfixes", 0),
            ("xinerama", 0),
            ("xinput", 0),
            ("xkb", 1),
        )
    },
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}
"""Library file name → (Debian/Ubuntu package, Fedora package): what Qt's xcb plugin links on Linux."""

SYSTEM_PACKAGES_DEBIAN = sorted({debian for debian, _ in PACKAGES.values()})
SYSTEM_PACKAGES_FEDORA = sorted({fedora for _, fedora in PACKAGES.values()})

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


@dataclass(frozen=True)
class QtReadiness:
    """Whether a window can open here; when not, ``message`` says why and what to do."""

    ok: bool
    message: str = ""
    missing: list[str] = field(default_factory=list)


def missing_libraries(ldd_report: str) -> list[str]:
    """The library file names ``ldd`` could not find (each once, in the order reported)."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_report)))


def install_advice(missing: list[str]) -> str:
    """Which packages hold ``missing`` and the commands that install them (Debian/Ubuntu and Fedora)."""
    debian = sorted({PACKAGES[name][0] for name in missing if name in PACKAGES})
    fedora = sorted({PACKAGES[name][1] for name in missing if name in PACKAGES})
    unknown = [name for name in missing if name not in PACKAGES]
    lines = []
    if debian:
        lines += [
            f"  Debian/Ubuntu: sudo apt install {' '.join(debian)}",
            f"  Fedora:        sudo dnf install {' '.join(fedora)}",
        ]
    if unknown:
        lines.append(f"  Also install the package that provides {', '.join(unknown)} (your distribution's search).")
    return "\n".join(lines)


def xcb_plugin(site_packages: list[Path]) -> Path | None:
    """Qt's xcb platform plugin inside the environment's PySide6, if installed."""
    for folder in site_packages:
        plugin = folder / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def _ldd(plugin: Path) -> str | None:
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout + done.stderr


def check_display(environ: dict[str, str] | os._Environ[str], platform: str = sys.platform) -> QtReadiness:
    """Is there a screen to open a window on (Linux: X11 or Wayland), or a platform chosen explicitly?"""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return QtReadiness(True)
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return QtReadiness(True)
    return QtReadiness(
        False,
        "No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the app has no screen to open a window on.\n"
        "  Start it from a desktop session, or run it headless:\n"
        "    QT_QPA_PLATFORM=offscreen python3 installer/dev.py run   (no window; for checks and scripts)\n"
        "    xvfb-run -a python3 installer/dev.py run                 (a virtual X display; package xvfb)\n"
        "  The command line works without a display: .venv/bin/pixrma --help",
    )


def check_qt(
    site_packages: list[Path],
    environ: dict[str, str] | os._Environ[str],
    platform: str = sys.platform,
    ldd_report: str | None = None,
) -> QtReadiness:
    """Can Qt open a window here? ``ldd_report`` stands in for running ``ldd`` on the xcb plugin (tests)."""
    display = check_display(environ, platform)
    if not display.ok:
        return display
    chosen = environ.get("QT_QPA_PLATFORM", "")
    wayland_session = environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY")
    if not platform.startswith("linux") or (chosen and not chosen.startswith("xcb")) or wayland_session:
        return QtReadiness(True)  # not the xcb plugin that starts
    if ldd_report is None:
        plugin = xcb_plugin(site_packages)
        ldd_report = _ldd(plugin) if plugin is not None else None
        if ldd_report is None:
            return QtReadiness(True)  # nothing to check with; Qt will say what it misses
    missing = missing_libraries(ldd_report)
    if not missing:
        return QtReadiness(True)
    return QtReadiness(
        False,
        f"Qt cannot open a window: its X11 (xcb) platform plugin needs {', '.join(missing)}, which "
        f"{'is' if len(missing) == 1 else 'are'} not installed. Install:\n{install_advice(missing)}\n"
        "  Then run the command again. (Or run headless: QT_QPA_PLATFORM=offscreen python3 installer/dev.py run)",
        missing,
    )
