#!/usr/bin/env python3
"""Keep the app's translations in step with the code.

    python3 installer/translations.py update    # collect every tr() string into resources/translations/*.ts
    python3 installer/translations.py release   # compile the .ts files into the .qm files the app loads

Uses Qt's own lupdate / lrelease as shipped with PySide6 (pyside6-lupdate, pyside6-lrelease). Translate the
.ts files with Qt Linguist (pyside6-linguist) or any .ts editor, then run `release` and commit both.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "pixrma_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """The PySide6 wrapper next to this Python (a venv's bin/), else one on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install PySide6-Essentials) into this Python's environment")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"pixrma_{language}.ts"


NOTICES = [
    ROOT / "pixrma_desktop" / "notices" / name for name in ("warning_texts.py", "finding_texts.py", "snapshot_texts.py")
]
"""The English words of every warning and finding code, marked for lupdate (the app translates them)."""


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in [*sorted(SOURCES.rglob("*.py")), *NOTICES]]


def update(ts_files: list[Path] | None = None) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for ts in ts_files or [ts_file(lang) for lang in LANGUAGES]:
        language = ts.stem.split("_", 1)[1]
        # English is the source language: its file holds only the plural forms ("1 request" / "2 requests").
        only_plurals = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
             *only_plurals, *sources(), "-ts", str(ts)],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        for language in LANGUAGES:
            release(ts_file(language), ts_file(language).with_suffix(".qm"))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
