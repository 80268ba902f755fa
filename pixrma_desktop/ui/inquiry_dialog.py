"""Writing to support about a filed request, whether or not a mail program is set up.

``ask_support`` first hands the e-mail to the mail program as a ``mailto:`` link (``[#ticket]`` in the subject,
as the vendor asks); when none takes it (``QDesktopServices.openUrl`` returns False), ``InquiryDialog`` shows the
address, the subject and the text, each with a copy button, and saves the message as an ``.eml`` file that
any mail program opens. The e-mail itself is the application's (``case_status.status_inquiry`` or
``reply_inquiry``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.support.case_tracking import InquiryEmail

UrlOpener = Callable[[QUrl], bool]


class InquiryDialog(QDialog):
    def __init__(self, email: InquiryEmail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inquiryDialog")
        self.setWindowTitle(self.tr("Write to support"))
        self.email = email
        self.choose_path: Callable[[], str] = self._ask_for_path
        """Where to save the .eml file ("" when the user cancels); tests give a path instead of a file dialog."""

        intro = QLabel(
            self.tr(
                "No mail program took the message. Copy the address, the subject and the text into your mail, or "
                "save it as an .eml file and open that. Keep the subject as it is: the ticket number in it files "
                "your mail with the request."
            )
        )
        intro.setWordWrap(True)
        self.to_field = QLineEdit(email.to)
        self.to_field.setObjectName("inquiryTo")
        self.to_field.setReadOnly(True)
        if not email.to:
            self.to_field.setPlaceholderText(self.tr("No address known: set one in Settings, or ask your vendor"))
        self.subject_field = QLineEdit(email.subject)
        self.subject_field.setObjectName("inquirySubject")
        self.subject_field.setReadOnly(True)
        self.body_field = QPlainTextEdit(email.body)
        self.body_field.setObjectName("inquiryBody")
        self.body_field.setReadOnly(True)

        grid = QGridLayout()
        self.copy_buttons: dict[str, QPushButton] = {}
        rows = (
            ("to", self.tr("To:"), self.to_field, email.to),
            ("subject", self.tr("Subject:"), self.subject_field, email.subject),
            ("body", self.tr("Text:"), self.body_field, email.body),
        )
        for number, (key, label, field, text) in enumerate(rows):
            button = QPushButton(self.tr("Copy"))
            button.setObjectName(f"copy_{key}")
            button.setEnabled(bool(text))
            button.clicked.connect(lambda _checked=False, k=key, t=text: self.copy(k, t))
            self.copy_buttons[key] = button
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(QLabel(label), number, 0, top)
            grid.addWidget(field, number, 1)
            grid.addWidget(button, number, 2, top)
        self.feedback = QLabel()
        self.feedback.setObjectName("inquiryFeedback")
        self.save_button = QPushButton(self.tr("Save as .eml…"))
        self.save_button.setObjectName("saveEml")
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeInquiry")
        bottom = QHBoxLayout()
        bottom.addWidget(self.feedback, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        self.save_button.clicked.connect(self.save_eml)
        close.clicked.connect(self.accept)
        self.resize(640, 420)

    def copy(self, key: str, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        for name, button in self.copy_buttons.items():
            button.setText(self.tr("Copied ✓") if name == key else self.tr("Copy"))
        names = {"to": self.tr("The address"), "subject": self.tr("The subject"), "body": self.tr("The text")}
        self.feedback.setText(self.tr("{what} is on the clipboard.").format(what=names[key]))

    def _ask_for_path(self) -> str:
        number = "".join(ch for ch in self.email.subject.split("]")[0] if ch.isdigit())
        suggested = str(Path.home() / f"inquiry-{number or 'support'}.eml")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the e-mail"), suggested, self.tr("E-mail (*.eml)")
        )
        return path

    def save_eml(self) -> Path | None:
        chosen = self.choose_path()
        if not chosen:
            return None
        path = Path(chosen)
        try:
            path.write_bytes(self.email.to_eml())
        except OSError as exc:
            self.feedback.setText(self.tr("Not saved: {error}").format(error=exc.strerror or exc))
            return None
        self.feedback.setText(self.tr("Saved as {path}: open it with your mail program.").format(path=path))
        return path


def ask_support(parent: QWidget, email: InquiryEmail, open_url: UrlOpener | None = None) -> InquiryDialog | None:
    """Hand the e-mail to the mail program; without one, show it in ``InquiryDialog`` (returned, open)."""
    opener = open_url or QDesktopServices.openUrl
    if email.to and opener(QUrl(email.mailto_url())):
        return None
    dialog = InquiryDialog(email, parent)
    dialog.open()
    return dialog
