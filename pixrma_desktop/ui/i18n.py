"""``translate(context, text)``: Qt's translation lookup, under the name Qt's lupdate looks for.

Use it where there is no QObject to call ``self.tr`` on (models, plain functions). Always pass string literals,
so ``installer/translations.py update`` finds every visible string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
