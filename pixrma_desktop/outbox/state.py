"""Where a request stands in the outbox, and how the support system's case steps map onto it."""

from __future__ import annotations

from enum import StrEnum

from pixrma_desktop.support.backend import CaseStep


class RequestState(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SUBMITTED = "submitted"
    REMOTE_FIX_PROPOSED = "remote-fix-proposed"
    RMA_ISSUED = "rma-issued"
    CLOSED = "closed"
    NEEDS_ATTENTION = "needs-attention"


EDITABLE_STATES = frozenset({RequestState.DRAFT, RequestState.NEEDS_ATTENTION})
FILED_STATES = frozenset(
    {RequestState.SUBMITTED, RequestState.REMOTE_FIX_PROPOSED, RequestState.RMA_ISSUED, RequestState.CLOSED}
)

STATE_LABELS = {
    RequestState.DRAFT: "draft",
    RequestState.QUEUED: "waiting to be sent",
    RequestState.SENDING: "sending",
    RequestState.SUBMITTED: "submitted",
    RequestState.REMOTE_FIX_PROPOSED: "remote fix proposed",
    RequestState.RMA_ISSUED: "RMA issued",
    RequestState.CLOSED: "closed",
    RequestState.NEEDS_ATTENTION: "needs your attention",
}

STEP_STATES = {
    CaseStep.RECEIVED: RequestState.SUBMITTED,
    CaseStep.SENT_BY_EMAIL: RequestState.SUBMITTED,
    CaseStep.UNDER_REVIEW: RequestState.SUBMITTED,
    CaseStep.REMOTE_FIX_PROPOSED: RequestState.REMOTE_FIX_PROPOSED,
    CaseStep.RMA_ISSUED: RequestState.RMA_ISSUED,
    CaseStep.QUOTE_PENDING: RequestState.RMA_ISSUED,
    CaseStep.REPAIRED_SHIPPED: RequestState.RMA_ISSUED,
    CaseStep.CLOSED: RequestState.CLOSED,
}


def state_label(state: RequestState, case_step: str | None = None) -> str:
    """``STATE_LABELS``, except that a request sent by e-mail says so: nothing tracks it after it left."""
    if state is RequestState.SUBMITTED and case_step == CaseStep.SENT_BY_EMAIL:
        return "sent by e-mail (no tracking)"
    return STATE_LABELS[state]
