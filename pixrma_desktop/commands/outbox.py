"""`pixrma outbox`: send queued requests (exactly once) and see where every request stands."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.store_access import open_store, short_id, store_error_code

if TYPE_CHECKING:
    from pixrma_desktop.outbox.sender import SendReport


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("outbox", help="send queued requests and show where they stand")
    parser.set_defaults(func=lambda args, ctx: _usage(parser, ctx))
    sub = parser.add_subparsers(dest="outbox_command", metavar="ACTION")

    send = sub.add_parser("send", help="send every queued request now, each exactly once")
    send.add_argument(
        "--retry-for",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="keep retrying temporary failures (with backoff) for up to this long; default: try once",
    )
    send.set_defaults(func=run_send)

    status = sub.add_parser("status", help="requests waiting, sent, needing attention; ticket and RMA numbers")
    status.add_argument("--json", action="store_true", help="print as JSON")
    status.set_defaults(func=run_status)

    retry = sub.add_parser("retry", help="send again a request that may have been sent, after checking that it was not")
    retry.add_argument("id", metavar="ID")
    retry.set_defaults(func=run_retry)
    mark_sent = sub.add_parser("mark-sent", help="mark a request that may have been sent as sent, after checking")
    mark_sent.add_argument("id", metavar="ID")
    mark_sent.set_defaults(func=run_mark_sent)


def _usage(parser: argparse.ArgumentParser, ctx: CliContext) -> int:
    parser.print_help(ctx.err)
    return exit_codes.USAGE


def _print_report(report: SendReport, ctx: CliContext) -> int:
    from datetime import datetime

    from pixrma_desktop.outbox.sender import Outcome

    code = exit_codes.OK
    for result in report.results:
        rid = short_id(result.request_id)
        if result.outcome in (Outcome.SUBMITTED, Outcome.ADOPTED):
            assert result.ticket is not None
            note = " (an earlier attempt had already filed it)" if result.outcome is Outcome.ADOPTED else ""
            print(f"{rid}: sent — {result.ticket.description}{note}", file=ctx.out)
            if result.ticket.unsaved_fields:
                print(f"  the server did not keep: {', '.join(result.ticket.unsaved_fields)}", file=ctx.out)
        elif result.outcome is Outcome.RETRY_LATER:
            when = datetime.fromtimestamp(result.retry_at or 0).strftime("%H:%M:%S")
            print(f"{rid}: not sent yet — {result.message} Will retry after {when}.", file=ctx.out)
            code = max(code, exit_codes.FAILED)
        elif result.outcome is Outcome.NEEDS_ATTENTION:
            print(f"{rid}: needs your attention — {result.message}".replace(" ID`", f" {rid}`"), file=ctx.out)
            if "`pixrma outbox retry ID`" not in result.message:
                print(f"  fix it with `pixrma draft edit {rid} ...`, then `pixrma draft queue {rid}`.", file=ctx.out)
            code = exit_codes.NEEDS_ATTENTION if code != exit_codes.NOT_CONFIGURED else code
        elif result.outcome is Outcome.AUTH_REQUIRED:
            print(f"{rid}: {result.message} (run `pixrma login`; the request stays queued)", file=ctx.out)
            code = exit_codes.NOT_CONFIGURED
        else:
            print(f"{rid}: another pixrma took it over — {result.message}", file=ctx.out)
    return code


def run_send(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.sending import send_pass
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.support.backend import SupportError
    from pixrma_desktop.support.factory import NotConfiguredError

    try:
        with open_store(ctx):
            sent = send_pass(ctx.root, due_only=False, retry_for_s=args.retry_for)
    except NotConfiguredError as exc:
        print(f"{exc} Queued requests stay in the outbox until then.", file=ctx.err)
        return exit_codes.NOT_CONFIGURED
    except SupportError as exc:
        print(f"{exc} Queued requests stay in the outbox.", file=ctx.err)
        return exit_codes.NOT_CONFIGURED
    except StoreError as exc:
        return store_error_code(exc, ctx)
    if not sent.waiting:
        print("Nothing to send: no request is queued.", file=ctx.out)
        return exit_codes.OK
    if not sent.report.results:
        print("Nothing was sent: every queued request is being sent by another pixrma right now.", file=ctx.out)
        return exit_codes.OK
    return _print_report(sent.report, ctx)


def run_status(args: argparse.Namespace, ctx: CliContext) -> int:
    from datetime import datetime

    from pixrma_desktop.application.drafts import outbox_overview
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.outbox.state import RequestState, state_label

    try:
        with open_store(ctx):
            drafts, rows = outbox_overview(ctx.root)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    if args.json:
        out = [
            {
                "id": r.id,
                "state": str(r.state),
                "title": r.title,
                "support_ticket_number": r.support_ticket_number,
                "rma_number": r.rma_number,
                "attention_message": r.attention_message,
                "last_error": r.last_error,
                "next_attempt_at": r.next_attempt_at if r.state is RequestState.QUEUED else None,
            }
            for r in rows
        ]
        print(json.dumps({"drafts": drafts, "requests": out}, indent=2), file=ctx.out)
        return exit_codes.OK
    print(f"{drafts} draft(s); {len(rows)} request(s) queued or sent.", file=ctx.out)
    attention = False
    for row in rows:
        line = f"{short_id(row.id)}  {state_label(row.state, row.case_step):<22} {row.title}"
        if row.support_ticket_number:
            line += f"  support ticket #{row.support_ticket_number}"
        if row.rma_number:
            line += f"  RMA number {row.rma_number}"
        print(line, file=ctx.out)
        if row.state is RequestState.QUEUED and row.last_error:
            when = datetime.fromtimestamp(row.next_attempt_at).strftime("%Y-%m-%d %H:%M:%S")
            print(f"    last attempt: {row.last_error} Next try after {when}.", file=ctx.out)
        if row.attention_message:
            attention = True
            print(f"    needs your attention: {row.attention_message}", file=ctx.out)
    return exit_codes.NEEDS_ATTENTION if attention else exit_codes.OK


def run_retry(args: argparse.Namespace, ctx: CliContext) -> int:
    """The user checked that a request which may have been sent did not go out: queue it to be sent again."""
    from pixrma_desktop.application.maybe_sent import send_again
    from pixrma_desktop.outbox.errors import DealerRequestError, StoreError

    try:
        with open_store(ctx):
            row = send_again(ctx.root, args.id)
    except DealerRequestError as exc:
        print(str(exc), file=ctx.err)
        return exit_codes.NEEDS_ATTENTION
    except StoreError as exc:
        return store_error_code(exc, ctx)
    print(f"Queued {short_id(row.id)} to be sent again: {row.title}. `pixrma outbox send` sends it.", file=ctx.out)
    return exit_codes.OK


def run_mark_sent(args: argparse.Namespace, ctx: CliContext) -> int:
    """The user checked that a request which may have been sent did go out: it is never sent again."""
    from pixrma_desktop.application.maybe_sent import mark_sent
    from pixrma_desktop.outbox.errors import NotEditableError, StoreError

    try:
        with open_store(ctx):
            row = mark_sent(ctx.root, args.id)
    except NotEditableError as exc:
        print(f"error: {exc}", file=ctx.err)
        return exit_codes.USAGE
    except StoreError as exc:
        return store_error_code(exc, ctx)
    print(
        f"Marked {short_id(row.id)} as sent by e-mail (no tracking). When support's autoreply arrives, keep its "
        f"ticket number with `pixrma status {short_id(row.id)} --ticket-number NUMBER`.",
        file=ctx.out,
    )
    return exit_codes.OK
