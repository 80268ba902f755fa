"""The duplicate guard on the command line: `--file-anyway REASON`, and how a refusal is shown (text or JSON)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext

if TYPE_CHECKING:
    from pixrma_desktop.application.duplicate_guard import DuplicateCheck, DuplicateRequestError
    from pixrma_desktop.rma.request import RmaRequest


def add_duplicate_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--file-anyway",
        metavar="REASON",
        help="file it although other open requests name the same camera; the reason goes into the report",
    )
    parser.add_argument("--json", action="store_true", help="print the result (and any duplicates found) as JSON")


def duplicates_document(check: DuplicateCheck) -> dict[str, Any]:
    from pixrma_desktop.application.duplicate_guard import match_document

    return {
        "duplicates": [match_document(m) for m in check.matches],
        "server_searched": check.server_asked,
        "server_problem": check.server_problem or None,
    }


def refuse_duplicate(exc: DuplicateRequestError, args: argparse.Namespace, ctx: CliContext) -> int:
    """Name every other open request found, say what to do, and return ``exit_codes.DUPLICATE``."""
    from pixrma_desktop.application.duplicate_guard import describe_match

    rid = exc.request_id[:8]
    if getattr(args, "json", False):
        document = {"id": exc.request_id, "refused": "duplicate", **duplicates_document(exc.check)}
        print(json.dumps(document, indent=2), file=ctx.out)
        return exit_codes.DUPLICATE
    print(f"Not filed: other open requests already name a camera of {rid}.", file=ctx.err)
    for match in exc.check.matches:
        print(f"  {', '.join(match.serials)}: {describe_match(match)}", file=ctx.err)
    if exc.check.server_problem:
        print(f"  (the support server was not searched: {exc.check.server_problem})", file=ctx.err)
    print(
        "One report for all affected cameras: add what is new to that request (`pixrma status ID --inquiry` "
        "writes to support about a sent one), or file a new one anyway with "
        '`--file-anyway "REASON"` (the reason goes into the report).',
        file=ctx.err,
    )
    return exit_codes.DUPLICATE


def note_duplicates(ctx: CliContext, request: RmaRequest) -> None:
    """A camera just joined a draft (``draft new --from-scan``, ``draft edit``): name the other open requests on
    this computer that name it too (the server is searched when the draft is queued)."""
    from pixrma_desktop.application.duplicate_guard import describe_match, find_duplicates
    from pixrma_desktop.outbox.errors import StoreError

    try:
        check = find_duplicates(ctx.root, (c.serial for c in request.cameras), request.id, online=False)
    except StoreError:
        return  # only a note: the draft is saved; queueing looks again
    for match in check.matches:
        print(f"note: {', '.join(match.serials)} is already in {describe_match(match)}", file=ctx.err)
    if check.found:
        print(
            "  One report for all affected cameras: add to that request, or `draft queue` this one with "
            '`--file-anyway "REASON"`.',
            file=ctx.err,
        )
