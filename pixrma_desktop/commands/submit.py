"""`pixrma submit ID`: queue one request and send it now (exactly once), printing the support ticket number."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.duplicates import add_duplicate_options, duplicates_document, refuse_duplicate
from pixrma_desktop.commands.store_access import open_store, short_id, store_error_code

if TYPE_CHECKING:
    from pixrma_desktop.application.duplicate_guard import DuplicateCheck
    from pixrma_desktop.application.sending import SubmitOutcome


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("submit", help="queue a request and send it to support now", description=__doc__)
    parser.add_argument("id", help="the request's id (or the start of it, as `pixrma draft list` shows)")
    add_duplicate_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.duplicate_guard import DuplicateRequestError, submit_checked
    from pixrma_desktop.application.sending import SubmitStep
    from pixrma_desktop.commands.outbox import _print_report
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.support.backend import TicketRef

    try:
        with open_store(ctx):
            outcome, check = submit_checked(ctx.root, args.id, file_anyway=args.file_anyway)
    except DuplicateRequestError as exc:
        return refuse_duplicate(exc, args, ctx)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    stored = outcome.stored
    rid = short_id(stored.id)
    if args.json:
        return _print_json(outcome, check, ctx)
    if check.found:
        print(f"Filed anyway, with your reason in the report: {args.file_anyway.strip()}", file=ctx.out)
    if outcome.step is SubmitStep.ALREADY_SENT:
        print(
            f"{rid} was already sent: {TicketRef(stored.support_ticket_number or '').description}. "
            f"`pixrma status {rid}` shows where it stands.",
            file=ctx.out,
        )
        return exit_codes.OK
    if outcome.step is SubmitStep.NOT_CONFIGURED:
        print(f"{outcome.problem} The request stays queued and is sent once that is done.", file=ctx.err)
        return exit_codes.NOT_CONFIGURED
    if outcome.step is SubmitStep.BUSY:
        print(f"{rid} is being sent by another pixrma right now.", file=ctx.out)
        return exit_codes.OK
    if outcome.step is SubmitStep.CANNOT_SEND:
        print(f"{rid} cannot be sent now (it is {stored.state}).", file=ctx.err)
        return exit_codes.FAILED
    assert outcome.report is not None
    return _print_report(outcome.report, ctx)


def _print_json(outcome: SubmitOutcome, check: DuplicateCheck, ctx: CliContext) -> int:
    from pixrma_desktop.application.sending import SubmitStep

    stored = outcome.stored
    document: dict[str, Any] = {"id": stored.id, "step": outcome.step.value, "state": str(stored.state)}
    code = exit_codes.OK
    if outcome.report is not None and outcome.report.results:
        result = outcome.report.results[0]
        document["outcome"] = str(result.outcome.value)
        document["message"] = result.message
        if result.ticket is not None:
            document["support_ticket_number"] = result.ticket.ticket_id or None
            document["support_ticket_url"] = result.ticket.url
            document["not_kept"] = list(result.ticket.unsaved_fields)
        else:
            code = exit_codes.FAILED
    elif outcome.step is SubmitStep.ALREADY_SENT:
        document["support_ticket_number"] = stored.support_ticket_number
    elif outcome.step is SubmitStep.NOT_CONFIGURED:
        document["message"] = str(outcome.problem)
        code = exit_codes.NOT_CONFIGURED
    elif outcome.step is SubmitStep.CANNOT_SEND:
        code = exit_codes.FAILED
    print(json.dumps({**document, **duplicates_document(check)}, indent=2), file=ctx.out)
    return code
