"""`pixrma reply ID --message TEXT [--attach FILE ...] [--recheck]`: answer support about a sent request.

The reply is queued in the outbox first (so it survives a crash or a lost connection) and then sent now,
exactly once. ``--recheck`` ("try again and report") scans and checks again, prints what changed since the
request was filed (cameras, link speeds, findings fixed / still there / new), appends that comparison to the
message and attaches the new findings as JSON. ``--resend`` sends the request's replies that are waiting or
needed attention.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.store_access import open_store, short_id, store_error_code

if TYPE_CHECKING:
    from pixrma_desktop.application.conversation import ReplyOutcome


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("reply", help="answer support about a sent request", description=__doc__)
    parser.add_argument("id", help="the request's id (or the start of it)")
    parser.add_argument("--message", "-m", metavar="TEXT", help="what to tell support")
    parser.add_argument("--attach", nargs="+", default=[], metavar="FILE", help="files to attach")
    parser.add_argument("--bundle", action="store_true", help="attach a fresh support bundle (logs, system report)")
    parser.add_argument(
        "--recheck",
        action="store_true",
        help="scan and check again and append what changed since the request (the new findings attached as JSON)",
    )
    parser.add_argument("--ticket", metavar="NUMBER", help="answer this ticket of the request (e.g. its RMA ticket)")
    parser.add_argument("--resend", action="store_true", help="send the request's waiting replies again")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pathlib import Path

    from pixrma_desktop.application.conversation import reply_file
    from pixrma_desktop.outbox.errors import StoreError

    if args.resend:
        try:
            with open_store(ctx):
                return _resend(args, ctx)
        except StoreError as exc:
            return store_error_code(exc, ctx)
    if not (args.message or "").strip() and not args.recheck:
        print("error: write the reply with --message TEXT (or use --recheck).", file=ctx.err)
        return exit_codes.USAGE
    files = []
    for name in args.attach:
        path = Path(name)
        if not path.is_file():
            print(f"error: {name} is not a file that can be attached.", file=ctx.err)
            return exit_codes.USAGE
        files.append(reply_file(path))
    try:
        with open_store(ctx):
            return _reply(args, ctx, files)
    except StoreError as exc:
        return store_error_code(exc, ctx)


def _reply(args: argparse.Namespace, ctx: CliContext, files: list[Any]) -> int:
    from pixrma_desktop.application.case_status import NotSentError, sent_request
    from pixrma_desktop.application.conversation import send_reply

    try:
        row = sent_request(ctx.root, args.id)
    except NotSentError as exc:
        rid = short_id(exc.row.id)
        print(f"{rid} has not been sent yet; `pixrma submit {rid}` sends it.", file=ctx.err)
        return exit_codes.NOTHING_FOUND
    text = args.message or ""
    if args.recheck:
        from pixrma_desktop.application.recheck import recheck

        print("Scanning and checking again ...", file=ctx.err)
        found = recheck(ctx.root, row.id, demo_mode=getattr(args, "demo_mode", None))
        text = found.text(text)
        files.append(found.findings_file)
        print(text, file=ctx.out)
        print("", file=ctx.out)
    outcome = send_reply(ctx.root, row.id, text, files, with_bundle=args.bundle, ticket=args.ticket)
    return _report(ctx, outcome)


def _report(ctx: CliContext, outcome: ReplyOutcome) -> int:
    from pixrma_desktop.outbox.reply_records import ReplyState
    from pixrma_desktop.support.factory import NotConfiguredError

    reply = outcome.reply
    rid = short_id(reply.request_id)
    if outcome.problem is not None:
        print(str(outcome.problem), file=ctx.err)
        if isinstance(outcome.problem, NotConfiguredError):
            print(f"The reply stays queued; `pixrma reply {rid} --resend` sends it once that is done.", file=ctx.err)
            return exit_codes.NOT_CONFIGURED
        return exit_codes.FAILED
    if reply.state is ReplyState.SENT:
        files = f" with {len(reply.files)} file(s)" if reply.files else ""
        print(f"Reply added to ticket #{reply.ticket}{files}.", file=ctx.out)
        return exit_codes.OK
    if reply.state is ReplyState.NEEDS_ATTENTION:
        print(f"The reply was not sent: {reply.attention_message}", file=ctx.err)
        print(f"Fix that, then `pixrma reply {rid} --resend`.", file=ctx.err)
        return exit_codes.NEEDS_ATTENTION
    print(
        f"The reply could not be sent yet ({reply.last_error or 'the server did not answer'}); it stays queued. "
        f"`pixrma reply {rid} --resend` tries again.",
        file=ctx.err,
    )
    return exit_codes.FAILED


def _resend(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.conversation import resend_reply, send_waiting
    from pixrma_desktop.outbox.reply_records import ReplyState

    store = ctx.root.outbox
    request_id = store.get(args.id).id
    attention = store.replies(request_id, [ReplyState.NEEDS_ATTENTION])
    outcomes = [resend_reply(ctx.root, r.id) for r in attention]
    outcomes += send_waiting(ctx.root, request_id)
    if not outcomes:
        print("No reply of this request is waiting to be sent.", file=ctx.out)
        return exit_codes.OK
    return max(_report(ctx, o) for o in outcomes)
