"""What every subcommand gets: the resolved folders, the settings, and where to print."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from pixrma_desktop.paths import AppPaths
from pixrma_desktop.settings import Settings


@dataclass
class CliContext:
    paths: AppPaths
    settings: Settings
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
