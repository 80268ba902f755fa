"""What the Request page does with the duplicate guard's answer: show the duplicate dialog and follow the
user's choice (open that request, write to it as a reply, or file anyway with a reason).

Kept apart from ``pages/request.py`` so the page holds the form; this module holds the choices.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from pixrma_desktop.application.duplicate_guard import DuplicateCheck
from pixrma_desktop.outbox.duplicates import DuplicateMatch
from pixrma_desktop.ui.duplicate_dialog import DuplicateDialog
from pixrma_desktop.ui.inquiry_dialog import UrlOpener, ask_support

if TYPE_CHECKING:
    from pixrma_desktop.rma.request import RmaRequest
    from pixrma_desktop.ui.outbox_service import OutboxService


class DuplicateChoices:
    """Shows the dialog for one refused submit and carries out the choice."""

    def __init__(
        self,
        page: QWidget,
        service: OutboxService,
        open_url: UrlOpener,
        *,
        open_local: Callable[[str], None],
        file_anyway: Callable[[RmaRequest, str], object],
    ) -> None:
        self.page = page
        self.service = service
        self.open_url = open_url
        self.open_local = open_local
        """Open a request of this computer (the form for a draft, the Outbox page for a sent one)."""
        self._file_anyway = file_anyway
        self.dialog: DuplicateDialog | None = None
        self.inquiry: QWidget | None = None

    def show(self, check: DuplicateCheck, request: RmaRequest) -> DuplicateDialog:
        dialog = DuplicateDialog(check, self.page)
        dialog.open_requested.connect(self.open_match)
        dialog.reply_requested.connect(lambda match: self.reply(match, request))
        dialog.file_anyway.connect(lambda reason: self._file_anyway(request, reason))
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_match(self, match: DuplicateMatch) -> None:
        if match.request_id:
            self.open_local(match.request_id)
            return
        if match.ticket_number:
            from pixrma_desktop.application.server_learning import ticket_link

            link = ticket_link(self.service.root, match.ticket_number)
            if link:
                self.open_url(QUrl(link))

    def reply(self, match: DuplicateMatch, request: RmaRequest) -> None:
        """Until the app can reply in a ticket: an e-mail to support with the ticket number in the subject."""
        from pixrma_desktop.application.case_status import reply_inquiry

        if not match.ticket_number:
            return
        email = reply_inquiry(self.service.root, match.ticket_number, request, rma_number=match.rma_number)
        self.inquiry = ask_support(self.page, email, self.open_url)
