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
    from pixrma_desktop.commands.outbox import _print_report
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.outbox.sender import Sender, SendReport
    from pixrma_desktop.outbox.state import EDITABLE_STATES, FILED_STATES, RequestState
    from pixrma_desktop.rma.support_bundle import support_bundle_maker
    from pixrma_desktop.support import factory
    from pixrma_desktop.support.backend import SupportError, TicketRef

    try:
        with open_store(ctx) as store:
            stored = store.get(args.id)
            rid = short_id(stored.id)
            if stored.state in FILED_STATES:
                print(
                    f"{rid} was already sent: {TicketRef(stored.support_ticket_number or '').description}. "
                    f"`pixrma status {rid}` shows where it stands.",
                    file=ctx.out,
                )
                return exit_codes.OK
            if stored.state in EDITABLE_STATES:
                stored = store.queue(stored.id)
            try:
                backend = factory.make_backend(ctx.settings.support)
            except SupportError as exc:
                print(f"{exc} The request stays queued and is sent once that is done.", file=ctx.err)
                return exit_codes.NOT_CONFIGURED
            sender = Sender(store, backend, support_bundle_maker(ctx.paths, ctx.settings))
            lease = store.acquire_lease(sender.owner, sender.lease_s, request_id=stored.id, due_only=False)
            if lease is None:
                state = store.get(stored.id).state
                if state is RequestState.SENDING:
                    print(f"{rid} is being sent by another pixrma right now.", file=ctx.out)
                    return exit_codes.OK
                print(f"{rid} cannot be sent now (it is {state}).", file=ctx.err)
                return exit_codes.FAILED
            report = SendReport([sender.send(lease)])
    except StoreError as exc:
        return store_error_code(exc, ctx)
    return _print_report(report, ctx)
