"""`pixrma submit ID`: queue one request and send it now (exactly once), printing the support ticket number."""

from __future__ import annotations

import argparse
from typing import Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.store_access import open_store, short_id, store_error_code


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("submit", help="queue a request and send it to support now", description=__doc__)
    parser.add_argument("id", help="the request's id (or the start of it, as `pixrma draft list` shows)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.sending import SubmitStep, submit_now
    from pixrma_desktop.commands.outbox import _print_report
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.support.backend import TicketRef

    try:
        with open_store(ctx):
            outcome = submit_now(ctx.root, args.id)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    stored = outcome.stored
    rid = short_id(stored.id)
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
