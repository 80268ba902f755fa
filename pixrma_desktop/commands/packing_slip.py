"""`pixrma packing-slip ID --out FILE.pdf`: the packing slip for the parcel, once support has issued an RMA.

The RMA number large, the support ticket number, every model and serial returned, the contact and the vendor's
rules for a return. Reads what is new on the request's tickets first (unless ``--offline``), since the RMA
number comes with support's return instructions.
"""

from __future__ import annotations

import argparse
from typing import Any

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.store_access import open_store, short_id, store_error_code


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "packing-slip", help="write the packing slip (PDF) for a request with an RMA number", description=__doc__
    )
    parser.add_argument("id", help="the request's id (or the start of it)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    parser.add_argument("--offline", action="store_true", help="use what is stored, without asking the server")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pathlib import Path

    from pixrma_desktop.application.case_status import NotSentError, sent_request
    from pixrma_desktop.application.conversation import NoRmaNumberError, refresh_conversations, write_slip
    from pixrma_desktop.outbox.errors import StoreError
    from pixrma_desktop.rma.request import DraftFormatError

    try:
        with open_store(ctx):
            try:
                row = sent_request(ctx.root, args.id)
            except NotSentError as exc:
                rid = short_id(exc.row.id)
                print(
                    f"{rid} has not been sent yet, so it has no RMA number; `pixrma submit {rid}` sends it.",
                    file=ctx.err,
                )
                return exit_codes.NOTHING_FOUND
            refresh_conversations(ctx.root, row.id, offline=args.offline or not row.support_ticket_number)
            try:
                path = write_slip(ctx.root, row.id, Path(args.out))
            except NoRmaNumberError as exc:
                print(f"error: {exc}", file=ctx.err)
                return exit_codes.FAILED
            except DraftFormatError as exc:
                print(f"error: the stored request cannot be read ({exc}).", file=ctx.err)
                return exit_codes.FAILED
            except OSError as exc:
                print(f"error: could not write {args.out}: {exc.strerror or exc}", file=ctx.err)
                return exit_codes.FAILED
    except StoreError as exc:
        return store_error_code(exc, ctx)
    print(f"Wrote {path}: print it, put it in the parcel and write the RMA number on the outside.", file=ctx.out)
    return exit_codes.OK
