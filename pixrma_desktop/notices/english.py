"""The English words for every code: a message (a finding's title) and an optional hint (a finding's advice).

The command line, the support bundle and the request to support use these texts. The templates live in
``warning_texts``, ``finding_texts`` and ``snapshot_texts``; the app shows them translated:
``installer/translations.py`` has Qt's lupdate read those files (``template.QT_TRANSLATE_NOOP`` has the name
lupdate looks for), and ``ui/notice_text.py`` looks each template up in the loaded translation. Templates
name their parameters as ``{name}``, without format specs, so a translation can reorder them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.finding_texts import FINDINGS
from pixrma_desktop.notices.snapshot_texts import SNAPSHOTS
from pixrma_desktop.notices.template import CONTEXT, Template
from pixrma_desktop.notices.warning_texts import WARNINGS

__all__ = ["CONTEXT", "TEMPLATES", "Template", "fill", "hint", "text"]

TEMPLATES: dict[Code, Template] = {
    **WARNINGS,
    **FINDINGS,
    **SNAPSHOTS,
}


class _Missing(dict[str, object]):
    """Leaves a parameter the data lacks visible as ``{name}`` instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, object] | Iterable[tuple[str, object]]) -> str:
    """``template`` with its ``{name}`` fields replaced by the parameters' values."""
    try:
        return template.format_map(_Missing(params))
    except (ValueError, IndexError, AttributeError):
        return template  # a damaged template (a translation's typo) shows as written, never a traceback


def text(code: Code, params: Mapping[str, object] | Iterable[tuple[str, object]] = ()) -> str:
    return fill(TEMPLATES[code].text, params)


def hint(code: Code, params: Mapping[str, object] | Iterable[tuple[str, object]] = ()) -> str | None:
    """The hint (a finding's advice), or None when the code has none or it comes out empty."""
    template = TEMPLATES[code].hint
    return (fill(template, params) or None) if template is not None else None
