"""A request's status timeline in the vendor's words, read from its tickets' statuses and queues.

received → being looked at by support → remote fix suggested → RMA issued → camera received → quote / in
repair → shipped back. A stage is marked only when a ticket shows it (a status change, or an RMA ticket
existing); nothing is inferred from time passing or from later stages. Status words are read by
``support.rt_steps``, as for the outbox's case step.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pixrma_desktop.support.backend import CaseStep
from pixrma_desktop.support.rt_steps import camera_received, rma_step, support_step
from pixrma_desktop.support.thread import Author, Conversation, ItemKind


class Stage(StrEnum):
    RECEIVED = "received"
    LOOKED_AT = "being looked at by support"
    REMOTE_FIX = "remote fix suggested"
    RMA_ISSUED = "RMA issued"
    CAMERA_RECEIVED = "camera received"
    QUOTE_OR_REPAIR = "quote / in repair"
    SHIPPED_BACK = "shipped back"


ORDER = tuple(Stage)

_SUPPORT_STAGES = {
    CaseStep.UNDER_REVIEW: Stage.LOOKED_AT,
    CaseStep.REMOTE_FIX_PROPOSED: Stage.REMOTE_FIX,
}
_RMA_STAGES = {
    CaseStep.QUOTE_PENDING: Stage.QUOTE_OR_REPAIR,
    CaseStep.REPAIRED_SHIPPED: Stage.SHIPPED_BACK,
}


@dataclass(frozen=True)
class TimelineEntry:
    stage: Stage
    reached_at: str | None
    """When a ticket first showed it (ISO 8601), or None when no ticket shows it (yet)."""

    @property
    def reached(self) -> bool:
        return self.reached_at is not None


@dataclass(frozen=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]

    @property
    def current(self) -> Stage | None:
        """The furthest stage a ticket shows."""
        reached = [e.stage for e in self.entries if e.reached]
        return max(reached, key=ORDER.index) if reached else None


def timeline(conversation: Conversation, support_ticket: str, rma_queue: str = "RMA") -> Timeline:
    reached: dict[Stage, str] = {}

    def mark(stage: Stage, when: str) -> None:
        if stage not in reached or when < reached[stage]:
            reached[stage] = when

    for item in conversation.items:
        if item.kind is ItemKind.CREATED:
            if item.ticket == support_ticket:
                mark(Stage.RECEIVED, item.time)
            elif conversation.tickets.get(item.ticket, "").lower() == rma_queue.lower():
                mark(Stage.RMA_ISSUED, item.time)
    for change in conversation.statuses:
        is_rma = conversation.tickets.get(change.ticket, change.queue).lower() == rma_queue.lower()
        if is_rma:
            mark(Stage.RMA_ISSUED, change.time)
            if camera_received(change.new):
                mark(Stage.CAMERA_RECEIVED, change.time)
            elif stage := _RMA_STAGES.get(rma_step(change.new, "")):
                mark(stage, change.time)
        elif change.ticket == support_ticket:
            mark(Stage.RECEIVED, min(change.time, reached.get(Stage.RECEIVED, change.time)))
            if stage := _SUPPORT_STAGES.get(support_step(change.new)):
                mark(stage, change.time)
    for ticket, queue in conversation.tickets.items():
        if queue.lower() == rma_queue.lower() and Stage.RMA_ISSUED not in reached:
            mark(Stage.RMA_ISSUED, min((i.time for i in conversation.items if i.ticket == ticket), default=""))
    return Timeline(tuple(TimelineEntry(stage, reached.get(stage)) for stage in ORDER))


@dataclass(frozen=True)
class ReturnInstructions:
    rma_number: str
    """The RMA ticket's number: the number to write on the parcel."""
    texts: tuple[str, ...]
    """Support's messages on the RMA ticket, as they were written."""


def return_instructions(conversation: Conversation, rma_queue: str = "RMA") -> list[ReturnInstructions]:
    """For every RMA ticket of the request, support's messages on it (the return instructions), oldest first."""
    found: list[ReturnInstructions] = []
    for ticket, queue in sorted(conversation.tickets.items(), key=lambda pair: int(pair[0])):
        if queue.lower() != rma_queue.lower():
            continue
        texts = tuple(
            i.text
            for i in conversation.items
            if i.ticket == ticket and i.author is Author.SUPPORT and i.kind is not ItemKind.STATUS and i.text
        )
        found.append(ReturnInstructions(ticket, texts))
    return found
