"""Warnings and findings in the user's language: each code's template looked up in the loaded Qt translation.

The English templates live in ``pixrma_desktop/notices/warning_texts.py`` and ``finding_texts.py``, marked for
Qt's lupdate under the "Notices" context (``installer/translations.py`` reads those files too), so a code's
English and its French are never two copies of the same sentence to keep in step. Parameters are filled in
after the lookup.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the first window shows warnings before any camera code is loaded
    from pixrma_desktop.cameras.probe import ScanWarning
    from pixrma_desktop.diagnostics.finding import Finding
    from pixrma_desktop.notices.codes import Code
    from pixrma_desktop.notices.notice import Notice, Param


def _english() -> ModuleType:
    """The templates, loaded with the first warning shown (the first window has none to show)."""
    from pixrma_desktop.notices import english

    return english


def _translated(template: str) -> str:
    return QCoreApplication.translate(_english().CONTEXT, template)


def message(code: Code, args: Iterable[tuple[str, Param]] = ()) -> str:
    english = _english()
    return str(english.fill(_translated(english.TEMPLATES[code].text), args))


def hint(code: Code, args: Iterable[tuple[str, Param]] = ()) -> str | None:
    english = _english()
    template = english.TEMPLATES[code].hint
    return (english.fill(_translated(template), args) or None) if template is not None else None


def notice_text(notice: Notice) -> str:
    """A camera's warning, in one line."""
    return message(notice.code, notice.args)


def warning_text(warning: ScanWarning) -> str:
    """A scan warning and, on the next line, what to do about it."""
    what, then = message(warning.code, warning.notice.args), hint(warning.code, warning.notice.args)
    return f"{what}\n→ {then}" if then else what


def finding_title(finding: Finding) -> str:
    return finding.saved_title or message(finding.code, finding.args)


def finding_advice(finding: Finding) -> str:
    if finding.saved_title:
        return ""
    if finding.advice_code is not None:
        return message(finding.advice_code, finding.args)
    return hint(finding.code, finding.args) or ""
