"""`pixrma status [ID | --all]`: ask the support server where sent requests stand and remember it.

Shows the support ticket number and, once support has issued one, the RMA number: two different numbers.
Without arguments: every sent request that is not closed yet; ``--all`` includes closed ones.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.store_access import open_store, short_id, store_error_code

if TYPE_CHECKING:
    from pixrma_desktop.application.case_status import CaseLine
    from pixrma_desktop.outbox.records import StoredRequest


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "status", help="refresh sent requests from the support server: ticket and RMA numbers", description=__doc__
    )
    parser.add_argument("id", nargs="?", help="only this request (id or the start of it)")
    parser.add_argument("--all", action="store_true", help="closed requests too")
    parser.add_argument("--offline", action="store_true", help="show what is stored, without asking the server")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--ticket-number",
        metavar="NUMBER",
        help="with ID, for requests sent by e-mail: the ticket number from support's autoreply "
        "(`1234`, `#1234` or the autoreply's subject)",
    )
    parser.add_argument(
        "--inquiry",
        metavar="EML",
        nargs="?",
        const="-",
        help="with ID: build the repair status inquiry e-mail ([#ticket] in the subject); print its mailto: link, "
        "or write it as an .eml file to open in a mail program",
    )
    parser.set_defaults(func=run)


def _line(row: StoredRequest, detail: str, unread: int = 0) -> str:
    from pixrma_desktop.outbox.state import state_label

    parts = [f"{short_id(row.id)}  {state_label(row.state, row.case_step):<20}"]
    parts.append(f"support ticket #{row.support_ticket_number}" if row.support_ticket_number else "no ticket number")
    parts.append(f"RMA number {row.rma_number}" if row.rma_number else "no RMA number yet")
    if unread:
        parts.append(f"{unread} unread (`pixrma conversation {short_id(row.id)}`)")
    text = "  ".join(parts) + f"  {row.title}"
    return text + (f"\n    {detail}" if detail else "")


def _detail(line: CaseLine) -> str:
    from pixrma_desktop.application.case_status import Refreshed

    if line.refreshed is Refreshed.YES:
        return line.detail
    if line.refreshed is Refreshed.FAILED:
        return f"(not refreshed: {line.problem})"
    if line.refreshed is Refreshed.NO_TICKET:
        return "Sent by e-mail: the ticket number comes with support's autoreply."
    return ""


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.case_status import (
        NoTicketNumberError,
        NotSentError,
        filed_requests,
        record_ticket_number,
        refresh_status,
        sent_request,
    )
    from pixrma_desktop.outbox.errors import StoreError

    code = exit_codes.OK
    if args.ticket_number and not args.id:
        print("error: --ticket-number needs the request's ID.", file=ctx.err)
        return exit_codes.USAGE
    try:
        with open_store(ctx):
            if args.id:
                try:
                    rows = [sent_request(ctx.root, args.id)]
                except NotSentError as exc:
                    rid = short_id(exc.row.id)
                    print(
                        f"{rid} has not been sent yet ({exc.row.state}); `pixrma submit {rid}` sends it.",
                        file=ctx.err,
                    )
                    return exit_codes.NOTHING_FOUND
                if args.ticket_number:
                    try:
                        rows = [record_ticket_number(ctx.root, rows[0].id, args.ticket_number)]
                    except NoTicketNumberError as exc:
                        print(f"error: {exc}", file=ctx.err)
                        return exit_codes.USAGE
            else:
                rows = filed_requests(ctx.root, include_closed=args.all)
            if not rows:
                if args.json:
                    print("[]", file=ctx.out)  # JSON only on stdout; the words go to stderr
                print(
                    "No sent requests to show." + ("" if args.all else " (`--all` includes closed ones.)"),
                    file=ctx.err if args.json else ctx.out,
                )
                return exit_codes.OK
            refresh = refresh_status(ctx.root, rows, offline=args.offline)
            unread = _refresh_unread(ctx, rows, offline=args.offline or refresh.backend_problem is not None)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    if refresh.backend_problem is not None:
        suffix = "" if _auth(refresh.backend_problem) else " Showing what is stored."
        print(f"warning: {refresh.backend_problem}{suffix}", file=ctx.err)
        code = exit_codes.NOT_CONFIGURED
    if refresh.failures:
        code = max(code, exit_codes.FAILED)
    results = [(line.row, _detail(line)) for line in refresh.lines]
    if args.inquiry:
        return _inquiry(args, ctx, results)
    if args.json:
        payload = [
            {
                "id": row.id,
                "state": str(row.state),
                "support_ticket_number": row.support_ticket_number,
                "support_ticket_url": row.support_ticket_url,
                "rma_number": row.rma_number,
                "case_step": row.case_step,
                "server_status": row.server_status,
                "detail": detail,
                "unread": unread.get(row.id, 0),
            }
            for row, detail in results
        ]
        print(json.dumps(payload, indent=2), file=ctx.out)
    else:
        for row, detail in results:
            print(_line(row, detail, unread.get(row.id, 0)), file=ctx.out)
    return code


def _refresh_unread(ctx: CliContext, rows: list[StoredRequest], *, offline: bool) -> dict[str, int]:
    """Read what is new in the conversations of ``rows`` (not offline, not by e-mail); the unread counts."""
    from pixrma_desktop.application.conversation import refresh_conversations, unread_counts

    if not offline and any(row.support_ticket_number for row in rows):
        refresh = refresh_conversations(ctx.root, rows[0].id if len(rows) == 1 else None)
        for request_id, error in refresh.errors:
            print(f"warning: the conversation of {short_id(request_id)} was not read: {error}", file=ctx.err)
    return unread_counts(ctx.root)


def _auth(problem: Exception) -> bool:
    from pixrma_desktop.support.backend import AuthError

    return isinstance(problem, AuthError)


def _inquiry(args: argparse.Namespace, ctx: CliContext, results: list[tuple[StoredRequest, str]]) -> int:
    from pathlib import Path

    from pixrma_desktop.application.case_status import inquiry_address, status_inquiry

    if not args.id or len(results) != 1:
        print("error: --inquiry needs the id of one sent request.", file=ctx.err)
        return exit_codes.USAGE
    row, _ = results[0]
    if not row.support_ticket_number:
        print("error: the support ticket number is not known yet, so the inquiry cannot name it.", file=ctx.err)
        return exit_codes.FAILED
    if not inquiry_address(ctx.root, row):
        print("error: set the vendor's support address: `pixrma config set support.inquiry_to ADDRESS`.", file=ctx.err)
        return exit_codes.NOT_CONFIGURED
    mail = status_inquiry(ctx.root, row)
    if args.inquiry == "-":
        print(mail.mailto_url(), file=ctx.out)
        return exit_codes.OK
    target = Path(args.inquiry)
    try:
        target.write_bytes(mail.to_eml())
    except OSError as exc:
        print(f"error: could not write {target}: {exc.strerror}", file=ctx.err)
        return exit_codes.FAILED
    print(f"Wrote {target}: open it in your mail program and send it ({mail.subject}).", file=ctx.out)
    return exit_codes.OK
