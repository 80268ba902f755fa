"""What the Request page does with the duplicate guard: look again whenever a camera joins the request (scanned,
typed in, or in a request opened from elsewhere) and say so in a note; on Submit, show the duplicate dialog and
follow the user's choice (open that request, write to it as a reply, or file anyway with a reason).

Kept apart from ``pages/request.py`` so the page holds the form; this module holds the choices.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QWidget

from pixrma_desktop.application.duplicate_guard import DuplicateCheck, find_duplicates
from pixrma_desktop.outbox.duplicates import DuplicateMatch
from pixrma_desktop.ui.duplicate_dialog import DuplicateDialog
from pixrma_desktop.ui.i18n import translate
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
        self.note = QLabel()
        self.note.setObjectName("duplicateNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.note.linkActivated.connect(lambda _href: self.show_found())
        self._watched: tuple[str, frozenset[str]] = ("", frozenset())
        self.found: DuplicateCheck | None = None
        """What the last look found for the request in the form (None: nothing found)."""
        self._request: RmaRequest | None = None

    def show_problem(self, text: str) -> None:
        self.note.setText(html.escape(text))
        self.note.setVisible(True)

    def watch(self, request: RmaRequest) -> None:
        """Look for other open requests naming the request's cameras, again only when they changed."""
        serials = frozenset("".join(c.serial.split()).upper() for c in request.cameras if c.serial.strip())
        self._request = request
        if self._watched == (request.id, serials):
            return
        self._watched = (request.id, serials)
        self.found = None
        self.note.setVisible(False)
        if not serials:
            return
        online = self.service.network.maybe_online
        look = partial(find_duplicates, online=online)
        wanted = [c.serial for c in request.cameras]
        self.service.run(
            "duplicates", look, wanted, request.id, returned=partial(self._on_found, request.id, serials), refresh=False
        )

    def _on_found(self, request_id: str, serials: frozenset[str], check: DuplicateCheck) -> None:
        if self._watched != (request_id, serials):
            return  # the cameras changed meanwhile; a newer look is on its way
        self.found = check if check.found else None
        if self.found is None:
            self.note.setVisible(False)
            return
        named = ", ".join(dict.fromkeys(s for m in check.matches for s in m.serials))
        self.note.setText(
            translate(
                "RequestPage",
                "Already in {count} other open request(s): {serials}. Support asks for one report per camera "
                '— <a href="#duplicates">see which</a>.',
            ).format(count=len(check.matches), serials=named)
        )
        self.note.setVisible(True)

    def show_found(self) -> DuplicateDialog | None:
        if self.found is None or self._request is None:
            return None
        return self.show(self.found, self._request)

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

    def replies_in_app(self, match: DuplicateMatch) -> bool:
        """A sent request of this computer on RT: the reply goes onto its ticket through the app."""
        from pixrma_desktop.outbox.state import FILED_STATES

        by_email = self.service.root.settings.support.backend == "smtp"
        return not by_email and bool(match.request_id) and match.state in {str(s) for s in FILED_STATES}

    def reply(self, match: DuplicateMatch, request: RmaRequest) -> None:
        """A reply on that request's ticket through the app (RT, a sent request of this computer); by e-mail or
        for a ticket known only from the server: an e-mail to support with the ticket number in the subject."""
        from pixrma_desktop.application.case_status import reply_inquiry

        if not match.ticket_number:
            return
        if match.request_id and self.replies_in_app(match):
            from pixrma_desktop.application.conversation import add_as_reply

            offline = not self.service.network.maybe_online
            target = match.request_id
            self.service.run(
                "duplicate-reply",
                partial(add_as_reply, ticket=match.ticket_number, offline=offline),
                target,
                request,
                returned=lambda _outcome: self.open_local(target),
                errored=lambda exc: self.show_problem(str(exc)),
            )
            return
        email = reply_inquiry(self.service.root, match.ticket_number, request, rma_number=match.rma_number)
        self.inquiry = ask_support(self.page, email, self.open_url)
