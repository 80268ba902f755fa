"""Settings for replies from support: whether the app checks for them in the background, and how often."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from pixrma_desktop.settings import UiSettings


class ConversationSettingsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Replies from support"), parent)
        self.check_replies = QCheckBox(self.tr("Check sent requests for replies from support in the background"))
        self.check_replies.setObjectName("checkReplies")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("checkRepliesMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        note = QLabel(self.tr("Never while the computer is offline. A new reply shows a notification once."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.check_replies)
        form.addRow(self.tr("Check every"), self.minutes)
        form.addRow("", note)
        self.check_replies.toggled.connect(self.minutes.setEnabled)

    def show_settings(self, ui: UiSettings) -> None:
        self.check_replies.setChecked(ui.check_replies)
        self.minutes.setValue(round(ui.check_replies_minutes))
        self.minutes.setEnabled(ui.check_replies)

    def collect_into(self, ui: UiSettings) -> None:
        ui.check_replies = self.check_replies.isChecked()
        ui.check_replies_minutes = float(self.minutes.value())
