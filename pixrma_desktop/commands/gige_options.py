"""The `--gige-host ADDR` option that `pixrma scan` and `pixrma check` share."""

from __future__ import annotations

import argparse
import dataclasses

from pixrma_desktop.settings import CameraSettings


def add_gige_host_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--gige-host",
        dest="gige_hosts",
        action="append",
        default=[],
        metavar="ADDR",
        help="also ask the GigE Vision camera at ADDR directly, besides the broadcast search (repeatable)",
    )


def with_gige_hosts(settings: CameraSettings, args: argparse.Namespace) -> CameraSettings:
    """The camera settings plus the addresses given on the command line (the saved settings are unchanged)."""
    extra = [host for host in getattr(args, "gige_hosts", None) or () if host not in settings.gige_hosts]
    return dataclasses.replace(settings, gige_hosts=[*settings.gige_hosts, *extra]) if extra else settings
