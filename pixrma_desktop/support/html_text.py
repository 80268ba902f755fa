"""Mail written in HTML, made safe to show: plain text, and a small HTML subset with nothing that runs or loads.

Support's replies may be HTML. Shown as they are, they could run scripts, load remote images (which tell the
sender that and when the mail was read) or hide a link's real target behind friendly text. This reads the
HTML with the standard library's parser, which only tokenizes and never fetches anything, and keeps:

* text, with paragraphs, line breaks, list items and table cells as line structure;
* links as ``text <https://real.target>`` (the target written out, never hidden; ``javascript:`` and other
  unsafe targets dropped);
* images as ``[image: alt text]``: never their address, so nothing is loaded;
* nothing of ``script``, ``style``, ``iframe``, ``object``, forms and the like, not even their text.

The HTML subset (``SafeHtml.html``) has only attribute-less formatting tags (p, br, b, i, lists, tables,
pre, headings) with every piece of text escaped; a viewer showing it has nothing to fetch.

A library such as nh3 or bleach would keep more of the markup, but the app needs text first (for the command
line, notifications and search), links spelled out and no attributes at all; that is a small job for the
standard parser, with no new dependency to ship and keep up to date.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

DROPPED = frozenset(
    {
        "script", "style", "head", "title", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
        "template", "svg", "math", "canvas", "video", "audio", "form", "select", "textarea", "button", "link",
        "meta", "base",
    }
)  # fmt: skip
"""Elements whose content is never shown (the void ones among them simply vanish)."""

KEPT = frozenset(
    {
        "p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "pre", "code", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "td", "th", "hr",
    }
)  # fmt: skip
"""Formatting tags kept in the safe HTML, always without attributes."""

BLOCKS = frozenset(
    {"p", "div", "ul", "ol", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "hr", "section"}
)
VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "base", "col", "area", "source", "track", "wbr", "embed"})
SAFE_SCHEMES = ("http://", "https://", "mailto:", "ftp://")
MAX_TARGET = 2000


@dataclass(frozen=True)
class SafeHtml:
    text: str
    html: str


def link_target(href: str) -> str | None:
    """The link's target to show, or None when it is not a web or mail address (``javascript:``, ``data:``)."""
    target = "".join(ch for ch in href.strip() if ch.isprintable() and not ch.isspace())
    if not target or not target.lower().startswith(SAFE_SCHEMES):
        return None
    return target[:MAX_TARGET]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.html: list[str] = []
        self._dropping: list[str] = []
        self._pre = 0
        self._links: list[tuple[str | None, int]] = []
        self._lists: list[list[int]] = []

    # -- output helpers --------------------------------------------------------------------------------

    def _break(self, blank: bool = False) -> None:
        self.text.append("\n\n" if blank else "\n")

    def _words(self, data: str) -> None:
        if not self._pre:
            data = re.sub(r"\s+", " ", data)
        self.text.append(data)
        self.html.append(html.escape(data, quote=False))

    # -- parser callbacks ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropping:
            if tag in DROPPED and tag not in VOID:
                self._dropping.append(tag)
            return
        if tag in DROPPED:
            if tag not in VOID:
                self._dropping.append(tag)
            return
        values = {name: value or "" for name, value in attrs}
        if tag == "img":
            alt = " ".join(values.get("alt", "").split())
            self._words(f"[image: {alt}]" if alt else "[image]")
            return
        if tag == "a":
            self._links.append((link_target(values.get("href", "")), len(self.text)))
            return
        if tag == "pre":
            self._pre += 1
        if tag in ("ul", "ol"):
            self._lists.append([0 if tag == "ol" else -1])
        if tag == "li":
            self._break()
            counter = self._lists[-1] if self._lists else [-1]
            if counter[0] >= 0:
                counter[0] += 1
                self.text.append(f"{counter[0]}. ")
            else:
                self.text.append("- ")
        elif tag in ("td", "th"):
            self.text.append("\t")
        elif tag == "br":
            self._break()
        elif tag in BLOCKS:
            self._break(blank=tag in ("p", "pre", "blockquote", "table") or tag.startswith("h"))
        if tag in KEPT:
            self.html.append(f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            if tag == self._dropping[-1]:
                self._dropping.pop()
            return
        if tag in DROPPED or tag in VOID:
            return
        if tag == "a":
            if self._links:
                target, start = self._links.pop()
                shown = "".join(self.text[start:]).strip()
                if target and _same_target(shown, target):
                    return
                if target:
                    self._words(f" <{target}>")
            return
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        if tag in BLOCKS:
            self._break(blank=tag in ("p", "pre", "blockquote", "table") or tag.startswith("h"))
        if tag in KEPT:
            self.html.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self._words(data)


def _same_target(shown: str, target: str) -> bool:
    bare = target.removeprefix("mailto:")
    return shown in (target, bare)


def sanitize_html(source: str) -> SafeHtml:
    """The text and the safe HTML subset of a mail written in HTML."""
    reader = _Reader()
    reader.feed(source)
    reader.close()
    return SafeHtml(text=_tidy("".join(reader.text)), html="".join(reader.html).strip())


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [re.sub(r"^ (?=\S)", "", line) for line in lines]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return tidy.strip()
