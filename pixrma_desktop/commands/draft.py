"""`pixrma draft`: write RMA requests offline — new, list, show, edit, queue, dealer package, delete.

Drafts live in the outbox database; an ID may be given as any unique prefix (``draft list`` shows 8 chars).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.duplicates import (
    add_duplicate_options,
    duplicates_document,
    note_duplicates,
    refuse_duplicate,
)
from pixrma_desktop.commands.store_access import open_store, short_id, store_error_code

if TYPE_CHECKING:
    from pixrma_desktop.cameras.record import CameraRecord
    from pixrma_desktop.outbox.records import StoredRequest
    from pixrma_desktop.rma.request import RmaRequest


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("draft", help="write, review and queue RMA requests (works offline)")
    parser.set_defaults(func=lambda args, ctx: _usage(parser, ctx))
    sub = parser.add_subparsers(dest="draft_command", metavar="ACTION")

    new = sub.add_parser("new", help="start a new request (contact details from your last request)")
    new.add_argument("--from-scan", action="store_true", help="add the cameras of the latest scan")
    new.add_argument("--json", action="store_true", help="print the new draft as JSON")
    new.set_defaults(func=run_new)

    listing = sub.add_parser("list", help="list requests and where they stand")
    listing.add_argument("--state", action="append", help="only requests in this state (repeatable)")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    listing.set_defaults(func=run_list)

    show = sub.add_parser("show", help="show a request: the report text and what is still missing")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print the request's JSON")
    show.set_defaults(func=run_show)

    edit = sub.add_parser("edit", help="change fields of a draft")
    edit.add_argument("id", metavar="ID")
    edit.add_argument(
        "--set",
        dest="assignments",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="e.g. contact.name=Ada, cameras.0.symptom=..., warranty=under (repeatable)",
    )
    edit.add_argument("--from-json", metavar="FILE", help="lay a partial request in JSON over the draft")
    edit.add_argument("--remove-camera", type=int, metavar="N", action="append", default=[], help="remove camera N")
    edit.set_defaults(func=run_edit)

    queue = sub.add_parser("queue", help="mark a complete draft ready to send (`pixrma outbox send` sends it)")
    queue.add_argument("id", metavar="ID")
    add_duplicate_options(queue)
    queue.add_argument(
        "--offline", action="store_true", help="look for duplicates only on this computer, not on the server"
    )
    queue.set_defaults(func=run_queue)

    unqueue = sub.add_parser("unqueue", help="take a request waiting to be sent back into drafts")
    unqueue.add_argument("id", metavar="ID")
    unqueue.set_defaults(func=run_unqueue)

    dealer = sub.add_parser("dealer", help="bought from a dealer: write the package for your dealer")
    dealer.add_argument("id", metavar="ID")
    dealer.add_argument("--out", metavar="DIR", help="where to write the package (default: current folder)")
    dealer.set_defaults(func=run_dealer)

    delete = sub.add_parser("delete", help="delete a draft")
    delete.add_argument("id", metavar="ID")
    delete.set_defaults(func=run_delete)


def _usage(parser: argparse.ArgumentParser, ctx: CliContext) -> int:
    parser.print_help(ctx.err)
    return exit_codes.USAGE


def _print_problems(request: RmaRequest, ctx: CliContext) -> int:
    from pixrma_desktop.rma.request import validate_request

    problems = validate_request(request)
    if not problems:
        if request.is_dealer:
            print(
                "Complete. Bought from a dealer: write the dealer package with `pixrma draft dealer ID`.", file=ctx.out
            )
        else:
            print("Complete: queue it with `pixrma draft queue ID`.", file=ctx.out)
        return 0
    print(f"Still to do ({len(problems)}):", file=ctx.out)
    for problem in problems:
        print(f"  {problem.field or 'request'}: {problem.message}", file=ctx.out)
    return len(problems)


def _scan_cameras(args: argparse.Namespace, ctx: CliContext) -> tuple[list[CameraRecord], list[dict[str, Any]]]:
    from pixrma_desktop.cameras.last_scan import load_last_scan

    scan = load_last_scan(ctx.paths.data_dir)
    if scan is not None:
        return list(scan.cameras), list(scan.findings)
    if getattr(args, "demo_mode", None) == "on":
        from pixrma_desktop.application.scanning import run_scan

        try:
            result = run_scan(ctx.root, ctx.settings.cameras, "on")
        except ImportError:
            print(
                "No scan is stored and demo discovery is not available in this build: the draft starts without "
                "cameras. Add them by hand with `pixrma draft edit ID --set cameras.0.serial=...`.",
                file=ctx.err,
            )
            return [], []
        return list(result.cameras), []
    print(
        "No scan is stored yet: run `pixrma scan` first, or add cameras by hand with "
        "`pixrma draft edit ID --set cameras.0.serial=...`. The draft starts without cameras.",
        file=ctx.err,
    )
    return [], []


def run_new(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.drafts import new_draft
    from pixrma_desktop.outbox.errors import StoreError

    cameras, findings = _scan_cameras(args, ctx) if args.from_scan else ([], [])
    try:
        with open_store(ctx):
            request, from_profile = new_draft(ctx.root, cameras, findings)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    if request.cameras:
        note_duplicates(ctx, request)
    if args.json:
        print(request.model_dump_json(indent=2), file=ctx.out)
        return exit_codes.OK
    print(f"New draft {short_id(request.id)} (submission id {request.id}).", file=ctx.out)
    if from_profile:
        print("Contact details filled in from your last request.", file=ctx.out)
    for n, camera in enumerate(request.cameras):
        demo = " — demo camera, cannot be part of a real request" if camera.demo else ""
        print(f"  camera {n}: {camera.label}{demo}", file=ctx.out)
    _print_problems(request, ctx)
    return exit_codes.OK


def _row_dict(row: StoredRequest) -> dict[str, Any]:
    return {
        "id": row.id,
        "state": str(row.state),
        "title": row.title,
        "updated_at": row.updated_at,
        "support_ticket_number": row.support_ticket_number,
        "rma_number": row.rma_number,
        "attention_message": row.attention_message,
    }


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from datetime import datetime

    from pixrma_desktop.application.drafts import list_requests
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.outbox.state import RequestState, state_label

    try:
        states = [RequestState(s) for s in args.state] if args.state else None
    except ValueError:
        print(f"Unknown state; use one of: {', '.join(s.value for s in RequestState)}.", file=ctx.err)
        return exit_codes.USAGE
    try:
        with open_store(ctx):
            rows = list_requests(ctx.root, states)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    if args.json:
        print(json.dumps([_row_dict(r) for r in rows], indent=2), file=ctx.out)
        return exit_codes.OK
    if not rows:
        print("No requests yet. Start one with `pixrma draft new --from-scan`.", file=ctx.out)
        return exit_codes.OK
    for row in rows:
        when = datetime.fromtimestamp(row.updated_at).strftime("%Y-%m-%d %H:%M")
        extra = ""
        if row.support_ticket_number:
            extra += f"  support ticket #{row.support_ticket_number}"
        if row.rma_number:
            extra += f"  RMA number {row.rma_number}"
        print(
            f"{short_id(row.id)}  {when}  {state_label(row.state, row.case_step):<22} {row.title}{extra}", file=ctx.out
        )
    return exit_codes.OK


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.drafts import get_request
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.outbox.state import state_label
    from pixrma_desktop.rma.render import report_text
    from pixrma_desktop.rma.request import DraftFormatError

    try:
        with open_store(ctx):
            row = get_request(ctx.root, args.id)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    try:
        request = row.request
    except DraftFormatError as exc:
        print(f"The stored request {row.id} cannot be read: {exc}", file=ctx.err)
        return exit_codes.FAILED
    if args.json:
        print(request.model_dump_json(indent=2), file=ctx.out)
        return exit_codes.OK
    print(f"Request {row.id} — {state_label(row.state, row.case_step)}", file=ctx.out)
    if row.support_ticket_number:
        print(f"Support ticket number: {row.support_ticket_number} (this is not the RMA number)", file=ctx.out)
    if row.rma_number:
        print(f"RMA number: {row.rma_number}", file=ctx.out)
    if row.attention_message:
        print(f"Needs your attention: {row.attention_message}", file=ctx.out)
    if row.last_error and row.state.value == "queued":
        print(f"Last attempt failed: {row.last_error}", file=ctx.out)
    print("", file=ctx.out)
    print(report_text(request), file=ctx.out)
    if row.editable:
        _print_problems(request, ctx)
    return exit_codes.OK


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.drafts import DraftEdit, edit_draft
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.rma.edit import EditError

    edit = DraftEdit(
        Path(args.from_json) if args.from_json else None, tuple(args.remove_camera), tuple(args.assignments)
    )
    if edit.empty:
        print("Nothing to change: give --set FIELD=VALUE, --from-json FILE or --remove-camera N.", file=ctx.err)
        return exit_codes.USAGE
    try:
        with open_store(ctx):
            request = edit_draft(ctx.root, args.id, edit)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    except (EditError, OSError, ValueError) as exc:
        print(f"Not changed: {exc}", file=ctx.err)
        return exit_codes.USAGE
    print(f"Saved draft {short_id(request.id)}.", file=ctx.out)
    if edit.json_file is not None or any(".serial=" in a for a in edit.assignments):
        note_duplicates(ctx, request)  # a camera may have joined (typed in or imported)
    _print_problems(request, ctx)
    return exit_codes.OK


def run_queue(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.duplicate_guard import DuplicateRequestError, queue_checked
    from pixrma_desktop.outbox.errors import DealerRequestError, StoreError

    try:
        with open_store(ctx):
            row, check = queue_checked(ctx.root, args.id, file_anyway=args.file_anyway, online=not args.offline)
    except DuplicateRequestError as exc:
        return refuse_duplicate(exc, args, ctx)
    except DealerRequestError as exc:
        print(str(exc), file=ctx.err)
        return exit_codes.NEEDS_ATTENTION
    except StoreError as exc:
        return store_error_code(exc, ctx)
    if args.json:
        print(json.dumps({**_row_dict(row), **duplicates_document(check)}, indent=2), file=ctx.out)
        return exit_codes.OK
    if check.found:
        print(f"Filed anyway, with your reason in the report: {args.file_anyway.strip()}", file=ctx.out)
    print(
        f"Queued {short_id(row.id)}: {row.title}. It is sent with `pixrma outbox send` (or by the app) as soon "
        "as the support server is reachable.",
        file=ctx.out,
    )
    return exit_codes.OK


def run_unqueue(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.drafts import unqueue_request
    from pixrma_desktop.outbox.errors import StoreError

    try:
        with open_store(ctx):
            row = unqueue_request(ctx.root, args.id)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    print(f"{short_id(row.id)} is a draft again.", file=ctx.out)
    return exit_codes.OK


def run_dealer(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.dealer import dealer_package
    from pixrma_desktop.application.drafts import get_request
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.rma.request import validate_request

    try:
        with open_store(ctx):
            request = get_request(ctx.root, args.id).request
    except StoreError as exc:
        return store_error_code(exc, ctx)
    if not request.is_dealer:
        print(
            "This request is for a camera bought from the vendor; queue it with `pixrma draft queue ID`. If you "
            "bought it from a dealer, set purchase.channel=dealer and the dealer's name and e-mail first.",
            file=ctx.err,
        )
        return exit_codes.USAGE
    problems = validate_request(request)
    if problems:
        print("The request is not complete yet:", file=ctx.err)
        for problem in problems:
            print(f"  {problem.field or 'request'}: {problem.message}", file=ctx.err)
        return exit_codes.NEEDS_ATTENTION
    out_dir = Path(args.out) if args.out else Path.cwd()
    package = dealer_package(ctx.root, request, out_dir, save=False)
    print(package.explanation, file=ctx.out)
    print(f"Package folder: {package.folder}", file=ctx.out)
    print(f"Zipped: {package.zip_path}", file=ctx.out)
    print(
        f"E-mail to {request.purchase.dealer_email} (open it in your mail program): {package.email_path}", file=ctx.out
    )
    return exit_codes.OK


def run_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.drafts import delete_draft
    from pixrma_desktop.outbox.errors import StoreError

    try:
        with open_store(ctx):
            request_id = delete_draft(ctx.root, args.id)
    except StoreError as exc:
        return store_error_code(exc, ctx)
    print(f"Deleted {short_id(request_id)}.", file=ctx.out)
    return exit_codes.OK
