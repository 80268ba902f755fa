"""Writing a file that only the user may read, atomically: a crash leaves the old file or the new one."""

from __future__ import annotations

import os
from pathlib import Path


def write_private_text(path: Path, text: str, *, durable: bool = True) -> Path:
    """Write ``text`` to ``path`` (0600 on POSIX; its folder 0700 when created) via a temp file and a rename.

    ``durable``: flushed to the disk before the rename, so a power cut leaves the old file or the new one.
    False for files that are only a convenience to keep (one fsync fewer on the way out of a command)."""
    import tempfile  # not at module level: settings import this on every start-up

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)  # mkstemp creates 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
