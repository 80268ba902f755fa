"""How the conversation reads in the app: the thread as rich text that cannot load anything, and the labels
of authors and timeline stages in the user's language.

The thread is written from each item's plain text (support's HTML mail is already text there, each link
written as ``text <real target>``), escaped, so nothing support sent can become markup. ``SafeTextBrowser``
shows it: it opens no link and loads no resource, local or remote.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from pixrma_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from pixrma_desktop.application.conversation import ThreadView
    from pixrma_desktop.support.thread import ThreadItem
    from pixrma_desktop.support.timeline import Stage


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that never follows a link and never loads an image or any other resource."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.loads: list[str] = []
        """Every resource something asked for (and did not get), for tests."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        self.loads.append(name.toString() if isinstance(name, QUrl) else str(name))
        return None


def author_label(author: str) -> str:
    return {
        "you": translate("ConversationText", "You"),
        "support": translate("ConversationText", "Support"),
        "system": translate("ConversationText", "Support system"),
    }.get(author, author)


def stage_label(stage: Stage) -> str:
    """The timeline stage in the vendor's words."""
    from pixrma_desktop.support.timeline import Stage

    return {
        Stage.RECEIVED: translate("ConversationText", "Received"),
        Stage.LOOKED_AT: translate("ConversationText", "Being looked at by support"),
        Stage.REMOTE_FIX: translate("ConversationText", "Remote fix suggested"),
        Stage.RMA_ISSUED: translate("ConversationText", "RMA issued"),
        Stage.CAMERA_RECEIVED: translate("ConversationText", "Camera received"),
        Stage.QUOTE_OR_REPAIR: translate("ConversationText", "Quote / in repair"),
        Stage.SHIPPED_BACK: translate("ConversationText", "Shipped back"),
    }[stage]


def local_time(iso: str) -> str:
    """``2026-12-04T15:37:38Z`` as local ``2026-12-04 16:37``; the text as it is when it is no such time."""
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    if size < 1024:
        return translate("ConversationText", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return translate("ConversationText", "{n} KB").format(n=f"{size / 1024:.1f}")
    return translate("ConversationText", "{n} MB").format(n=f"{size / 1048576:.1f}")


def _item_html(item: ThreadItem) -> str:
    who = author_label(str(item.author))
    if item.author_name and str(item.author) != "you":
        who += f" ({item.author_name})"
    head = translate("ConversationText", "{who} · {time} · ticket #{ticket}").format(
        who=who, time=local_time(item.time), ticket=item.ticket
    )
    colour = {"you": "#2a6f2a", "support": "#1f4f8f"}.get(str(item.author), "#666666")
    body = html.escape(item.text).replace("\n", "<br>")
    files = "".join(
        "<br><i>"
        + html.escape(
            translate("ConversationText", "File: {name} ({size})").format(name=a.name, size=size_text(a.size))
        )
        + "</i>"
        for a in item.attachments
    )
    return (
        f"<p style='margin-top:12px; margin-bottom:2px; color:{colour}'><b>{html.escape(head)}</b></p>"
        f"<p style='margin-top:0px'>{body}{files}</p>"
    )


def thread_html(view: ThreadView) -> str:
    """The whole thread, oldest first, then the replies still waiting to be sent."""
    from pixrma_desktop.outbox.reply_records import ReplyState

    parts = [_item_html(item) for item in view.conversation.items]
    if not parts:
        parts.append(
            "<p><i>"
            + html.escape(
                translate(
                    "ConversationText",
                    "Nothing read from the support server yet. Replies show here once the app has checked.",
                )
            )
            + "</i></p>"
        )
    for reply in view.replies:
        if reply.state is ReplyState.SENT:
            continue
        state = {
            ReplyState.QUEUED: translate("ConversationText", "waiting to be sent"),
            ReplyState.SENDING: translate("ConversationText", "sending"),
            ReplyState.NEEDS_ATTENTION: translate("ConversationText", "not sent: {problem}").format(
                problem=reply.attention_message or ""
            ),
        }[reply.state]
        head = translate("ConversationText", "Your reply ({state})").format(state=state)
        body = html.escape(reply.text).replace("\n", "<br>")
        parts.append(
            f"<p style='margin-top:12px; margin-bottom:2px; color:#666666'><b>{html.escape(head)}</b></p>"
            f"<p style='margin-top:0px; color:#666666'>{body}</p>"
        )
    return "".join(parts)
