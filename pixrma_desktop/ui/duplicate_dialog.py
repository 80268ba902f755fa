"""The duplicate dialog: other open requests already name a camera of this request. What was found (ticket and
RMA numbers, state, date), and three ways on: open that request; add this as a reply to it (until the app can
reply in a ticket, as an e-mail to support with the ticket number in the subject); or file a new request
anyway, with a reason that goes into the report.

The search itself is the application's ``duplicate_guard``; this dialog only shows its result and says what
the user chose (one of three signals).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.application.duplicate_guard import DuplicateCheck
from pixrma_desktop.outbox.duplicates import DuplicateMatch
from pixrma_desktop.outbox.state import RequestState
from pixrma_desktop.ui.i18n import translate


def state_word(state: str) -> str:
    """An outbox state in the user's language (a server's status word stays as the server wrote it)."""
    words = {
        str(RequestState.DRAFT): translate("DuplicateDialog", "draft"),
        str(RequestState.QUEUED): translate("DuplicateDialog", "waiting to be sent"),
        str(RequestState.SENDING): translate("DuplicateDialog", "being sent"),
        str(RequestState.SUBMITTED): translate("DuplicateDialog", "sent"),
        str(RequestState.REMOTE_FIX_PROPOSED): translate("DuplicateDialog", "fix proposed"),
        str(RequestState.RMA_ISSUED): translate("DuplicateDialog", "RMA issued"),
        str(RequestState.NEEDS_ATTENTION): translate("DuplicateDialog", "needs your attention"),
    }
    return words.get(state, state)


class DuplicateDialog(QDialog):
    open_requested = Signal(object)
    """Open that request (a ``DuplicateMatch``): the local request, or the ticket on the support site."""
    reply_requested = Signal(object)
    """Add what this request says to that one (a ``DuplicateMatch`` with a ticket number)."""
    file_anyway = Signal(str)
    """File this request anyway: the reason for the report."""

    def __init__(self, check: DuplicateCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("This camera is already in an open request"))
        self.check = check
        serials = ", ".join(dict.fromkeys(s for m in check.matches for s in m.serials))
        intro = QLabel(
            self.tr(
                "Support asks for one report for all affected cameras. These open requests already name {serials}:"
            ).format(serials=serials)
        )
        intro.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setObjectName("duplicateMatches")
        for match in check.matches:
            item = QListWidgetItem(self.describe(match))
            item.setData(Qt.ItemDataRole.UserRole, match)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.matches, 1)
        if check.server_problem:
            note = QLabel(
                self.tr("The support server was not searched: {problem}").format(problem=check.server_problem)
            )
            note.setObjectName("duplicateServerNote")
            note.setWordWrap(True)
            layout.addWidget(note)

        self.open_button = QPushButton(self.tr("&Open that request"))
        self.open_button.setObjectName("openDuplicate")
        self.reply_button = QPushButton(self.tr("Add this as a &reply to it…"))
        self.reply_button.setObjectName("replyToDuplicate")
        self.reply_button.setToolTip(
            self.tr("Writes to support about that ticket (its number in the subject), with this request's cameras.")
        )
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.reply_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.reason = QLineEdit()
        self.reason.setObjectName("fileAnywayReason")
        self.reason.setPlaceholderText(self.tr("Why a new request? e.g. a second, different failure"))
        self.file_button = QPushButton(self.tr("&File a new request anyway"))
        self.file_button.setObjectName("fileAnyway")
        self.file_button.setEnabled(False)
        anyway = QHBoxLayout()
        anyway.addWidget(self.reason, 1)
        anyway.addWidget(self.file_button)
        layout.addWidget(QLabel(self.tr("Or file a new request; the reason goes into the report for support:")))
        layout.addLayout(anyway)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelDuplicate")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        layout.addLayout(bottom)

        self.reason.textChanged.connect(lambda text: self.file_button.setEnabled(bool(text.strip())))
        self.matches.currentRowChanged.connect(lambda _row: self._update())
        self.open_button.clicked.connect(self._open)
        self.reply_button.clicked.connect(self._reply)
        self.file_button.clicked.connect(self._file)
        cancel.clicked.connect(self.reject)
        self._update()
        self.resize(640, 360)

    def describe(self, match: DuplicateMatch) -> str:
        """One line per match, in the user's language: what it is, its numbers and state, when, its title."""
        import time

        if match.ticket_number:
            what = self.tr("Support ticket #{ticket}").format(ticket=match.ticket_number)
        else:
            what = self.tr("Request {id} on this computer").format(id=(match.request_id or "")[:8])
        extra = [self.tr("RMA {number}").format(number=match.rma_number)] if match.rma_number else []
        extra.append(state_word(match.state) if match.request_id else match.state)
        if not match.request_id:
            extra.append(self.tr("on the server only"))
        when = time.strftime("%Y-%m-%d", time.localtime(match.when)) if match.when else ""
        return f"{what} ({', '.join(e for e in extra if e)}) {when} — {match.title}".replace("  ", " ")

    def selected(self) -> DuplicateMatch | None:
        item = self.matches.currentItem()
        match = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return match if isinstance(match, DuplicateMatch) else None

    def _update(self) -> None:
        match = self.selected()
        self.open_button.setEnabled(match is not None)
        self.reply_button.setEnabled(match is not None and bool(match.ticket_number))

    def _open(self) -> None:
        match = self.selected()
        if match is not None:
            self.accept()
            self.open_requested.emit(match)

    def _reply(self) -> None:
        match = self.selected()
        if match is not None and match.ticket_number:
            self.accept()
            self.reply_requested.emit(match)

    def _file(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.accept()
            self.file_anyway.emit(reason)
