"""`pixrma check`: scan, then look for what can be fixed on the spot before anyone files an RMA.

Prints each finding in plain words with what to do (or the documented JSON with ``--json``), stores the scan
and its findings as the last scan, and exits with NEEDS_ATTENTION when a finding is a problem.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from pixrma_desktop.cameras.gentl.preload import warm_up
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.gige_options import add_gige_host_option, with_gige_hosts

if TYPE_CHECKING:
    from pixrma_desktop.cameras.scan_result import ScanResult
    from pixrma_desktop.diagnostics.checks import SystemFacts
    from pixrma_desktop.diagnostics.finding import Finding

ScanFunction = Callable[[argparse.Namespace, CliContext], "ScanResult"]
FactsFunction = Callable[["ScanResult", CliContext], "SystemFacts"]
WIDTH = 100
LABELS = {"problem": "PROBLEM", "warning": "WARNING", "info": "NOTE"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="find camera problems that can be fixed on the spot, before filing an RMA",
        description=(
            "Scan for cameras, then check for the usual causes of a camera that seems broken: a USB 3 camera "
            "on a USB 2 port, no permission, another program holding the camera, a GigE camera on the wrong "
            "subnet or with the same address as another device, jumbo frames off, no camera software, older "
            "firmware than an identical camera, too little usbfs memory, cameras sharing a USB controller, USB "
            "autosuspend, a kernel driver holding a camera, a slow network link, a packet size above the MTU, a "
            "strict reverse-path filter, a firewall dropping GVCP, a broken GENICAM_GENTL64_PATH, and the "
            "Pixelink SDK's speed and firewall warnings (--list shows them all). Exit code 4 when something needs "
            "fixing."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print the scan and its findings as JSON")
    parser.add_argument(
        "--list", action="store_true", help="list every check (code, severity, what it checks) without scanning"
    )
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="give each probe at most this long")
    add_gige_host_option(parser)
    parser.set_defaults(func=run, warm_up=warm_up)


def default_scan(args: argparse.Namespace, ctx: CliContext) -> ScanResult:
    from pixrma_desktop.application.scanning import run_scan

    demo_mode = getattr(args, "demo_mode", None) or ctx.settings.cameras.demo
    settings = with_gige_hosts(ctx.settings.cameras, args)
    return run_scan(ctx.root, settings, demo_mode, timeout=getattr(args, "timeout", None))


def default_facts(result: ScanResult, ctx: CliContext) -> SystemFacts:
    from pixrma_desktop.application.scanning import system_facts

    return system_facts(ctx.root, result)


def run(
    args: argparse.Namespace,
    ctx: CliContext,
    scan_fn: ScanFunction | None = None,
    facts_fn: FactsFunction | None = None,
) -> int:
    from pixrma_desktop.application.scanning import check_result
    from pixrma_desktop.cameras.last_scan import scan_to_document
    from pixrma_desktop.diagnostics.finding import Severity

    if getattr(args, "list", False):
        return print_rule_list(ctx.out, as_json=getattr(args, "json", False))
    timeout = getattr(args, "timeout", None)
    if timeout is not None and timeout <= 0:
        print("--timeout must be more than 0 seconds.", file=ctx.err)
        return exit_codes.USAGE
    if not getattr(args, "json", False):
        print("Scanning for cameras …", file=ctx.err, flush=True)
    result = (scan_fn or default_scan)(args, ctx)
    _, findings, documents, keep_problem = check_result(ctx.root, result, (facts_fn or default_facts)(result, ctx))
    if keep_problem is not None:
        print(f"warning: could not store this scan in {ctx.paths.data_dir} ({keep_problem.strerror})", file=ctx.err)
    if getattr(args, "json", False):
        json.dump(scan_to_document(result, documents), ctx.out, indent=2)
        ctx.out.write("\n")
    else:
        print_report(result, findings, ctx.out)
    if any(f.severity == Severity.PROBLEM for f in findings):
        return exit_codes.NEEDS_ATTENTION
    if not result.cameras:
        return exit_codes.NOTHING_FOUND
    return exit_codes.OK


def print_rule_list(out: TextIO, *, as_json: bool) -> int:
    from pixrma_desktop.diagnostics.rule_list import RULE_LIST

    if as_json:
        json.dump([rule.to_dict() for rule in RULE_LIST], out, indent=2)
        out.write("\n")
        return exit_codes.OK
    width = max(len(str(rule.code)) for rule in RULE_LIST)
    for rule in RULE_LIST:
        out.write(f"{rule.code!s:<{width}}  {LABELS[str(rule.severity)]:<8} {rule.checks}\n")
    out.write(f"\n{len(RULE_LIST)} checks.\n")
    return exit_codes.OK


def _paragraph(text: str, indent: str, out: TextIO, first: str | None = None) -> None:
    lines = textwrap.wrap(text, WIDTH, initial_indent=first or indent, subsequent_indent=indent)
    out.write("\n".join(lines) + "\n")


def print_report(result: ScanResult, findings: list[Finding], out: TextIO) -> None:
    count = len(result.cameras)
    noun = "camera" if count == 1 else "cameras"
    out.write(f"Found {count} {noun} in {result.seconds:.1f} s.\n")
    for camera in result.cameras:
        out.write(f"  - {camera.display_name}\n")
        for note in camera.warnings:
            _paragraph(str(note), "      ", out, first="      ")
    if result.warnings:
        out.write("\nWhile scanning:\n")
        for warning in result.warnings:
            _paragraph(str(warning), "    ", out, first="  - ")
    out.write("\n")
    if not findings:
        out.write(
            "No problem found that can be fixed on the spot. If a camera still misbehaves, describe the problem "
            "in an RMA request: support decides whether it can be fixed remotely.\n"
        )
        return
    for finding in findings:
        label = LABELS.get(str(finding.severity), str(finding.severity).upper())
        _paragraph(finding.title, " " * 10, out, first=f"{label:<9} ")
        _paragraph(f"What to do: {finding.advice}", " " * 10, out)
        if finding.details:
            out.write(textwrap.indent(finding.details.rstrip("\n"), " " * 12) + "\n")
        out.write("\n")
    problems = sum(1 for f in findings if str(f.severity) == "problem")
    others = len(findings) - problems
    summary = f"{problems} problem{'s' if problems != 1 else ''}, {others} other finding{'s' if others != 1 else ''}."
    if problems:
        summary += " Fix the problems first: a camera sent back for one of these reasons usually works fine."
    _paragraph(summary, "", out)
