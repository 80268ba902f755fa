"""The command line's output contract: a reader that goes away ends the command quietly, and a command asked
for JSON prints JSON alone on standard output."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes


def _run_into_a_closed_pipe(*argv: str) -> subprocess.CompletedProcess[bytes]:
    """`pixrma ARGV | true`, with the reader gone before the first write."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "pixrma_desktop", *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=180,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("argv", [("config", "show", "--json"), ("--demo", "check", "--json")])
def test_a_closed_pipe_ends_the_command_quietly(argv):
    proc = _run_into_a_closed_pipe(*argv)
    assert b"Traceback" not in proc.stderr
    assert b"BrokenPipeError" not in proc.stderr
    assert proc.returncode == exit_codes.STDOUT_CLOSED


def test_in_process_a_closed_stdout_gives_the_documented_status(monkeypatch):
    class Gone:
        def write(self, text):
            raise BrokenPipeError

        def flush(self):
            raise BrokenPipeError

    monkeypatch.setattr("sys.stdout", Gone())
    assert main(["config", "show"]) == exit_codes.STDOUT_CLOSED


@pytest.mark.parametrize(
    "argv",
    [
        ["config", "show", "--json"],
        ["draft", "list", "--json"],
        ["outbox", "status", "--json"],
        ["status", "--json"],
        ["status", "--json", "--all"],
        ["draft", "new", "--json"],
        ["features", "--json"],
        ["scan", "--json"],
    ],
)
def test_json_commands_print_nothing_else_on_stdout(capsys, argv):
    main(argv)
    json.loads(capsys.readouterr().out)
