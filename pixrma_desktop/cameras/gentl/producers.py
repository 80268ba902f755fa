"""Which GenTL producers (.cti files) to load: found, de-duplicated and vetted before anything loads them.

Producers come from ``GENICAM_GENTL64_PATH`` (harvesters does not read it), from the configured paths, and in
demo mode from the simulated ``viky.cti`` inside the genicam package. The same producer reached twice (a copy,
a symlink) is loaded once. A shared library that is not a GenTL producer kills the process that loads it as
one, so each candidate is first opened in a short-lived child process that checks for the GenTL entry points;
only candidates that pass are handed to harvesters. The children start at once (``start_vetting``) and run
while the caller imports harvesters. Verdicts are kept for the process and, given a cache folder, in a file
there keyed by the file's real path, size, modification time and the app's version, so a later run (each
command line is a new process) does not vet an unchanged producer again.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import Notice, code_from, notice, params_from

ENV_VAR = "GENICAM_GENTL64_PATH" if sys.maxsize > 2**32 else "GENICAM_GENTL32_PATH"
DEMO_PRODUCER = "viky.cti"

GENTL_EXPORTS = (
    "GCInitLib",
    "GCCloseLib",
    "GCGetInfo",
    "TLOpen",
    "TLClose",
    "TLGetNumInterfaces",
    "TLOpenInterface",
    "IFOpenDevice",
)
"""Entry points every GenTL producer exports; a library without them is not one."""

MAX_VET_SECONDS = 10.0
"""No candidate gets longer than this to load in the child (a producer's start-up can be slow, never this slow)."""

_VET_SCRIPT = """
import ctypes, sys
try:
    lib = ctypes.CDLL(sys.argv[1])
except OSError as exc:
    print(exc)
    sys.exit(2)
missing = [name for name in sys.argv[2:] if not hasattr(lib, name)]
print(" ".join(missing))
sys.exit(3 if missing else 0)
"""


VET_FLAG = "--vet-gentl-producer"
"""A frozen app has no ``python -c``: it runs itself with this flag instead (see ``cli.main``)."""


def vet_main(args: list[str]) -> int:
    """The child's side when the app is frozen: ``pixrma --vet-gentl-producer PATH EXPORT...``."""
    saved = sys.argv
    sys.argv = ["vet", *args]
    try:
        exec(_VET_SCRIPT, {"__name__": "__vet__"})  # noqa: S102 - our own constant code
    except SystemExit as done:
        return int(done.code or 0)
    finally:
        sys.argv = saved
    return 0


def _vet_argv(path: Path) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, VET_FLAG, str(path), *GENTL_EXPORTS]
    return [sys.executable, "-I", "-S", "-c", _VET_SCRIPT, str(path), *GENTL_EXPORTS]


class Producer(NamedTuple):
    path: Path
    """The path as given (what the user recognises); loaded through this path."""
    source: str
    """Where it came from: the environment variable, "settings" or "demo"."""
    demo: bool = False
    also_at: tuple[Path, ...] = ()
    """Other paths that lead to the same producer (copies, symlinks) and were not loaded again."""


class Rejected(NamedTuple):
    path: Path
    reason: Notice
    """Why (a ``PRODUCER_SKIPPED_CODES`` code); the scan's warning adds the path and where it was configured."""


class ProducerSet(NamedTuple):
    producers: tuple[Producer, ...]
    rejected: tuple[Rejected, ...] = ()


def demo_producer_path() -> Path | None:
    """The genicam package's simulated producer, found without importing genicam."""
    spec = importlib.util.find_spec("genicam")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / DEMO_PRODUCER
        if candidate.is_file():
            return candidate
    return None


def _expand(entry: str) -> list[Path]:
    path = Path(entry).expanduser()
    if path.is_dir():
        return sorted(p for p in path.glob("*.cti") if p.is_file())
    return [path] if path.is_file() else []


_REFERENCE = "reference"


def candidates(
    env_value: str | None, configured: Iterable[str], demo: bool, demo_path: Path | None = None
) -> list[tuple[Path, str]]:
    """Every .cti path to consider, with its source, in order: environment, settings, demo."""
    found: list[tuple[Path, str]] = []
    for entry in (env_value or "").split(os.pathsep):
        if entry.strip():
            found += [(p, ENV_VAR) for p in _expand(entry.strip())]
    for entry in configured:
        if entry.strip():
            found += [(p, "settings") for p in _expand(entry.strip())]
    if demo and demo_path is not None:
        found.append((demo_path, "demo"))
    return found


def _digest(path: Path) -> str:
    import hashlib  # only when two candidates could be copies of each other

    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def deduplicate(found: list[tuple[Path, str]], demo_reference: Path | None = None) -> list[Producer]:
    """One ``Producer`` per distinct file: same real path (symlinks) or same content (copies).

    Contents are hashed only when two candidates have the same size. A producer that is the demo producer, or
    a copy of it (compared with ``demo_reference``), is a demo producer: its cameras are simulated.
    """
    entries: list[tuple[Path, str, Path, int]] = []
    for path, source in [*found, *([(demo_reference, _REFERENCE)] if demo_reference else [])]:
        try:
            real = path.resolve()
            size = real.stat().st_size
        except OSError:
            continue
        entries.append((path, source, real, size))
    sizes: dict[int, set[Path]] = {}
    for _, _, real, size in entries:
        sizes.setdefault(size, set()).add(real)
    groups: dict[object, list[tuple[Path, str]]] = {}
    for path, source, real, size in entries:
        key: object = real
        if len(sizes[size]) > 1:  # another file of this size: compare contents
            try:
                key = (size, _digest(real))
            except OSError:
                key = real
        groups.setdefault(key, []).append((path, source))
    producers = []
    for group in groups.values():
        members = [(p, s) for p, s in group if s != _REFERENCE]
        if not members:
            continue
        (first, source), rest = members[0], members[1:]
        demo = any(s in ("demo", _REFERENCE) for _, s in group)
        producers.append(Producer(first, source, demo, tuple(p for p, _ in rest if p != first)))
    return producers


_vetted: dict[tuple[str, int, int], Notice | None] = {}
"""(real path, size, mtime) -> None when the file passed, else why not; so a rescan does not vet again."""

VERDICTS_FILE = "gentl-producers.json"
"""In the app's cache folder: the verdicts of earlier runs, so a command-line scan does not vet again."""


def _vet_key(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns)


_VERDICT_CODES = frozenset(
    {
        Code.GENTL_PRODUCER_NOT_LOADABLE,
        Code.GENTL_PRODUCER_NOT_GENTL,
        Code.GENTL_PRODUCER_CRASHES,
        Code.GENTL_PRODUCER_UNCHECKED,
    }
)
"""The rejections a child's vetting gives, the only ones remembered (running out of time is no verdict)."""


def _verdict_from(data: object) -> tuple[bool, Notice | None]:
    """(usable, verdict) from a stored ``reason``: None (passed), or a GenTL rejection's code and parameters."""
    if data is None:
        return True, None
    if not isinstance(data, dict):
        return False, None
    code = code_from(data.get("code"))
    if code not in _VERDICT_CODES:
        return False, None
    return True, Notice(code, params_from(data.get("params")))


def load_verdicts(cache_file: Path) -> dict[tuple[str, int, int], Notice | None]:
    """Verdicts remembered by earlier runs of this version; anything unreadable or foreign counts as none."""
    from pixrma_desktop import __version__

    try:
        document = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    if not isinstance(document, dict) or document.get("version") != __version__:
        return {}
    entries = document.get("verdicts")
    verdicts: dict[tuple[str, int, int], Notice | None] = {}
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        path, size, mtime = (entry.get(k) for k in ("path", "size", "mtime_ns"))
        usable, verdict = _verdict_from(entry.get("reason"))
        if usable and isinstance(path, str) and type(size) is int and type(mtime) is int:
            verdicts[(path, size, mtime)] = verdict
    return verdicts


def save_verdicts(cache_file: Path, verdicts: dict[tuple[str, int, int], Notice | None]) -> None:
    """Remember the verdicts for later runs (best effort: a cache that cannot be written is only slower)."""
    from pixrma_desktop import __version__

    document = {
        "version": __version__,
        "verdicts": [
            {
                "path": path,
                "size": size,
                "mtime_ns": mtime,
                "reason": None if reason is None else {"code": str(reason.code), "params": reason.params},
            }
            for (path, size, mtime), reason in verdicts.items()
        ],
    }
    temporary = cache_file.with_name(f".{cache_file.name}.{os.getpid()}.tmp")
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary.write_text(json.dumps(document), encoding="utf-8")
        os.replace(temporary, cache_file)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


class Vetting:
    """Child processes checking candidate producers; ``result()`` waits for them (bounded).

    With ``cache_file``, verdicts of earlier runs for the same file (real path, size, modification time and app
    version unchanged) are taken from it instead of vetting again, and new verdicts are added to it.
    """

    def __init__(self, producers: list[Producer], timeout: float = 10.0, cache_file: Path | None = None) -> None:
        self.producers = producers
        self.deadline = time.monotonic() + min(timeout, MAX_VET_SECONDS)
        self._cache_file = cache_file
        self._children: dict[int, tuple[tuple[str, int, int], subprocess.Popen[str]]] = {}
        self._known: dict[int, Notice | None] = {}
        remembered: dict[tuple[str, int, int], Notice | None] | None = None
        for index, producer in enumerate(producers):
            try:
                key = _vet_key(producer.path)
            except OSError as exc:
                self._known[index] = notice(Code.GENTL_PRODUCER_UNREADABLE, error=exc.strerror or str(exc))
                continue
            if key not in _vetted and cache_file is not None:
                if remembered is None:
                    remembered = load_verdicts(cache_file)
                if key in remembered:
                    _vetted[key] = remembered[key]
            if key in _vetted:
                self._known[index] = _vetted[key]
                continue
            child = subprocess.Popen(
                _vet_argv(producer.path), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
            )
            self._children[index] = (key, child)

    def result(self) -> ProducerSet:
        try:
            return self._result()
        finally:
            self.close()

    def close(self) -> None:
        """Stop every child still running (a scan that was cancelled or failed)."""
        for _, child in self._children.values():
            if child.returncode is None:
                child.kill()
                child.communicate()

    def _result(self) -> ProducerSet:
        good: list[Producer] = []
        rejected: list[Rejected] = []
        learned = False
        for index, producer in enumerate(self.producers):
            if index in self._known:
                reason = self._known[index]
            else:
                key, child = self._children[index]
                reason = self._wait(child)
                if reason is None or reason.code is not Code.GENTL_PRODUCER_SLOW:  # a slow one may load next time
                    _vetted[key] = reason
                    learned = True
            if reason is None:
                good.append(producer)
            else:
                rejected.append(Rejected(producer.path, reason))
        if learned and self._cache_file is not None:
            save_verdicts(self._cache_file, {**load_verdicts(self._cache_file), **_vetted})
        return ProducerSet(tuple(good), tuple(rejected))

    def _wait(self, child: subprocess.Popen[str]) -> Notice | None:
        try:
            stdout, _ = child.communicate(timeout=max(0.1, self.deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            return notice(Code.GENTL_PRODUCER_SLOW)
        detail = (stdout or "").strip()
        if child.returncode == 0:
            return None
        if child.returncode == 2:
            return notice(Code.GENTL_PRODUCER_NOT_LOADABLE, error=detail or "?")
        if child.returncode == 3:
            return notice(Code.GENTL_PRODUCER_NOT_GENTL, missing=detail)
        if child.returncode < 0:
            return notice(Code.GENTL_PRODUCER_CRASHES, signal=-child.returncode)
        return notice(Code.GENTL_PRODUCER_UNCHECKED, exit=child.returncode)


def missing_configured(configured: Iterable[str]) -> list[str]:
    """Configured producer paths that lead nowhere (the environment variable often lists absent folders; the
    settings should not)."""
    return [entry for entry in configured if entry.strip() and not _expand(entry.strip())]


def start_vetting(
    env_value: str | None,
    configured: Iterable[str],
    demo: bool,
    timeout: float = 10.0,
    cache_dir: Path | None = None,
) -> Vetting:
    """Vet every candidate producer; with ``cache_dir``, verdicts are remembered there across runs."""
    viky = demo_producer_path()
    found = candidates(env_value, configured, demo, viky)
    cache_file = cache_dir / VERDICTS_FILE if cache_dir is not None else None
    return Vetting(deduplicate(found, viky) if found else [], timeout, cache_file)
