"""Sending a submission exactly once, whatever happened to earlier attempts.

After an attempt whose outcome is unknown (the connection broke after the request left), the server may
hold a ticket for this submission already; then that ticket is adopted instead of filing a second one. The
outbox's sender decides when to try; this decides how.
"""

from __future__ import annotations

from pixrma_desktop.support.backend import Submission, SupportBackend, TicketRef


def send_once(backend: SupportBackend, submission: Submission, *, may_have_arrived: bool) -> TicketRef:
    """The ticket for ``submission``: the existing one if an earlier attempt arrived, else a new one.

    ``may_have_arrived`` is true when an earlier attempt failed with ``TransientError(uncertain=True)``; a
    further uncertain failure propagates, and the caller must keep ``may_have_arrived`` set for the next try.
    """
    if may_have_arrived and (existing := backend.find(submission.submission_id)) is not None:
        return existing
    return backend.create(submission)
