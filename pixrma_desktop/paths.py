"""Where the app keeps its state: the platform's folders, or one folder given with --data-dir.

With ``--data-dir DIR`` every file the app writes (settings, drafts, logs, caches) lives below DIR, so tests
and demos never touch the user's real drafts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pixrma_desktop import APP_NAME

ENV_DATA_DIR = "PIXRMA_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def outbox_db(self) -> Path:
        return self.data_dir / "outbox.sqlite3"

    def ensure(self) -> AppPaths:
        """Create the folders, private to the user (0700 on POSIX)."""
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders for this run: ``data_dir`` (or $PIXRMA_DATA_DIR) if given, else the platform's."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(root / "config", root / "data", root / "logs", root / "cache")
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return AppPaths(
        Path(dirs.user_config_dir), Path(dirs.user_data_dir), Path(dirs.user_log_dir), Path(dirs.user_cache_dir)
    )
