"""The Settings page: support backend, access token (to the keyring only), contact profile, cameras, evidence,
language.

The support group, with its token handling and "Test connection", is ``SupportSettingsBox``; the page loads the
settings into its groups, collects them back and saves them, and remembers the contact profile in a worker.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.settings import Settings, save_settings
from pixrma_desktop.ui.scroll_page import scrolling_column
from pixrma_desktop.ui.settings_jobs import load_profile_job, save_profile_job
from pixrma_desktop.ui.support_settings_box import CredentialsFactory, SupportSettingsBox
from pixrma_desktop.ui.translations import LANGUAGES
from pixrma_desktop.ui.worker import Worker, WorkerPool


class SettingsPage(QWidget):
    saved = Signal()
    """The settings file was written (the window re-reads what it needs)."""
    secret_stored = Signal()
    """A token or password was stored in the keyring."""
    secret_state_shown = Signal()
    """The keyring was looked up and the page says whether a secret is stored."""

    def __init__(
        self,
        settings: Settings,
        settings_file: object,
        credentials_factory: CredentialsFactory,
        parent: QWidget | None = None,
        *,
        root: Any = None,
    ) -> None:
        """``root``: the application's root (``AppRoot``), to learn what the server keeps and show it."""
        super().__init__(parent)
        from pathlib import Path

        self.settings = settings
        self._file = Path(str(settings_file))
        self._pool = WorkerPool(self)

        self.support_box = SupportSettingsBox(credentials_factory, self._pool, self.collect, root=root)
        self.support_box.secret_stored.connect(self.secret_stored)
        self.support_box.secret_state_shown.connect(self.secret_state_shown)
        # The support fields the page's callers fill in and read, under their names on the page.
        support = self.support_box
        self.backend, self.backend_pages = support.backend, support.backend_pages
        self.rt_url, self.rt_rma_queue = support.rt_url, support.rt_rma_queue
        self.smtp_host, self.smtp_to = support.smtp_host, support.smtp_to
        self.secret, self.secret_label, self.secret_state = support.secret, support.secret_label, support.secret_state
        self.save_secret_button = support.save_secret_button
        self.test_button, self.test_result = support.test_button, support.test_result
        from pixrma_desktop.ui.conversation_settings_box import ConversationSettingsBox

        self.replies_box = ConversationSettingsBox()
        scroll = scrolling_column(
            support,
            self.replies_box,
            self._contact_group(),
            self._cameras_group(),
            self._evidence_group(),
            self._language_group(),
        )

        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("settingsSaved")
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.profile_worker: Worker | None = None
        self.load()

    # -- building ------------------------------------------------------------------------------------------
    def _contact_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your contact details (filled into every new request)"))
        form = QFormLayout(group)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("profileName")
        self.contact_company = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("profileEmail")
        self.contact_phone = QLineEdit()
        self.contact_country = QLineEdit()
        self.contact_address = QPlainTextEdit()
        self.contact_address.setTabChangesFocus(True)
        self.contact_address.setFixedHeight(56)
        self.dealer_default = QLineEdit()
        self.dealer_default.setPlaceholderText(self.tr("only if you buy your cameras from a dealer"))
        self.dealer_default_email = QLineEdit()
        form.addRow(self.tr("Name"), self.contact_name)
        form.addRow(self.tr("Company"), self.contact_company)
        form.addRow(self.tr("E-mail"), self.contact_email)
        form.addRow(self.tr("Phone"), self.contact_phone)
        form.addRow(self.tr("Country"), self.contact_country)
        form.addRow(self.tr("Shipping address"), self.contact_address)
        form.addRow(self.tr("Your dealer"), self.dealer_default)
        form.addRow(self.tr("Dealer's e-mail"), self.dealer_default_email)
        return group

    def _load_profile(self) -> None:
        from pathlib import Path

        config_dir = Path(self._file).parent
        worker = Worker(load_profile_job, config_dir, name="load-profile")
        worker.returned.connect(self._show_profile)
        self.profile_worker = worker
        self._pool.start(worker)

    def _show_profile(self, profile: Any) -> None:
        if profile is None:
            return
        c, p = profile.contact, profile.purchase
        self.contact_name.setText(c.name)
        self.contact_company.setText(c.company)
        self.contact_email.setText(c.email)
        self.contact_phone.setText(c.phone)
        self.contact_country.setText(c.country)
        self.contact_address.setPlainText(c.shipping_address)
        self.dealer_default.setText(p.dealer_name)
        self.dealer_default_email.setText(p.dealer_email)

    def profile_fields(self) -> dict[str, str]:
        return {
            "name": self.contact_name.text().strip(),
            "company": self.contact_company.text().strip(),
            "email": self.contact_email.text().strip(),
            "phone": self.contact_phone.text().strip(),
            "country": self.contact_country.text().strip(),
            "shipping_address": self.contact_address.toPlainText().strip(),
            "dealer_name": self.dealer_default.text().strip(),
            "dealer_email": self.dealer_default_email.text().strip(),
        }

    def _cameras_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Cameras"))
        self.scan_on_start = QCheckBox(self.tr("Scan for cameras when the app starts"))
        self.rescan_on_hotplug = QCheckBox(self.tr("Scan again when a USB camera is plugged in or out"))
        self.gige_search = QCheckBox(self.tr("Search the network for GigE Vision cameras (a scan then takes a second)"))
        self.gige_search.setObjectName("gigeSearch")
        self.demo = QComboBox()
        self.demo.setObjectName("demoMode")
        self.demo.addItem(self.tr("Off"), "off")
        self.demo.addItem(self.tr("Always show the three demo cameras"), "on")
        self.demo.addItem(self.tr("Only when no real camera is found"), "auto")
        self.producers = QListWidget()
        self.producers.setObjectName("producerPaths")
        self.producers.setMaximumHeight(90)
        add = QPushButton(self.tr("Add folder…"))
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeProducer")
        self.remove_producer_button = remove
        add.clicked.connect(self._add_producer)
        remove.clicked.connect(
            lambda: [self.producers.takeItem(self.producers.row(i)) for i in self.producers.selectedItems()]
        )
        self.producers.itemSelectionChanged.connect(self._update_remove_producer)
        self._update_remove_producer()
        row = QHBoxLayout()
        row.addWidget(self.producers, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.probe_timeout = QDoubleSpinBox()
        self.probe_timeout.setRange(1, 120)
        self.probe_timeout.setSuffix(" s")
        form = QFormLayout(group)
        form.addRow(self.scan_on_start)
        form.addRow(self.rescan_on_hotplug)
        form.addRow(self.gige_search)
        form.addRow(self.tr("Demo cameras"), self.demo)
        self.demo_note = QLabel()
        self.demo_note.setObjectName("demoOverride")
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(False)
        form.addRow("", self.demo_note)
        form.addRow(self.tr("GenTL producer folders"), row)
        form.addRow(self.tr("Give up on a probe after"), self.probe_timeout)
        return group

    def _evidence_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Evidence"))
        self.log_window = QDoubleSpinBox()
        self.log_window.setObjectName("logWindow")
        self.log_window.setRange(1, 24 * 30)
        self.log_window.setDecimals(0)
        self.log_window.setSuffix(self.tr(" hours"))
        form = QFormLayout(group)
        form.addRow(self.tr("Collect system logs from the last"), self.log_window)
        return group

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        note = QLabel(self.tr("A new language applies the next time the app starts."))
        note.setWordWrap(True)
        form = QFormLayout(group)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", note)
        return group

    def _update_remove_producer(self) -> None:
        selected = bool(self.producers.selectedItems())
        self.remove_producer_button.setEnabled(selected)
        self.remove_producer_button.setToolTip(
            self.tr("Remove the selected folder from the list")
            if selected
            else self.tr("Select a folder in the list first.")
            if self.producers.count()
            else self.tr("No folder added: the app looks where GENICAM_GENTL64_PATH points.")
        )

    def show_demo_override(self, mode: str) -> None:
        """This run's demo cameras were chosen on the command line (``--demo``, ``--demo-if-none``), which
        outranks the saved choice: say so next to it, so the page never contradicts the camera list."""
        texts = {
            "on": self.tr("This run was started with --demo: the demo cameras are shown whatever is chosen here."),
            "auto": self.tr(
                "This run was started with --demo-if-none: the demo cameras are shown when no real camera is "
                "found, whatever is chosen here."
            ),
            "off": self.tr("This run was started without demo cameras: the choice here applies from the next start."),
        }
        self.demo_note.setText(texts.get(mode, ""))
        self.demo_note.setVisible(mode in texts)

    # -- loading and saving --------------------------------------------------------------------------------
    def _select(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def load(self) -> None:
        s = self.settings
        self.support_box.show_settings(s.support)
        self.replies_box.show_settings(s.ui)
        self.scan_on_start.setChecked(s.ui.scan_on_start)
        self.rescan_on_hotplug.setChecked(s.ui.rescan_on_hotplug)
        self.gige_search.setChecked(s.cameras.gige_search)
        self._select(self.demo, s.cameras.demo)
        self.producers.clear()
        self.producers.addItems(s.cameras.producer_paths)
        self._update_remove_producer()
        self.probe_timeout.setValue(s.cameras.probe_timeout_s)
        self.log_window.setValue(s.evidence.log_window_hours)
        self._select(self.language, s.ui.language)
        self.support_box.show_backend()
        self.support_box.show_saved_profile()
        self._load_profile()
        self.saved_label.clear()

    def collect(self) -> Settings:
        """The settings as the form shows them (a copy; nothing is saved)."""
        s = copy.deepcopy(self.settings)
        self.support_box.collect_into(s.support)
        self.replies_box.collect_into(s.ui)
        s.ui.scan_on_start = self.scan_on_start.isChecked()
        s.ui.rescan_on_hotplug = self.rescan_on_hotplug.isChecked()
        s.cameras.gige_search = self.gige_search.isChecked()
        s.cameras.demo = self.demo.currentData()
        s.cameras.producer_paths = [self.producers.item(i).text() for i in range(self.producers.count())]
        s.cameras.probe_timeout_s = self.probe_timeout.value()
        s.evidence.log_window_hours = self.log_window.value()
        s.ui.language = self.language.currentData()
        return s

    def save(self) -> bool:
        new = self.collect()
        try:
            save_settings(new, self._file)
        except OSError as exc:
            from pixrma_desktop.ui.error_dialog import report_for_exception, show_error

            show_error(self, report_for_exception(exc, doing=self.tr("Saving the settings")))
            return False
        # Update in place: the window and its controllers hold this very object.
        for section in ("cameras", "evidence", "support", "ui"):
            setattr(self.settings, section, getattr(new, section))
        worker = Worker(save_profile_job, self._file.parent, self.profile_fields(), name="save-profile")
        worker.errored.connect(lambda exc: self.saved_label.setText(str(exc)))
        self.profile_worker = worker
        self._pool.start(worker)
        self.saved_label.setText(self.tr("Settings saved."))
        self.support_box.refresh_secret_state()
        self.saved.emit()
        return True

    def _add_producer(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with GenTL producers (.cti)"))
        if folder:
            self.producers.addItem(folder)
            self._update_remove_producer()

    def shutdown(self) -> None:
        self._pool.cancel_all()
        self._pool.wait_all(2.0)
