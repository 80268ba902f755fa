"""Opening the outbox for a command, and telling the user about outbox errors in one consistent way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext

if TYPE_CHECKING:
    from pixrma_desktop.outbox.store import OutboxStore


@contextmanager
def open_store(ctx: CliContext) -> Iterator[OutboxStore]:
    """The root's outbox (opened once per run, closed when the run ends); a notice from opening it (damaged
    file moved aside) goes to stderr."""
    fresh = not ctx.root.outbox_is_open
    store = ctx.root.outbox
    if fresh and store.notice:
        print(f"warning: {store.notice}", file=ctx.err)
    yield store


def store_error_code(exc: Exception, ctx: CliContext) -> int:
    """Print an outbox error for the user and return the exit code for it."""
    from pixrma_desktop.outbox.errors import (
        AmbiguousIdError,
        RequestIncompleteError,
        RequestNotFoundError,
        StoreBug,
    )

    if isinstance(exc, RequestNotFoundError):
        print(str(exc), file=ctx.err)
        return exit_codes.NOTHING_FOUND
    if isinstance(exc, AmbiguousIdError):
        print(str(exc), file=ctx.err)
        return exit_codes.USAGE
    if isinstance(exc, RequestIncompleteError):
        print(str(exc), file=ctx.err)
        for problem in exc.problems:
            print(f"  {problem.field or 'request'}: {problem.message}", file=ctx.err)
        return exit_codes.NEEDS_ATTENTION
    prefix = "error (please report this): " if isinstance(exc, StoreBug) else "error: "
    print(prefix + str(exc), file=ctx.err)
    return exit_codes.FAILED


def short_id(request_id: str) -> str:
    return request_id[:8]
