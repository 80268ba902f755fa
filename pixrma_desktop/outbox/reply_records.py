"""What the outbox hands out about replies to support: a stored reply (one row of ``replies``) and a lease."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from pixrma_desktop.support.backend import Attachment


class ReplyState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    NEEDS_ATTENTION = "needs-attention"


REPLY_STATE_LABELS = {
    ReplyState.QUEUED: "waiting to be sent",
    ReplyState.SENDING: "sending",
    ReplyState.SENT: "sent",
    ReplyState.NEEDS_ATTENTION: "needs your attention",
}


@dataclass(frozen=True)
class ReplyFile:
    path: str
    name: str
    content_type: str = "application/octet-stream"

    def attachment(self) -> Attachment:
        return Attachment(Path(self.path), self.name, self.content_type)


@dataclass(frozen=True)
class StoredReply:
    id: str
    """The reply id: written in the reply's footer, so the reply is found on the ticket after a lost answer."""
    request_id: str
    ticket: str
    """The ticket it answers (the support ticket or an RMA ticket), NOT an RMA number."""
    text: str
    files: tuple[ReplyFile, ...]
    state: ReplyState
    created_at: float
    updated_at: float
    sent_at: float | None
    attempts: int
    next_attempt_at: float
    last_error: str | None
    attention_message: str | None
    maybe_sent: bool
    """An earlier attempt may have reached the server: look the reply id up before sending again."""
    lease_owner: str | None
    lease_expires_at: float | None


REPLY_COLUMNS = (
    "id, request_id, ticket, text, files, state, created_at, updated_at, sent_at, attempts, next_attempt_at, "
    "last_error, attention_message, maybe_sent, lease_owner, lease_expires_at"
)


def files_json(files: tuple[ReplyFile, ...]) -> str:
    return json.dumps([{"path": f.path, "name": f.name, "content_type": f.content_type} for f in files])


def stored_reply(values: tuple[Any, ...]) -> StoredReply:
    v = list(values)
    v[4] = tuple(ReplyFile(str(f["path"]), str(f["name"]), str(f["content_type"])) for f in json.loads(v[4] or "[]"))
    v[5] = ReplyState(v[5])
    v[13] = bool(v[13])
    return StoredReply(*v)


@dataclass(frozen=True)
class ReplyLease:
    reply_id: str
    owner: str
    expires_at: float
    lookup_first: bool
    stored: StoredReply
