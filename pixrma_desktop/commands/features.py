"""`pixrma features`: every camera's configuration (each feature's value, range and access) and GenICam XML.

It scans first, then reads each camera, read-only, within the ``snapshot_budget_s`` setting per camera.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.gige_options import add_gige_host_option, with_gige_hosts

if TYPE_CHECKING:
    from pixrma_desktop.cameras.features import CameraSnapshot


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "features",
        help="read every camera's configuration (features and GenICam XML)",
        description="Scan, then read each camera's configuration without changing it: every feature with its "
        "value, range and access, and the GenICam XML the camera provides. A camera another program uses is "
        "left alone.",
    )
    p.add_argument("serials", nargs="*", metavar="SERIAL", help="only the cameras with these serial numbers")
    p.add_argument("--json", action="store_true", help="print JSON (one object per camera, with the XML)")
    p.add_argument("--xml-dir", metavar="DIR", help="also save each camera's GenICam XML in DIR")
    p.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="give each scan probe at most this long (as for scan)"
    )
    add_gige_host_option(p)
    demo = p.add_mutually_exclusive_group()
    for flag, const in (("--demo", "on"), ("--demo-if-none", "auto")):
        demo.add_argument(
            flag, dest="demo_mode", action="store_const", const=const, default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    p.set_defaults(func=run)


def print_text(snapshot: CameraSnapshot, out: TextIO) -> None:
    from pixrma_desktop.cameras.feature_text import snapshot_lines

    out.write("\n".join(snapshot_lines(snapshot)) + "\n")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.features import read_features, save_xml
    from pixrma_desktop.cameras.features import snapshot_to_dict

    demo_mode = args.demo_mode or ctx.settings.cameras.demo
    if args.timeout is not None and args.timeout <= 0:
        print("--timeout must be more than 0 seconds.", file=ctx.err)
        return exit_codes.USAGE
    settings = with_gige_hosts(ctx.settings.cameras, args)
    outcome = read_features(ctx.root, settings, demo_mode, args.serials, timeout=args.timeout)
    for serial in outcome.missing:
        print(f"No camera with serial number {serial} was found.", file=ctx.err)
    if not outcome.cameras:
        print("No camera found." if not args.serials else "None of those cameras was found.", file=ctx.err)
        if demo_mode == "off" and not args.serials:
            print("Try `pixrma --demo features` to see what it shows.", file=ctx.err)
        if args.json:
            print("[]", file=ctx.out)  # still JSON on stdout: no camera, no snapshot
        return exit_codes.NOTHING_FOUND
    if outcome.keep_problem is not None:
        why = outcome.keep_problem.strerror or outcome.keep_problem
        print(f"warning: could not keep the snapshots in {ctx.paths.data_dir} ({why})", file=ctx.err)
    snapshots = outcome.snapshots
    if args.xml_dir:
        try:
            saved = save_xml(snapshots, Path(args.xml_dir))
        except OSError as exc:
            print(f"Could not save the XML in {args.xml_dir} ({exc.strerror}); choose another folder.", file=ctx.err)
            return exit_codes.FAILED
        for path in saved:
            print(f"saved {path}", file=ctx.err)
    if args.json:
        json.dump([snapshot_to_dict(s) for s in snapshots], ctx.out, indent=2)
        ctx.out.write("\n")
    else:
        for index, snapshot in enumerate(snapshots):
            if index:
                print(file=ctx.out)
            print_text(snapshot, ctx.out)
    return exit_codes.OK
