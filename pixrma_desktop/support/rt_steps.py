"""Request Tracker statuses mapped to the vendor's steps of a case.

The support ticket carries the case until support decides a return is needed; from then on the RMA ticket
(linked to it, in the RMA queue) tells where the camera is. Stock RT statuses are new / open / stalled /
resolved / rejected / deleted; vendors with their own lifecycle often name statuses after their steps
("quote pending", "repaired", "shipped"), so those words are recognised too.
"""

from __future__ import annotations

from pixrma_desktop.support.backend import CaseStep

CLOSED_STATUSES = frozenset({"resolved", "rejected", "deleted", "closed"})

QUOTE_NOTE = (
    "The camera is out of warranty: support sends a repair quote within 20 to 30 business days of receiving it."
)


def _by_word(status: str) -> CaseStep | None:
    if "quote" in status:
        return CaseStep.QUOTE_PENDING
    if "repair" in status or "ship" in status:
        return CaseStep.REPAIRED_SHIPPED
    if "remote" in status or "fix" in status:
        return CaseStep.REMOTE_FIX_PROPOSED
    return None


def support_step(status: str) -> CaseStep:
    status = status.strip().lower()
    if status in CLOSED_STATUSES:
        return CaseStep.CLOSED
    if word := _by_word(status):
        return word
    if status == "stalled":
        return CaseStep.REMOTE_FIX_PROPOSED  # support answered and waits for the user to try it
    if status in ("open", "review", "under review"):
        return CaseStep.UNDER_REVIEW
    return CaseStep.RECEIVED


def rma_step(rma_status: str, support_status: str) -> CaseStep:
    """The step once an RMA ticket exists (its status first, the support ticket's only to tell 'closed')."""
    rma_status = rma_status.strip().lower()
    if word := _by_word(rma_status):
        return word
    if rma_status == "stalled":
        return CaseStep.QUOTE_PENDING  # waiting for the customer: in an RMA that is the repair quote
    if rma_status in CLOSED_STATUSES:
        closed = support_status.strip().lower() in CLOSED_STATUSES
        return CaseStep.CLOSED if closed else CaseStep.REPAIRED_SHIPPED
    return CaseStep.RMA_ISSUED


def camera_received(rma_status: str) -> bool:
    """An RMA ticket status saying the returned camera has arrived (vendors name such a status themselves;
    stock RT has none, so this is only ever read from the ticket, never assumed)."""
    status = rma_status.strip().lower()
    return ("received" in status or "arrived" in status) and _by_word(status) is None


def step_detail(step: CaseStep, rma_number: str | None) -> str:
    rma = f"RMA number {rma_number}" if rma_number else "no RMA number yet"
    return {
        CaseStep.RECEIVED: "Support has received the request (no RMA number yet).",
        CaseStep.SENT_BY_EMAIL: "Sent by e-mail (no tracking): support's autoreply carries the ticket number.",
        CaseStep.UNDER_REVIEW: "Support is reviewing the request (no RMA number yet).",
        CaseStep.REMOTE_FIX_PROPOSED: "Support proposed a fix you can try without sending the camera back.",
        CaseStep.RMA_ISSUED: f"An RMA was issued ({rma}): follow its return instructions and mark the parcel with it.",
        CaseStep.QUOTE_PENDING: f"{rma}: {QUOTE_NOTE}",
        CaseStep.REPAIRED_SHIPPED: f"{rma}: the camera was repaired and shipped back.",
        CaseStep.CLOSED: f"The case is closed ({rma}).",
    }[step]
