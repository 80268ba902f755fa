"""`pixrma scan`: list every attached camera (a table, or the documented JSON with --json)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from pixrma_desktop.cameras.gentl.preload import warm_up
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.commands.gige_options import add_gige_host_option, with_gige_hosts
from pixrma_desktop.notices.codes import IN_USE_CODES

if TYPE_CHECKING:
    from pixrma_desktop.cameras.record import CameraRecord
    from pixrma_desktop.cameras.scan_result import ScanEvent

COLUMNS = (("Model", 20), ("Serial", 16), ("Firmware", 12), ("Transport", 14), ("Link", 22))


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "scan",
        help="list the attached cameras",
        description="List every attached camera with serial number, model, firmware and link. The result is "
        "also kept as the latest scan, for drafts and reports.",
    )
    p.add_argument("--json", action="store_true", help="print the documented JSON document instead of a table")
    p.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="give each probe at most this long (default: the probe_timeout_s setting, 5 s)",
    )
    add_gige_host_option(p)
    demo = p.add_mutually_exclusive_group()
    for flag, const in (("--demo", "on"), ("--demo-if-none", "auto")):
        # also accepted after the command (`pixrma scan --demo`); same meaning as the global option
        demo.add_argument(
            flag, dest="demo_mode", action="store_const", const=const, default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    p.set_defaults(func=run, warm_up=warm_up)


def _cell(text: str | None, width: int) -> str:
    text = text or "-"
    return (text if len(text) <= width else text[: width - 1] + "…").ljust(width)


def _link(record: CameraRecord) -> str | None:
    if record.usb and record.usb.speed:
        where = f"USB {record.usb.bus}-{record.usb.port_path}" if record.usb.port_path else "USB"
        return f"{where} {record.usb.speed}"
    if record.network and record.network.ip:
        return record.network.ip
    return record.link_speed


def _transport(record: CameraRecord) -> str:
    text = str(record.transport)
    return f"{text} (demo)" if record.demo else text


def row(record: CameraRecord) -> str:
    model = record.model or record.vendor
    cells = (model, record.serial, record.firmware_version or record.device_version, _transport(record), _link(record))
    line = " ".join(_cell(value, width) for value, (_, width) in zip(cells, COLUMNS, strict=True)).rstrip()
    notes = ["in use by another program"] if record.in_use else []
    notes += [str(w) for w in record.warnings if not (record.in_use and w.code in IN_USE_CODES)]
    return line + "".join(f"\n    ! {note}" for note in notes)


def header() -> str:
    return " ".join(_cell(name, width) for name, width in COLUMNS).rstrip()


class _TablePrinter:
    """Prints each camera as soon as it is known; a camera that later gained details is printed again at the end."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.printed: dict[int, CameraRecord] = {}

    def __call__(self, event: ScanEvent) -> None:
        from pixrma_desktop.cameras.scan_result import CameraSeen

        if isinstance(event, CameraSeen) and event.new:
            if not self.printed:
                print(header(), file=self.out)
            self.printed[event.index] = event.record
            print(row(event.record), file=self.out, flush=True)

    def finish(self, cameras: tuple[CameraRecord, ...]) -> None:
        updated = [c for i, c in enumerate(cameras) if self.printed.get(i) not in (None, c)]
        if updated:
            print("\nMore details arrived for:", file=self.out)
            for record in updated:
                print(row(record), file=self.out)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from pixrma_desktop.application.scanning import scan_cameras
    from pixrma_desktop.cameras.last_scan import scan_to_document

    demo_mode = args.demo_mode or ctx.settings.cameras.demo
    if args.timeout is not None and args.timeout <= 0:
        print("--timeout must be more than 0 seconds.", file=ctx.err)
        return exit_codes.USAGE
    printer = None if args.json else _TablePrinter(ctx.out)
    settings = with_gige_hosts(ctx.settings.cameras, args)
    result, keep_problem = scan_cameras(ctx.root, settings, demo_mode, timeout=args.timeout, on_event=printer)
    if keep_problem is not None:
        print(f"warning: could not keep this scan in {ctx.paths.data_dir} ({keep_problem.strerror}).", file=ctx.err)
    if args.json:
        json.dump(scan_to_document(result), ctx.out, indent=2)
        ctx.out.write("\n")
    else:
        assert printer is not None
        printer.finish(result.cameras)
        if not result.cameras:
            print("No camera found.", file=ctx.out)
            if demo_mode == "off":
                print("Try `pixrma --demo scan` to see what a scan shows.", file=ctx.out)
        for warning in result.warnings:
            print(f"warning: {warning}", file=ctx.err)
    return exit_codes.OK if result.cameras else exit_codes.NOTHING_FOUND
