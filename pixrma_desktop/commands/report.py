"""`pixrma report`: make the support bundle (one zip) and print what went into it.

    pixrma report --out FILE.zip [--since 24h] [--no-redact] [--add FILE ...] [--from-last-scan] [--dry-run]

The cameras come from a fresh scan (``--demo`` adds the simulated cameras), or from the last saved scan with
``--from-last-scan``; the remote-fix checks run on them as in `pixrma check`. Everything else is collected
now: the system report, the OS log lines for the window, the app's own log and the files added.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pixrma_desktop.cameras.gentl.preload import warm_up
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.gige_options import add_gige_host_option, with_gige_hosts

if TYPE_CHECKING:
    from pixrma_desktop.cameras.scan_result import ScanResult

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([mhdw]?)\s*$", re.IGNORECASE)
_HOURS_PER_UNIT = {"m": 1 / 60, "h": 1.0, "": 1.0, "d": 24.0, "w": 168.0}


def parse_duration_hours(text: str) -> float:
    """``90m``, ``24h``, ``2d``, ``1w`` (a bare number is hours) as hours."""
    match = _DURATION.match(text)
    if not match or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration; write e.g. 90m, 24h, 2d or 1w")
    return float(match.group(1)) * _HOURS_PER_UNIT[match.group(2).lower()]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="make a support bundle (zip): cameras, findings, system report, logs; private data removed",
        description=(
            "Make one zip for support: summary.txt (read first), cameras.json, findings.json, system.json, the "
            "OS log lines about USB / network / cameras, the app's log and the files you add. User name, home "
            "folder and secrets are always removed; host name, e-mail, IP and MAC addresses too unless "
            "--no-redact. Camera serial numbers and camera addresses stay: support needs them."
        ),
    )
    parser.add_argument("--out", required=True, metavar="FILE.zip", help="where to write the bundle")
    parser.add_argument(
        "--since",
        type=parse_duration_hours,
        metavar="DURATION",
        help="how far back to read the system logs, e.g. 90m, 24h, 2d (default: 48h, or the setting)",
    )
    parser.add_argument(
        "--no-redact",
        action="store_true",
        help="keep host name, e-mail, IP and MAC addresses (user name, home folder and secrets still go)",
    )
    parser.add_argument(
        "--add",
        nargs="+",
        action="extend",
        default=[],
        metavar="FILE",
        help="add files (screenshots of error messages, the Pixelink SDK error report, other logs)",
    )
    parser.add_argument(
        "--from-last-scan",
        action="store_true",
        help="use the cameras of the last `pixrma scan` instead of scanning now (e.g. a camera since unplugged)",
    )
    add_gige_host_option(parser)
    parser.add_argument("--dry-run", action="store_true", help="list what would go in; write nothing")
    demo = parser.add_mutually_exclusive_group()
    for flag, const in (("--demo", "on"), ("--demo-if-none", "auto")):
        # also accepted after the command (`pixrma report --demo`); same meaning as the global option
        demo.add_argument(
            flag, dest="demo_mode", action="store_const", const=const, default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    parser.set_defaults(func=run, warm_up=warm_up)


def _scan(args: argparse.Namespace, ctx: CliContext) -> ScanResult | None:
    """The cameras for the report: a fresh scan, or the last saved one with ``--from-last-scan`` (None when
    there is none)."""
    if args.from_last_scan:
        from pixrma_desktop.application.reporting import stored_scan

        return stored_scan(ctx.root)
    from pixrma_desktop.application.scanning import run_scan

    demo_mode = getattr(args, "demo_mode", None) or ctx.settings.cameras.demo
    print("Scanning for cameras …", file=ctx.err)
    return run_scan(ctx.root, with_gige_hosts(ctx.settings.cameras, args), demo_mode)


def _print_lines(lines: Sequence[str], ctx: CliContext) -> None:
    for line in lines:
        print(f"  {line}", file=ctx.out)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.reporting import report_evidence
    from pixrma_desktop.diagnostics.applog import log_event
    from pixrma_desktop.diagnostics.bundle import plan_bundle
    from pixrma_desktop.diagnostics.bundle_plan import BundleError
    from pixrma_desktop.diagnostics.bundle_zip import write_bundle

    out = Path(args.out).expanduser()
    if not args.dry_run and not out.parent.is_dir():
        print(f"error: the folder {out.parent} does not exist; create it or choose another --out.", file=ctx.err)
        return exit_codes.FAILED

    scan = _scan(args, ctx)
    if scan is None:
        print(
            "No saved scan: the bundle has no camera records. Run `pixrma scan`, or leave out --from-last-scan.",
            file=ctx.err,
        )
    elif not scan.cameras:
        print(
            "No camera found: the bundle has no camera records (the system report and logs still go in).", file=ctx.err
        )
    print("Collecting system facts and logs …", file=ctx.err)
    inputs = report_evidence(
        ctx.root,
        scan,
        added_files=[Path(p).expanduser() for p in args.add],
        window_hours=args.since,
        redact=not args.no_redact,
    )
    try:
        with plan_bundle(inputs) as plan:
            print("Would send:" if args.dry_run else "Going into the bundle:", file=ctx.out)
            _print_lines(plan.describe(), ctx)
            for log in inputs.os_logs:
                if log.status != "ok":
                    print(f"  system log not included ({log.status}): {log.message}", file=ctx.out)
            if args.dry_run:
                return exit_codes.OK
            manifest = write_bundle(plan, out)
    except BundleError as exc:
        print(f"error: {exc}", file=ctx.err)
        return exit_codes.FAILED
    except OSError as exc:
        print(f"error: could not write {out} ({exc.strerror}); choose another --out.", file=ctx.err)
        return exit_codes.FAILED
    log_event("report", files=len(manifest.files), bytes=manifest.zip_size, redacted=not args.no_redact)
    size_mib = manifest.zip_size / 1024 / 1024
    print(f"Wrote {manifest.path} ({size_mib:.1f} MiB, {len(manifest.files)} files).", file=ctx.out)
    print("Attach it to your support request; summary.txt inside is the page support reads first.", file=ctx.out)
    return exit_codes.OK
