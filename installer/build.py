#!/usr/bin/env python3
"""Build the frozen app (one folder) and, on request, the platform's package.

    python3 installer/build.py            # dist/pixrma-desktop/  (the frozen app)
    python3 installer/build.py --deb      # ... and dist/pixrma-desktop_<version>_<arch>.deb   (Linux)
    python installer\\build.py --setup    # ... and dist\\pixrma-desktop-<version>-setup.exe   (Windows, Inno Setup)

Run it in the development environment (`python3 installer/dev.py build [--deb]` sets that up first); it needs
PyInstaller and the app's dependencies, and for --deb dpkg-deb (any Debian or Ubuntu). The build fails when
the frozen folder or the package grows past the size budget in installer/layout.py.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from installer import layout  # noqa: E402

MB = 1024 * 1024
DEB_DEPENDS = (
    # What the bundled Qt and Python still take from the system: the C library, OpenGL/EGL (never bundled),
    # X11 and its keyboard and cursor helpers, fonts, D-Bus (keyring, file dialogs).
    "libgl1",
    "libegl1",
    "libxcb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
)
DEB_RECOMMENDS = ("fonts-dejavu-core | fonts-freefont-ttf", "udev")


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def tree_size(folder: Path) -> int:
    """Bytes of the regular files below ``folder`` (symlinks count as nothing)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# --- the frozen app -------------------------------------------------------------------------------------------------


def build_frozen(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is missing: run `python3 installer/dev.py build`, which installs it into .venv")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(ROOT / "installer" / "pixrma.spec"),
        ],
        cwd=ROOT,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    folder = dist / layout.APP_DIR
    log(f"frozen app in {folder} ({time.monotonic() - started:.0f} s)")
    return folder


# --- the Debian package ------------------------------------------------------------------------------------------


def _normalise_modes(tree: Path) -> None:
    """0755 for folders and anything executable, 0644 for the rest: pip and the venv leave all sorts."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)


def _installed_size_kib(tree: Path) -> int:
    """What dpkg-gencontrol would put in Installed-Size: 1 KiB per folder and symlink, file sizes rounded up."""
    total = 0
    for path in tree.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def _libc_depends() -> str:
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True, text=True, check=False
    ).stdout
    upstream = version.split("-")[0]
    return f"libc6 (>= {upstream})" if upstream else "libc6"


MAINTAINER_SCRIPTS = {
    "postinst": """#!/bin/sh
# Apply the camera access rule to cameras that are already plugged in.
set -e
if [ "$1" = configure ] && command -v udevadm >/dev/null 2>&1 && [ -S /run/udev/control ]; then
    udevadm control --reload-rules && udevadm trigger --subsystem-match=usb || true
fi
exit 0
""",
    "prerm": """#!/bin/sh
# Nothing of pixrma-desktop runs as a service; the user's drafts and settings in their home folder stay.
set -e
exit 0
""",
    "postrm": """#!/bin/sh
# The camera access rule is gone: let udev forget it (access ends when a camera is next plugged in).
set -e
case "$1" in
    remove|purge)
        if command -v udevadm >/dev/null 2>&1 && [ -S /run/udev/control ]; then
            udevadm control --reload-rules || true
        fi
        ;;
esac
exit 0
""",
}

LAUNCHER = f"""#!/bin/sh
# Starts pixrma-desktop (installed in {layout.DEB_PREFIX}).
exec {layout.DEB_PREFIX}/{layout.CLI_NAME} "$@"
"""

COPYRIGHT = f"""Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: pixrma-desktop

Files: *
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.

Files: opt/pixrma-desktop/{layout.CONTENTS_DIR}/*
Comment: The bundled Python runtime, Qt (LGPL-3.0), GenICam reference implementation (license texts in
 {layout.DEB_PREFIX}/{layout.CONTENTS_DIR}/genicam/licenses), libusb (LGPL-2.1) and the other Python packages
 keep their own licenses.
License: various
"""


def _control(version: str, installed_kib: int) -> str:
    depends = ", ".join([_libc_depends(), *DEB_DEPENDS])
    return (
        f"Package: {layout.DEB_PACKAGE}\n"
        f"Version: {layout.deb_version(version)}\n"
        f"Architecture: {layout.deb_architecture()}\n"
        "Maintainer: pixrma-desktop maintainers <pixrma-desktop@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        f"Recommends: {', '.join(DEB_RECOMMENDS)}\n"
        "Section: science\n"
        "Priority: optional\n"
        "Description: camera identity, evidence and RMA requests for Pixelink cameras\n"
        " A desktop companion for people who run Pixelink and other GenICam industrial and\n"
        " microscope cameras: it reads the identity of every attached camera (serial, model,\n"
        " firmware and link speed), gathers the logs support asks for, and files RMA requests\n"
        " with the camera vendor's support. Includes a udev rule that lets the user at the\n"
        " seat open Pixelink (USB vendor 0x1996) and USB3 Vision cameras.\n"
    )


def _stage_deb(folder: Path, staging: Path, version: str) -> None:
    if staging.exists():
        shutil.rmtree(staging)
    prefix = staging / layout.DEB_PREFIX.lstrip("/")
    shutil.copytree(folder, prefix, symlinks=True)

    def put(dest: str, source: Path | None = None, text: str | None = None) -> Path:
        target = staging / dest.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is not None:
            shutil.copyfile(source, target)
        else:
            target.write_text(text or "", encoding="utf-8")
        return target

    resources = ROOT / "resources"
    put(layout.DEB_LAUNCHER, text=LAUNCHER).chmod(0o755)
    put(layout.DEB_DESKTOP_ENTRY, resources / "linux" / "pixrma-desktop.desktop")
    put(layout.DEB_UDEV_RULE, resources / "udev" / "70-pixrma-cameras.rules")
    put(f"/usr/share/icons/hicolor/scalable/apps/{layout.ICON_NAME}.svg", resources / "icons" / "pixrma.svg")
    for size in layout.ICON_SIZES:
        put(
            f"/usr/share/icons/hicolor/{size}x{size}/apps/{layout.ICON_NAME}.png",
            resources / "icons" / f"pixrma-{size}.png",
        )
    put(f"/usr/share/doc/{layout.DEB_PACKAGE}/copyright", text=COPYRIGHT)
    _normalise_modes(staging)

    debian = staging / "DEBIAN"
    debian.mkdir()
    sums = []
    for path in sorted(p for p in staging.rglob("*") if p.is_file() and not p.is_symlink()):
        if debian not in path.parents:
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(staging)}\n")  # noqa: S324 - dpkg's format
    (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
    (debian / "control").write_text(_control(version, _installed_size_kib(staging)), encoding="utf-8")
    for name, script in MAINTAINER_SCRIPTS.items():
        (debian / name).write_text(script, encoding="utf-8")
        (debian / name).chmod(0o755)
    (debian / "md5sums").chmod(0o644)
    (debian / "control").chmod(0o644)


def build_deb(folder: Path, dist: Path, work: Path) -> Path:
    if shutil.which("dpkg-deb") is None:
        sys.exit("dpkg-deb is missing: the .deb is built on Debian or Ubuntu")
    version = layout.project_version()
    staging = work / "deb-root"
    _stage_deb(folder, staging, version)
    deb = dist / f"{layout.DEB_PACKAGE}_{layout.deb_version(version)}_{layout.deb_architecture()}.deb"
    started = time.monotonic()
    # --root-owner-group: files belong to root in the package without needing fakeroot. zstd -9 packs in seconds
    # (xz takes a minute for 12 MB less); every dpkg new enough for the app's C library reads it.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(staging), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(staging)
    log(f"package {deb} ({time.monotonic() - started:.0f} s)")
    return deb


# --- the Windows installer ---------------------------------------------------------------------------------------


def _find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    local_programs = Path(os.environ.get("LOCALAPPDATA", "C:/")) / "Programs"
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"), local_programs):
        if not base:
            continue
        candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
        if candidate.exists():
            return str(candidate)
    return None


def build_setup(folder: Path, dist: Path) -> Path:
    iscc = _find_iscc()
    if iscc is None:
        sys.exit("Inno Setup 6 is missing: install it (winget install JRSoftware.InnoSetup) and run this again")
    version = layout.project_version()
    script = ROOT / "installer" / "windows" / "pixrma.iss"
    subprocess.run([iscc, f"/DBuildDir={folder}", f"/DOutputDir={dist}", str(script)], check=True)
    setup = dist / f"pixrma-desktop-{version}-setup.exe"
    log(f"installer {setup}")
    return setup


# --- budget ------------------------------------------------------------------------------------------------------


def check_budget(name: str, size: int, budget_mb: int) -> bool:
    ok = size <= budget_mb * MB
    log(f"{name}: {size / MB:.1f} MB (budget {budget_mb} MB){'' if ok else ' OVER BUDGET'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", action="store_true", help="also build the Debian package (Linux)")
    parser.add_argument("--setup", action="store_true", help="also build the Inno Setup installer (Windows)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder (default: build/)")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    folder = build_frozen(dist, work)
    within = True
    if sys.platform.startswith("linux"):  # the budget is set for the Linux build
        within = check_budget("frozen folder", tree_size(folder), layout.BUDGET_FOLDER_MB)
    if args.deb:
        deb = build_deb(folder, dist, work)
        within = check_budget(".deb", deb.stat().st_size, layout.BUDGET_DEB_MB) and within
    if args.setup:
        build_setup(folder, dist)
    if not within:
        log("the build is over its size budget: find what grew (du -sh dist/*/_internal/*) or raise the budget")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
