"""Smoke tests of what a user installs: the frozen one-folder app and the Debian package made from it.

The app is built once per test session (PyInstaller and dpkg-deb, about a minute and a half) and then run from
a temporary folder with an isolated data folder, the way qutebrowser and Vorta check their release builds.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from installer import layout
from pixrma_desktop import __version__
from tests.needs import needs

# The first test also waits for the build (about a minute; longer on a busy machine).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

RESOURCES = layout.ROOT / "resources"

# stderr lines the app may print while starting and quitting; anything else fails the smoke test.
ALLOWED_STDERR = (
    # Qt's offscreen platform plugin says this for every top-level window; it has no window manager to tell.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
)


@dataclass(frozen=True)
class Build:
    folder: Path
    deb: Path


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    needs(
        importlib.util.find_spec("PyInstaller"),
        "PyInstaller is missing (installer/dev.py installs the installer extra)",
    )
    needs(sys.platform.startswith("linux") and shutil.which("dpkg-deb"), "the Linux build needs dpkg-deb")
    out = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [
            sys.executable,
            str(layout.ROOT / "installer" / "build.py"),
            "--deb",
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    debs = sorted((out / "dist").glob("*.deb"))
    assert len(debs) == 1, debs
    return Build(out / "dist" / layout.APP_DIR, debs[0])


@pytest.fixture
def frozen_app(build: Build, tmp_path: Path) -> Path:
    """The frozen folder copied somewhere else: it must not depend on where it was built."""
    copy = tmp_path / "unpacked" / layout.APP_DIR
    shutil.copytree(build.folder, copy, symlinks=True)
    return copy / layout.CLI_NAME


def _run(
    argv: list[str], tmp: Path, *, platform: str = "offscreen", extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run with a clean environment: a private home, XDG folders and runtime dir, nothing of the developer's."""
    home = tmp / "home"
    runtime = tmp / "runtime"
    for folder in (home, runtime):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": platform,
        **(extra_env or {}),
    }
    return subprocess.run(argv, cwd=tmp, env=env, capture_output=True, text=True, timeout=180, check=False)


def _run_source(args: list[str], tmp: Path) -> subprocess.CompletedProcess[str]:
    """The same command from the source tree, to compare with."""
    return _run([sys.executable, "-m", "pixrma_desktop", *args], tmp, extra_env={"PYTHONPATH": str(layout.ROOT)})


def _warnings(scan: dict[str, object]) -> list[tuple[str, str]]:
    return sorted((w["probe"], w["message"]) for w in scan["warnings"])


def _probes(scan: dict[str, object]) -> list[tuple[str, str, int]]:
    return sorted((p["name"], p["state"], p["cameras"]) for p in scan["probes"])


def _findings(check: dict[str, object]) -> list[tuple[str, str]]:
    return sorted((f["code"], f["severity"]) for f in check["findings"])


def _unexpected_stderr(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and not any(p.search(line) for p in ALLOWED_STDERR)]


def smoke_test(exe: Path, tmp: Path) -> None:
    """What every build must do: say its version, run the commands, start the app and quit by itself."""
    data = tmp / "pixrma-data"

    version = _run([str(exe), "--version"], tmp)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"pixrma-desktop {__version__}"

    # The three simulated cameras of genicam's viky.cti, found through harvesters; every probe runs as it does
    # from source (same warnings), so a library missing from the bundle shows up here.
    scan = _run([str(exe), "--data-dir", str(data), "scan", "--json", "--demo"], tmp)
    assert scan.returncode == 0, scan.stderr
    frozen = json.loads(scan.stdout)
    demo = sorted((c["model"], c["serial"], c["transport"]) for c in frozen["cameras"] if c["demo"])
    assert demo == [("Viky", "0", "gentl"), ("Viky", "1", "gentl"), ("Viky", "2", "gentl")], frozen
    source_scan = _run_source(["--data-dir", str(tmp / "source-data"), "scan", "--json", "--demo"], tmp)
    assert source_scan.returncode == 0, source_scan.stderr
    source = json.loads(source_scan.stdout)
    assert _warnings(frozen) == _warnings(source)
    assert _probes(frozen) == _probes(source)

    # The checks (they read the bundled udev rule, ask every probe): the same findings as from source.
    check = _run([str(exe), "--data-dir", str(data), "--demo", "check", "--json"], tmp)
    source_check = _run_source(["--data-dir", str(tmp / "source-data"), "--demo", "check", "--json"], tmp)
    assert check.returncode == source_check.returncode, check.stderr
    frozen_findings, source_findings = json.loads(check.stdout), json.loads(source_check.stdout)
    assert _findings(frozen_findings) == _findings(source_findings)
    assert _probes(frozen_findings) == _probes(source_findings)

    # A support bundle from the demo cameras; its system report names the same library versions as from source
    # (the frozen app carries their package metadata).
    bundle = tmp / "support-bundle.zip"
    report = _run([str(exe), "--data-dir", str(data), "--demo", "report", "--out", str(bundle)], tmp)
    assert report.returncode == 0, report.stderr
    with zipfile.ZipFile(bundle) as archive:
        assert {"summary.txt", "cameras.json", "findings.json", "system.json", "manifest.json"} <= set(
            archive.namelist()
        )
        cameras = json.loads(archive.read("cameras.json"))
        software = json.loads(archive.read("system.json"))["software"]
    assert sorted(c["serial"] for c in cameras["cameras"] if c["model"] == "Viky") == ["0", "1", "2"]
    source_bundle = tmp / "source-bundle.zip"
    source_report = _run_source(
        ["--data-dir", str(tmp / "source-data"), "--demo", "report", "--out", str(source_bundle)], tmp
    )
    assert source_report.returncode == 0, source_report.stderr
    with zipfile.ZipFile(source_bundle) as archive:
        source_software = json.loads(archive.read("system.json"))["software"]
    assert software == source_software

    # A draft request: the outbox's SQLite store and the request model, below the data folder.
    draft = _run([str(exe), "--data-dir", str(data), "draft", "new", "--json"], tmp)
    assert draft.returncode == 0, draft.stderr
    submission_id = json.loads(draft.stdout)["submission_id"]
    listed = _run([str(exe), "--data-dir", str(data), "draft", "list"], tmp)
    assert listed.returncode == 0, listed.stderr
    assert submission_id[:8] in listed.stdout
    assert (data / "data" / "outbox.sqlite3").is_file()

    gui = _run([str(exe), "--data-dir", str(data), "--exit-after-start"], tmp)
    assert gui.returncode == 0, gui.stderr
    assert _unexpected_stderr(gui.stderr) == []

    # The real X11 platform plugin, on a virtual screen: the one a Linux desktop user gets.
    needs(shutil.which("xvfb-run"), "xvfb-run is missing (apt-get install xvfb xauth)")
    x11 = _run(["xvfb-run", "-a", str(exe), "--data-dir", str(data), "--exit-after-start"], tmp, platform="xcb")
    assert x11.returncode == 0, x11.stderr
    assert _unexpected_stderr(x11.stderr) == []


# --- the frozen folder --------------------------------------------------------------------------------------------


def test_frozen_app_passes_the_smoke_test(frozen_app: Path, tmp_path: Path):
    smoke_test(frozen_app, tmp_path)


def test_frozen_app_bundles_what_is_loaded_at_run_time(build: Build):
    contents = build.folder / layout.CONTENTS_DIR
    expected = [
        "genicam/viky.cti",  # demo cameras
        "genicam/libGenApi_gcc8_v3_5.so",
        "libusb_package/libusb-1.0.so",  # where libusb_package looks for it
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        f"{layout.RESOURCES_DIR}/icons/pixrma.svg",
        f"{layout.RESOURCES_DIR}/udev/70-pixrma-cameras.rules",
    ]
    missing = [path for path in expected if not (contents / path).is_file()]
    assert missing == []
    entry_points = next(contents.glob("keyring-*.dist-info")) / "entry_points.txt"
    assert "keyring.backends.SecretService" in entry_points.read_text()
    # The app's translations, and Qt's own (standard buttons and dialogs) for those languages only.
    languages = {qm.stem.split("_", 1)[1] for qm in (RESOURCES / "translations").glob("*.qm")}
    for qm in (RESOURCES / "translations").glob("*.qm"):
        assert (contents / layout.RESOURCES_DIR / "translations" / qm.name).is_file()
    qt_translations = contents / "PySide6" / "Qt" / "translations"
    bundled_qt = {qm.stem.split("_", 1)[1] for qm in qt_translations.glob("qtbase_*.qm")}
    assert bundled_qt <= languages
    pyside_translations = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "translations"
    assert bundled_qt == {lang for lang in languages if (pyside_translations / f"qtbase_{lang}.qm").is_file()}


def test_frozen_app_leaves_out_what_it_does_not_use(build: Build):
    contents = build.folder / layout.CONTENTS_DIR
    names = {path.name for path in contents.rglob("*")}
    unwanted = [
        name
        for name in names
        if re.search(r"Qt6(Qml|Quick|Pdf|VirtualKeyboard|WebEngine)|_tkinter|libgtk-3|libqeglfs|libqvnc", name)
    ]
    assert unwanted == []


# --- the Debian package -------------------------------------------------------------------------------------------


def _deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), field], capture_output=True, text=True, check=True
    ).stdout.strip()


def _deb_entries(deb: Path) -> list[str]:
    """The package's paths, folders with a trailing slash."""
    listing = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    names = subprocess.run(["tar", "-t"], input=listing, capture_output=True, check=True).stdout.decode()
    return ["/" + name.removeprefix("./") for name in names.splitlines() if name not in ("./", "")]


def _deb_paths(deb: Path) -> list[str]:
    return [entry.rstrip("/") for entry in _deb_entries(deb)]


def test_deb_control_fields(build: Build):
    assert _deb_field(build.deb, "Package") == layout.DEB_PACKAGE
    assert _deb_field(build.deb, "Version") == layout.deb_version(__version__)
    assert _deb_field(build.deb, "Architecture") == layout.deb_architecture()
    installed_kib = int(_deb_field(build.deb, "Installed-Size"))
    folder_kib = sum(p.lstat().st_size for p in build.folder.rglob("*") if p.is_file()) / 1024
    assert folder_kib <= installed_kib <= folder_kib * 1.1 + 1024
    depends = {dep.split()[0] for dep in _deb_field(build.deb, "Depends").split(", ")}
    assert {
        "libc6",
        "libgl1",
        "libegl1",
        "libxkbcommon-x11-0",
        "libxcb-cursor0",
        "libfontconfig1",
        "libdbus-1-3",
    } <= depends


def test_deb_contents(build: Build):
    paths = set(_deb_paths(build.deb))
    expected = {
        layout.DEB_LAUNCHER,
        layout.DEB_UDEV_RULE,
        layout.DEB_DESKTOP_ENTRY,
        f"{layout.DEB_PREFIX}/{layout.CLI_NAME}",
        f"/usr/share/icons/hicolor/scalable/apps/{layout.ICON_NAME}.svg",
        *(f"/usr/share/icons/hicolor/{n}x{n}/apps/{layout.ICON_NAME}.png" for n in layout.ICON_SIZES),
        f"/usr/share/doc/{layout.DEB_PACKAGE}/copyright",
    }
    assert expected - paths == set()
    outside = {p for p in paths if not p.startswith((layout.DEB_PREFIX, "/usr/")) and p not in ("/opt", "/usr")}
    assert outside == set(), "the package installs only below /opt/pixrma-desktop and /usr"


def _owning_packages(paths: set[str]) -> set[str]:
    owners = set()
    for path in paths:
        real = os.path.realpath(path)
        candidates = {path, real, re.sub(r"^/usr/lib/", "/lib/", real)}  # merged /usr: dpkg may know either
        result = None
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if result.returncode == 0:
                break
        assert result is not None
        assert result.returncode == 0, f"no package owns {path}"
        owners.add(result.stdout.split(":")[0])
    return owners


def _dependency_closure(packages: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(packages)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        fields = subprocess.run(
            ["dpkg-query", "-W", "-f=${Depends}, ${Pre-Depends}", name], capture_output=True, text=True, check=False
        ).stdout
        todo += [alt.split()[0].split(":")[0] for alt in re.split(r"[,|]", fields) if alt.strip()]
    return seen


def test_deb_depends_on_every_system_library_the_app_loads(build: Build):
    """ldd on every bundled library: what is not bundled comes from the system, so the package must depend on it."""
    bundled = {p.name for p in build.folder.rglob("*") if ".so" in p.name}
    system_libs: set[str] = set()
    for binary in build.folder.rglob("*"):
        if binary.is_symlink() or not binary.is_file() or not (".so" in binary.name or binary.name == layout.CLI_NAME):
            continue
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=False).stdout
        for name, path in re.findall(r"^\s*(\S+) => (/\S+)", out, re.MULTILINE):
            if name not in bundled:
                system_libs.add(path)
    assert system_libs, "ldd found no system library at all: the check is not looking"
    depends = {dep.split()[0] for dep in _deb_field(build.deb, "Depends").split(", ")}
    undeclared = _owning_packages(system_libs) - _dependency_closure(depends)
    assert undeclared == set()


def test_deb_installs_runs_and_removes_cleanly(build: Build, tmp_path: Path):
    needs(os.geteuid() == 0, "installing the .deb needs root (CI runs as root)")
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", layout.DEB_PACKAGE], capture_output=True, text=True)
    assert "installed" not in status.stdout.split(), (
        f"{layout.DEB_PACKAGE} is already installed here; remove it (dpkg -r {layout.DEB_PACKAGE}) to run this test"
    )
    # Files and links the package ships, and its own folder; shared folders (/usr/share/icons/...) may stay.
    owned = [e for e in _deb_entries(build.deb) if not e.endswith("/")] + [layout.DEB_PREFIX]
    install = subprocess.run(["dpkg", "-i", str(build.deb)], capture_output=True, text=True, check=False)
    try:
        assert install.returncode == 0, install.stdout + install.stderr

        rule = Path(layout.DEB_UDEV_RULE).read_text()
        assert rule == (RESOURCES / "udev" / "70-pixrma-cameras.rules").read_text()
        assert 'ATTR{idVendor}=="1996", TAG+="uaccess"' in rule
        assert (
            Path(layout.DEB_DESKTOP_ENTRY).read_text() == (RESOURCES / "linux" / "pixrma-desktop.desktop").read_text()
        )
        if shutil.which("desktop-file-validate"):
            assert subprocess.run(["desktop-file-validate", layout.DEB_DESKTOP_ENTRY], check=False).returncode == 0
        assert shutil.which("pixrma", path="/usr/bin") == layout.DEB_LAUNCHER

        smoke_test(Path(layout.DEB_LAUNCHER), tmp_path)
        assert not list(Path(layout.DEB_PREFIX).rglob("__pycache__")), "running the app wrote into the install"
    finally:
        remove = subprocess.run(["dpkg", "-r", layout.DEB_PACKAGE], capture_output=True, text=True, check=False)
    assert remove.returncode == 0, remove.stdout + remove.stderr
    left = [p for p in owned if os.path.lexists(p)]
    assert left == [], "dpkg -r left these behind"
    # The maintainer scripts keep the package known until it is purged, as for any package with a postrm.
    purge = subprocess.run(["dpkg", "--purge", layout.DEB_PACKAGE], capture_output=True, text=True, check=False)
    assert purge.returncode == 0, purge.stdout + purge.stderr
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", layout.DEB_PACKAGE], capture_output=True, text=True)
    assert status.returncode != 0 or "not-installed" in status.stdout
