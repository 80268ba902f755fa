#!/usr/bin/env python3
"""One command for a developer: set up `.venv` (when missing or out of date) and then run something in it.

    python3 installer/dev.py run      # the app, with demo cameras when no real camera is attached
    python3 installer/dev.py test     # every quality gate and every test
    python3 installer/dev.py bench    # the benchmarks, printing ratios against baselines measured in the run
    python3 installer/dev.py build    # the frozen app in dist/ (add --deb for the Debian package, see build.py)

Only the standard library is used here, so it works on a fresh machine with Python 3.11 or newer. Each command
installs only what it needs (a stamp per set notes what is installed): `run` the app alone; `test` the app
with its test and development tools and PyInstaller (a test builds the frozen app); `bench` the same without
PyInstaller; `build` the app with PyInstaller. Before the app starts, `run` checks that Qt can open a window
here (installer/qt_needs.py): it names the system packages to install, or says there is no display and how
to run headless, and exits with 3 instead of starting.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("PIXRMA_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
EXTRAS = {"run": "", "test": "dev,installer", "bench": "dev", "build": "installer"}
"""The optional dependency sets each command installs (pyproject.toml): running the app needs none; the tests
build the frozen app too, so they need PyInstaller."""
NO_WINDOW = 3
"""`run`'s exit status when Qt cannot open a window here (missing system libraries, no display)."""

sys.path.insert(0, str(ROOT))
from installer import qt_needs  # noqa: E402 - the repository's root is on the path only from here on


def _stamp(extras: str) -> Path:
    return VENV / f".pixrma-installed-{extras or 'app'}"


def _wanted_stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    return f"{digest} {sys.version_info[:2]}"


def setup(extras: str = "dev") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on an older python3
        sys.exit("pixrma-desktop needs Python 3.11 or newer; this is " + sys.version.split()[0])
    if not PYTHON.exists():
        print(f"Creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = _stamp(extras)
    if stamp.exists() and stamp.read_text() == _wanted_stamp(extras):
        return
    what = f"and its {extras} tools " if extras else ""
    print(f"Installing pixrma-desktop {what}into {VENV} …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[{extras}]" if extras else str(ROOT)], check=True)
    stamp.write_text(_wanted_stamp(extras))


def _run(*argv: str) -> int:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run(list(argv), cwd=ROOT, env=env, check=False).returncode


def run_app(extra: list[str]) -> int:
    site_packages = [*sorted(VENV.glob("lib/python3*/site-packages")), VENV / "Lib" / "site-packages"]
    ready = qt_needs.check_qt(site_packages, os.environ)
    if not ready.ok:
        print(ready.message, file=sys.stderr)
        return NO_WINDOW
    return _run(str(PYTHON), "-m", "pixrma_desktop", "--demo-if-none", *extra)


def run_tests(extra: list[str]) -> int:
    gates = [
        ("ruff", [str(PYTHON), "-m", "ruff", "check", "."]),
        ("ruff format", [str(PYTHON), "-m", "ruff", "format", "--check", "."]),
        ("mypy", [str(PYTHON), "-m", "mypy"]),
        ("import contracts", [str(BIN / "lint-imports")]),
    ]
    for name, argv in gates:
        print(f"== {name}", flush=True)
        if (code := _run(*argv)) != 0:
            print(f"{name} failed (exit {code})", file=sys.stderr)
            return code
    print("== pytest", flush=True)
    return _run(str(PYTHON), "-m", "pytest", *extra)


def run_bench(extra: list[str]) -> int:
    return _run(str(PYTHON), str(ROOT / "tests" / "benchmarks" / "run.py"), *extra)


def run_build(extra: list[str]) -> int:
    return _run(str(PYTHON), str(ROOT / "installer" / "build.py"), *extra)


def main(argv: list[str]) -> int:
    commands = {"run": run_app, "test": run_tests, "bench": run_bench, "build": run_build}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    setup(EXTRAS[argv[0]])
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
