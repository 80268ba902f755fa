"""Running a few lines in a new interpreter: what a fresh `pixrma` process imports, unaffected by the tests'
own imports."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping


def fresh_python(code: str, *, env: Mapping[str, str] | None = None) -> str:
    """Run ``code`` with this interpreter in a new process; its standard output (the process must succeed)."""
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout
