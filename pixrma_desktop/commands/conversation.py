"""`pixrma conversation ID [--json]`: the whole conversation with support about a sent request, oldest first.

Reads what is new from the server first (unless ``--offline``), then shows every item of the support ticket
and its RMA tickets (who wrote it, when, the text, the files), the replies still waiting to be sent, and once
support has issued an RMA the return instructions and the rules for the parcel.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.store_access import open_store, short_id, store_error_code

if TYPE_CHECKING:
    from pixrma_desktop.application.conversation import RmaView, ThreadView
    from pixrma_desktop.support.thread import ThreadItem


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "conversation", help="show the conversation with support about a sent request", description=__doc__
    )
    parser.add_argument("id", help="the request's id (or the start of it)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--offline", action="store_true", help="show what is stored, without asking the server")
    parser.set_defaults(func=run)


def refresh_one(ctx: CliContext, request_id: str, offline: bool) -> tuple[int, bool]:
    """Read what is new on the request's tickets; prints why not and returns the exit code to end with, and
    whether there is no point in showing anything (the backend cannot read conversations at all)."""
    from pixrma_desktop.application.conversation import refresh_conversations
    from pixrma_desktop.outbox.conversation_refresh import NoConversationError
    from pixrma_desktop.support.factory import NotConfiguredError

    refresh = refresh_conversations(ctx.root, request_id, offline=offline)
    problem = refresh.problem
    if isinstance(problem, NoConversationError):
        print(str(problem), file=ctx.err)
        return exit_codes.FAILED, True
    if isinstance(problem, NotConfiguredError):
        print(f"warning: {problem} Showing what is stored.", file=ctx.err)
        return exit_codes.NOT_CONFIGURED, False
    if refresh.errors:
        print(f"warning: not refreshed: {refresh.errors[0][1]} Showing what is stored.", file=ctx.err)
        return exit_codes.FAILED, False
    return exit_codes.OK, False


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.case_status import NotSentError, sent_request
    from pixrma_desktop.application.conversation import mark_read, rma_view, show_thread
    from pixrma_desktop.outbox.errors import StoreError

    try:
        with open_store(ctx):
            try:
                row = sent_request(ctx.root, args.id)
            except NotSentError as exc:
                rid = short_id(exc.row.id)
                print(f"{rid} has not been sent yet ({exc.row.state}); `pixrma submit {rid}` sends it.", file=ctx.err)
                return exit_codes.NOTHING_FOUND
            code, stop = refresh_one(ctx, row.id, args.offline)
            if stop:
                return code
            view = show_thread(ctx.root, row.id)
            rma = rma_view(ctx.root, row.id)
            if args.json:
                print(json.dumps(thread_json(view, rma), indent=2, ensure_ascii=False), file=ctx.out)
            else:
                print_thread(ctx, view, rma)
                mark_read(ctx.root, row.id)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    return code


def item_json(item: ThreadItem) -> dict[str, Any]:
    return {
        "ticket": item.ticket,
        "queue": item.queue,
        "author": str(item.author),
        "author_name": item.author_name,
        "time": item.time,
        "kind": str(item.kind),
        "text": item.text,
        "attachments": [
            {"id": a.id, "name": a.name, "size": a.size, "content_type": a.content_type} for a in item.attachments
        ],
    }


def thread_json(view: ThreadView, rma: RmaView) -> dict[str, Any]:
    from pixrma_desktop.outbox.reply_records import ReplyState

    row = view.row
    return {
        "id": row.id,
        "support_ticket_number": row.support_ticket_number,
        "rma_number": rma.rma_number or None,
        "unread": view.unread,
        "items": [item_json(i) for i in view.conversation.items],
        "waiting_replies": [
            {
                "id": r.id,
                "ticket": r.ticket,
                "state": str(r.state),
                "text": r.text,
                "problem": r.attention_message,
                "attachments": [{"name": f.name} for f in r.files],
            }
            for r in view.replies
            if r.state is not ReplyState.SENT
        ],
        "timeline": [{"stage": str(e.stage), "reached_at": e.reached_at} for e in rma.timeline.entries],
        "return_instructions": [{"rma_number": i.rma_number, "texts": list(i.texts)} for i in rma.instructions],
        "rules": list(rma.rules),
    }


def _size(n: int) -> str:
    return f"{n} bytes" if n < 1024 else f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1048576:.1f} MB"


def print_thread(ctx: CliContext, view: ThreadView, rma: RmaView) -> None:
    from pixrma_desktop.outbox.reply_records import REPLY_STATE_LABELS, ReplyState

    row = view.row
    out = ctx.out
    numbers = f"support ticket #{row.support_ticket_number}"
    if rma.rma_number:
        numbers += f", RMA number {rma.rma_number}"
    print(f"{short_id(row.id)}  {row.title}  ({numbers})", file=out)
    if not view.conversation.items:
        print("Nothing read from the server yet.", file=out)
    for item in view.conversation.items:
        who = str(item.author) + (f" ({item.author_name})" if item.author_name else "")
        print(f"\n--- {item.time}  {who}  ticket #{item.ticket} ({item.queue})", file=out)
        for line in item.text.splitlines() or [""]:
            print(f"    {line}", file=out)
        for a in item.attachments:
            print(f"    [file] {a.name} ({_size(a.size)})", file=out)
    for reply in view.replies:
        if reply.state is ReplyState.SENT:
            continue
        print(f"\n--- your reply, {REPLY_STATE_LABELS[reply.state]}", file=out)
        for line in reply.text.splitlines():
            print(f"    {line}", file=out)
        if reply.attention_message:
            print(f"    problem: {reply.attention_message}", file=out)
    reached = [e for e in rma.timeline.entries if e.reached]
    if reached:
        print("\nWhere the case stands:", file=out)
        for entry in reached:
            print(f"  {entry.reached_at}  {entry.stage}", file=out)
    for found in rma.instructions:
        print(f"\nReturn instructions (RMA number {found.rma_number}), as support wrote them:", file=out)
        for text in found.texts or ("(none yet)",):
            for line in text.splitlines():
                print(f"    {line}", file=out)
    if rma.rules:
        print("\nBefore you ship:", file=out)
        for rule in rma.rules:
            print(f"  - {rule}", file=out)
        print(f"A packing slip: `pixrma packing-slip {short_id(row.id)} --out slip.pdf`.", file=out)
