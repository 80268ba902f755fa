#!/usr/bin/env python3
"""Render the sidebar's page icons (resources/icons/pages/*.svg) to PNG at 1x and 2x.

    QT_QPA_PLATFORM=offscreen python3 installer/render_page_icons.py

The app loads the PNGs, not the SVGs: that keeps Qt's SVG module (several MiB) off the start-up path. The
rendered files are committed; run this again only after changing an SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "resources" / "icons" / "pages"
SIZE = 24


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for svg in sorted(PAGES.glob("*.svg")):
        renderer = QSvgRenderer(str(svg))
        for scale, suffix in ((1, ""), (2, "@2x")):
            image = QImage(QSize(SIZE * scale, SIZE * scale), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            out = svg.with_name(f"{svg.stem}{suffix}.png")
            image.save(str(out))
            print(out.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
