"""A fake ``CommandRunner``: replays recorded command output by program name and remembers what was run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pixrma_desktop.diagnostics.command_runner import CommandOutput, RunStatus


@dataclass
class FakeRunner:
    replies: dict[str, CommandOutput] = field(default_factory=dict)
    calls: list[tuple[str, ...]] = field(default_factory=list)

    def reply(
        self,
        program: str,
        stdout: str | bytes = b"",
        *,
        stderr: str = "",
        status: RunStatus = RunStatus.OK,
        returncode: int | None = 0,
        truncated: bool = False,
    ) -> FakeRunner:
        data = stdout.encode() if isinstance(stdout, str) else stdout
        self.replies[program] = CommandOutput((program,), status, returncode, data, stderr, truncated, len(data))
        return self

    def run(self, argv: Sequence[str], *, timeout: float, byte_cap: int) -> CommandOutput:
        assert timeout > 0
        assert byte_cap > 0
        self.calls.append(tuple(argv))
        reply = self.replies.get(argv[0])
        if reply is None:
            return CommandOutput(tuple(argv), RunStatus.MISSING, stderr=f"{argv[0]}: command not found")
        data = reply.stdout[-byte_cap:]
        return CommandOutput(
            tuple(argv),
            reply.status,
            reply.returncode,
            data,
            reply.stderr,
            reply.truncated or len(reply.stdout) > byte_cap,
            len(reply.stdout),
        )
