"""The `pixrma` command: the GUI when no subcommand is given, else one of the subcommands.

Start-up stays light: this module and the command modules import nothing heavy at module level (no Qt,
harvesters, pyusb or requests); each command imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from pixrma_desktop import __version__
from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.commands.context import CliContext

COMMAND_MODULES: tuple[str, ...] = (
    "scan",
    "features",
    "check",
    "report",
    "draft",
    "outbox",
    "submit",
    "status",
    "conversation",
    "reply",
    "packing_slip",
    "config",
    "login",
)
"""Modules under ``pixrma_desktop.commands`` that register a subcommand, in help order."""


def _global_parser(*, exit_on_error: bool = True) -> argparse.ArgumentParser:
    """The options that come before any command (enough for starting the app)."""
    parser = argparse.ArgumentParser(
        exit_on_error=exit_on_error,
        prog="pixrma",
        description="Gather camera identity and evidence, and file RMA requests. Without a command: the app.",
    )
    parser.add_argument("--version", action="version", version=f"pixrma-desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep every file (settings, drafts, logs) below DIR instead of the user's folders (also $PIXRMA_DATA_DIR)",
    )
    demo = parser.add_mutually_exclusive_group()
    demo.add_argument(
        "--demo",
        dest="demo_mode",
        action="store_const",
        const="on",
        help="add the simulated demo cameras (three cameras from the genicam package)",
    )
    demo.add_argument(
        "--demo-if-none",
        dest="demo_mode",
        action="store_const",
        const="auto",
        help="add the demo cameras only when no real camera is found",
    )
    parser.add_argument(
        "--exit-after-start", action="store_true", help="GUI: quit as soon as the first window has been shown"
    )
    parser.set_defaults(command=None)
    return parser


def build_parser(commands: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The whole command line; with ``commands``, only those subcommands are registered (and imported)."""
    parser = _global_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands:
        importlib.import_module(f"pixrma_desktop.commands.{name}").register(subparsers)
    return parser


def _start_app_log(ctx: CliContext) -> None:
    """The app's own log (JSON lines, secrets scrubbed) in the log folder; a run without it is still a run."""
    from pixrma_desktop.diagnostics.applog import setup_logging

    try:
        setup_logging(ctx.paths)
    except OSError as exc:
        print(f"warning: cannot write the app log in {ctx.paths.log_dir} ({exc.strerror}).", file=ctx.err)


def _parse_args(argv: list[str]) -> argparse.Namespace:
    """Only what the line needs is imported: the app's start needs the global options alone, and a command
    line needs only its own command's module. Help, and lines that are not understood, get the full parser
    (every command in the usage and the help text)."""
    if {"-h", "--help"} & set(argv):
        return build_parser().parse_args(argv)
    try:
        args, rest = _global_parser(exit_on_error=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return build_parser().parse_args(argv)  # it reports the error, with the commands in its usage line
    if not rest:
        return args
    if rest[0].replace("-", "_") in COMMAND_MODULES:
        return build_parser((rest[0].replace("-", "_"),)).parse_args(argv)
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None, *, root_factory: Callable[[str | None], AppRoot] = AppRoot.build) -> int:
    """Run one command line. The root is built once from ``--data-dir``; tests pass a ``root_factory`` that
    builds it with fakes (e.g. ``functools.partial(AppRoot.build, backend_factory=...)``)."""
    if argv is None and sys.argv[1:2] == ["--vet-gentl-producer"]:  # the frozen app vetting a GenTL producer
        from pixrma_desktop.cameras.gentl.producers import vet_main

        return vet_main(sys.argv[2:])
    args = _parse_args(sys.argv[1:] if argv is None else list(argv))
    root = root_factory(args.data_dir)
    ctx = CliContext(root)
    if (warm_up := getattr(args, "warm_up", None)) is not None:
        warm_up(args, root.settings)  # e.g. a scan starts loading its camera libraries in the background
    if root.settings_problem:
        print(f"warning: {root.settings_problem}", file=ctx.err)
    _start_app_log(ctx)
    if args.command is None:
        from pixrma_desktop.ui.launch import run_gui

        return run_gui(args, root, ctx.err)
    try:
        code: int = args.func(args, ctx)
        ctx.out.flush()  # a reader that went away shows up here at the latest, not in the interpreter's exit
    except KeyboardInterrupt:
        print("Interrupted.", file=ctx.err)
        return 130
    except BrokenPipeError:
        return _stdout_closed()
    finally:
        root.close()
    return code


def _stdout_closed() -> int:
    """The reader of standard output went away (`pixrma … | head`): stop quietly, as a command ended by SIGPIPE.

    Standard output is pointed at the null device so that Python's own flush at exit has nowhere to fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it); nothing to redirect
        pass
    from pixrma_desktop.commands.exit_codes import STDOUT_CLOSED

    return STDOUT_CLOSED


if __name__ == "__main__":
    sys.exit(main())
