"""What every subcommand gets: the application's composition root, and where to print."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.paths import AppPaths
from pixrma_desktop.settings import Settings


@dataclass
class CliContext:
    root: AppRoot
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    @property
    def paths(self) -> AppPaths:
        return self.root.paths

    @property
    def settings(self) -> Settings:
        return self.root.settings
