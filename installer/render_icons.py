#!/usr/bin/env python3
"""Render the app icon's PNG sizes and the Windows .ico from resources/icons/pixrma.svg.

    python3 installer/render_icons.py

Needs rsvg-convert (Debian: librsvg2-bin) and icotool (Debian: icoutils). The rendered files are committed, so
building the app does not need these tools; run this again only after changing the SVG.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "pixrma.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def png_path(size: int) -> Path:
    return ICONS / f"pixrma-{size}.png"


def render() -> None:
    for tool, package in (("rsvg-convert", "librsvg2-bin"), ("icotool", "icoutils")):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: install it (Debian: apt-get install {package})")
    for size in PNG_SIZES:
        subprocess.run(
            ["rsvg-convert", "--width", str(size), "--height", str(size), str(SVG), "-o", str(png_path(size))],
            check=True,
        )
    # 256 px goes in as PNG (the way Windows Vista and later expect it), the small sizes as bitmaps.
    small = [str(png_path(size)) for size in ICO_SIZES if size < 256]
    subprocess.run(
        ["icotool", "--create", "-o", str(ICONS / "pixrma.ico"), *small, "--raw", str(png_path(256))], check=True
    )
    print(f"rendered {len(PNG_SIZES)} PNG sizes and pixrma.ico into {ICONS.relative_to(ROOT)}")


if __name__ == "__main__":
    render()
