"""Running an outside command with a timeout and a byte cap, keeping the newest part of its output.

The evidence collectors never wait on a command forever and never hold more than ``byte_cap`` bytes of its
output: a reader thread keeps a rolling tail while the command runs, and the command is killed when the
timeout passes. A missing command and a refused one are results, not exceptions.
"""

from __future__ import annotations

import collections
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import IO, Protocol


class RunStatus(StrEnum):
    OK = "ok"
    """The command ran and exited 0."""
    FAILED = "failed"
    """The command ran and exited non-zero."""
    MISSING = "missing"
    """No such command on this machine."""
    DENIED = "denied"
    """The operating system refused to run it."""
    TIMEOUT = "timeout"
    """It ran past its timeout and was stopped; the output read until then is kept."""


@dataclass(frozen=True)
class CommandOutput:
    argv: tuple[str, ...]
    status: RunStatus
    returncode: int | None = None
    stdout: bytes = b""
    stderr: str = ""
    truncated: bool = False
    """More than ``byte_cap`` bytes came out; ``stdout`` holds the newest ``byte_cap`` bytes."""
    total_bytes: int = 0


class CommandRunner(Protocol):
    def run(self, argv: Sequence[str], *, timeout: float, byte_cap: int) -> CommandOutput: ...


_STDERR_CAP = 64 * 1024
_CHUNK = 64 * 1024


class _Tail:
    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.chunks: collections.deque[bytes] = collections.deque()
        self.kept = 0
        self.total = 0

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        self.chunks.append(chunk)
        self.kept += len(chunk)
        while self.kept - len(self.chunks[0]) >= self.cap:
            self.kept -= len(self.chunks.popleft())

    def value(self) -> bytes:
        data = b"".join(self.chunks)
        return data[-self.cap :] if len(data) > self.cap else data


def _drain(stream: IO[bytes], tail: _Tail) -> None:
    fd = stream.fileno()
    while chunk := os.read(fd, _CHUNK):
        tail.add(chunk)


class SubprocessRunner:
    """Runs commands for real, with C-locale messages on POSIX so the parsers see stable text."""

    def run(self, argv: Sequence[str], *, timeout: float, byte_cap: int) -> CommandOutput:
        env = dict(os.environ)
        if sys.platform != "win32":
            env["LC_ALL"] = "C.UTF-8"
        argv = tuple(argv)
        try:
            proc = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
            )
        except FileNotFoundError:
            return CommandOutput(argv, RunStatus.MISSING, stderr=f"{argv[0]}: command not found")
        except PermissionError as exc:
            return CommandOutput(argv, RunStatus.DENIED, stderr=f"{argv[0]}: {exc.strerror}")
        assert proc.stdout is not None
        assert proc.stderr is not None
        out, err = _Tail(byte_cap), _Tail(_STDERR_CAP)
        readers = [
            threading.Thread(target=_drain, args=(proc.stdout, out), daemon=True),
            threading.Thread(target=_drain, args=(proc.stderr, err), daemon=True),
        ]
        for reader in readers:
            reader.start()
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            proc.kill()
            proc.wait()
        for reader in readers:
            reader.join(timeout=5)
        proc.stdout.close()
        proc.stderr.close()
        status = RunStatus.OK if proc.returncode == 0 else RunStatus.FAILED
        if timed_out:
            status = RunStatus.TIMEOUT
        return CommandOutput(
            argv,
            status,
            returncode=proc.returncode,
            stdout=out.value(),
            stderr=err.value().decode("utf-8", "replace"),
            truncated=out.total > byte_cap,
            total_bytes=out.total,
        )
