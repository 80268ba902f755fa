"""The Settings page: support backend, access token (to the keyring only), cameras, evidence, language.

Nothing secret is ever written to the settings file or shown again: the token field is empty after saving and
only says whether a token is stored. "Test connection" runs in a worker.
"""

from __future__ import annotations

import copy
import importlib
import logging
from collections.abc import Callable
from pathlib import Path
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
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.settings import Settings, save_settings
from pixrma_desktop.ui.translations import LANGUAGES
from pixrma_desktop.ui.worker import Worker, WorkerPool

log = logging.getLogger(__name__)

CredentialsFactory = Callable[[], Any]
"""Returns a ``support.credentials.CredentialStore`` (get / put / delete by account)."""


def _credentials_module() -> Any:
    return importlib.import_module("pixrma_desktop.support.credentials")


def check_connection_job(settings: Settings, credentials: Any) -> tuple[bool, str, list[str]]:
    """Build the configured backend and ask it whether it can reach the server (runs in a worker)."""
    from pixrma_desktop.support.factory import make_backend

    backend = make_backend(settings.support, credentials)
    check = getattr(backend, "check", None)
    if check is None:
        return True, "The settings are complete; this kind of backend is checked when the first request is sent.", []
    result = check()
    return bool(result.ok), str(result.message), [str(d) for d in result.details]


def _load_profile_job(config_dir: Path) -> Any:
    from pixrma_desktop.rma.contact_profile import load_profile

    return load_profile(config_dir)


def _save_profile_job(config_dir: Path, fields: dict[str, str]) -> None:
    """Remember the contact details (kept when every field is empty: nothing to remember)."""
    from pixrma_desktop.rma.contact_profile import ContactProfile, load_profile, save_profile
    from pixrma_desktop.rma.request import Contact, Purchase

    if not any(fields.values()) and load_profile(config_dir) is None:
        return
    old = load_profile(config_dir)
    purchase = (old.purchase if old else Purchase()).model_copy(
        update={"dealer_name": fields.pop("dealer_name"), "dealer_email": fields.pop("dealer_email")}
    )
    save_profile(config_dir, ContactProfile(Contact(**fields), purchase))


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
    ) -> None:
        super().__init__(parent)
        from pathlib import Path

        self.settings = settings
        self._file = Path(str(settings_file))
        self._credentials_factory = credentials_factory
        self._credentials: Any = None
        self._pool = WorkerPool(self)
        self.check_worker: Worker | None = None
        self.keyring_worker: Worker | None = None

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._support_group())
        column.addWidget(self._contact_group())
        column.addWidget(self._cameras_group())
        column.addWidget(self._evidence_group())
        column.addWidget(self._language_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

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
    def _support_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Support"))
        self.backend = QComboBox()
        self.backend.setObjectName("backendKind")
        self.backend.addItem(self.tr("Request Tracker (the vendor's support system)"), "rt")
        self.backend.addItem(self.tr("E-mail (SMTP)"), "smtp")
        self.backend_pages = QStackedWidget()

        rt = QWidget()
        rt_form = QFormLayout(rt)
        self.rt_url = QLineEdit()
        self.rt_url.setObjectName("rtUrl")
        self.rt_url.setPlaceholderText("https://support.example.com")
        self.rt_support_queue = QLineEdit()
        self.rt_rma_queue = QLineEdit()
        self.rt_cf_serials = QLineEdit()
        self.rt_cf_model = QLineEdit()
        self.rt_cf_firmware = QLineEdit()
        self.rt_cf_submission_id = QLineEdit()
        self.inquiry_to = QLineEdit()
        self.inquiry_to.setObjectName("inquiryTo")
        self.inquiry_to.setPlaceholderText("support@vendor.example")
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("only for a company certificate authority (PEM file)"))
        rt_form.addRow(self.tr("Server address"), self.rt_url)
        rt_form.addRow(self.tr("Support queue"), self.rt_support_queue)
        rt_form.addRow(self.tr("RMA queue"), self.rt_rma_queue)
        rt_form.addRow(self.tr("Field for serial numbers"), self.rt_cf_serials)
        rt_form.addRow(self.tr("Field for the camera model"), self.rt_cf_model)
        rt_form.addRow(self.tr("Field for the firmware"), self.rt_cf_firmware)
        rt_form.addRow(self.tr("Field for the submission ID"), self.rt_cf_submission_id)
        rt_form.addRow(self.tr("Extra certificate authority"), self.ca_bundle)
        rt_form.addRow(self.tr("Support e-mail (for inquiries)"), self.inquiry_to)

        smtp = QWidget()
        smtp_form = QFormLayout(smtp)
        self.smtp_host = QLineEdit()
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox()
        for value, text in (
            ("starttls", self.tr("STARTTLS")),
            ("ssl", self.tr("TLS (SSL)")),
            ("none", self.tr("none (local relay)")),
        ):
            self.smtp_security.addItem(text, value)
        self.smtp_user = QLineEdit()
        self.smtp_to = QLineEdit()
        self.smtp_from = QLineEdit()
        smtp_form.addRow(self.tr("Mail server"), self.smtp_host)
        smtp_form.addRow(self.tr("Port"), self.smtp_port)
        smtp_form.addRow(self.tr("Security"), self.smtp_security)
        smtp_form.addRow(self.tr("User name"), self.smtp_user)
        smtp_form.addRow(self.tr("Support address (to)"), self.smtp_to)
        smtp_form.addRow(self.tr("Your address (from)"), self.smtp_from)
        self.backend_pages.addWidget(rt)
        self.backend_pages.addWidget(smtp)
        self.backend.currentIndexChanged.connect(self._on_backend_changed)
        for field in (self.rt_url, self.smtp_host, self.smtp_user):
            field.editingFinished.connect(self._refresh_secret_state)

        self.secret = QLineEdit()
        self.secret.setObjectName("secretEntry")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_state = QLabel()
        self.secret_state.setObjectName("secretState")
        self.secret_state.setWordWrap(True)
        self.save_secret_button = QPushButton(self.tr("Store in keyring"))
        self.save_secret_button.setObjectName("storeSecret")
        self.forget_secret_button = QPushButton(self.tr("Forget"))
        self.forget_secret_button.setObjectName("forgetSecret")
        self.forget_secret_button.setEnabled(False)  # until the keyring says a secret is stored
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.save_secret_button)
        secret_row.addWidget(self.forget_secret_button)
        self.secret_label = QLabel()

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        form = QFormLayout(group)
        form.addRow(self.tr("Send requests with"), self.backend)
        form.addRow(self.backend_pages)
        form.addRow(self.secret_label, secret_row)
        form.addRow("", self.secret_state)
        form.addRow(test_row)
        self.save_secret_button.clicked.connect(self.store_secret)
        self.forget_secret_button.clicked.connect(self.forget_secret)
        self.test_button.clicked.connect(self.test_connection)
        return group

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
        worker = Worker(_load_profile_job, config_dir, name="load-profile")
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
        add.clicked.connect(self._add_producer)
        remove.clicked.connect(
            lambda: [self.producers.takeItem(self.producers.row(i)) for i in self.producers.selectedItems()]
        )
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
        form.addRow(self.tr("Demo cameras"), self.demo)
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

    # -- loading and saving --------------------------------------------------------------------------------
    def _select(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def load(self) -> None:
        s = self.settings
        self._select(self.backend, s.support.backend)
        self.rt_url.setText(s.support.rt_url)
        self.rt_support_queue.setText(s.support.rt_support_queue)
        self.rt_rma_queue.setText(s.support.rt_rma_queue)
        self.rt_cf_serials.setText(s.support.rt_cf_serials)
        self.rt_cf_model.setText(s.support.rt_cf_model)
        self.rt_cf_firmware.setText(s.support.rt_cf_firmware)
        self.rt_cf_submission_id.setText(s.support.rt_cf_submission_id)
        self.ca_bundle.setText(s.support.ca_bundle)
        self.inquiry_to.setText(s.support.inquiry_to)
        self.smtp_host.setText(s.support.smtp_host)
        self.smtp_port.setValue(s.support.smtp_port)
        self._select(self.smtp_security, s.support.smtp_security)
        self.smtp_user.setText(s.support.smtp_user)
        self.smtp_to.setText(s.support.smtp_to)
        self.smtp_from.setText(s.support.smtp_from)
        self.scan_on_start.setChecked(s.ui.scan_on_start)
        self.rescan_on_hotplug.setChecked(s.ui.rescan_on_hotplug)
        self._select(self.demo, s.cameras.demo)
        self.producers.clear()
        self.producers.addItems(s.cameras.producer_paths)
        self.probe_timeout.setValue(s.cameras.probe_timeout_s)
        self.log_window.setValue(s.evidence.log_window_hours)
        self._select(self.language, s.ui.language)
        self._on_backend_changed()
        self._load_profile()
        self.saved_label.clear()

    def collect(self) -> Settings:
        """The settings as the form shows them (a copy; nothing is saved)."""
        s = copy.deepcopy(self.settings)
        s.support.backend = self.backend.currentData()
        s.support.rt_url = self.rt_url.text().strip()
        s.support.rt_support_queue = self.rt_support_queue.text().strip()
        s.support.rt_rma_queue = self.rt_rma_queue.text().strip()
        s.support.rt_cf_serials = self.rt_cf_serials.text().strip()
        s.support.rt_cf_model = self.rt_cf_model.text().strip()
        s.support.rt_cf_firmware = self.rt_cf_firmware.text().strip()
        s.support.rt_cf_submission_id = self.rt_cf_submission_id.text().strip()
        s.support.ca_bundle = self.ca_bundle.text().strip()
        s.support.inquiry_to = self.inquiry_to.text().strip()
        s.support.smtp_host = self.smtp_host.text().strip()
        s.support.smtp_port = self.smtp_port.value()
        s.support.smtp_security = self.smtp_security.currentData()
        s.support.smtp_user = self.smtp_user.text().strip()
        s.support.smtp_to = self.smtp_to.text().strip()
        s.support.smtp_from = self.smtp_from.text().strip()
        s.ui.scan_on_start = self.scan_on_start.isChecked()
        s.ui.rescan_on_hotplug = self.rescan_on_hotplug.isChecked()
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
        worker = Worker(_save_profile_job, self._file.parent, self.profile_fields(), name="save-profile")
        worker.errored.connect(lambda exc: self.saved_label.setText(str(exc)))
        self.profile_worker = worker
        self._pool.start(worker)
        self.saved_label.setText(self.tr("Settings saved."))
        self._refresh_secret_state()
        self.saved.emit()
        return True

    def _add_producer(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with GenTL producers (.cti)"))
        if folder:
            self.producers.addItem(folder)

    # -- secrets -------------------------------------------------------------------------------------------
    def _on_backend_changed(self, *_args: object) -> None:
        smtp = self.backend.currentData() == "smtp"
        self.backend_pages.setCurrentIndex(1 if smtp else 0)
        self.secret_label.setText(self.tr("Mail password") if smtp else self.tr("Access token"))
        self.secret.setPlaceholderText(
            self.tr("paste the password here") if smtp else self.tr("paste the token support gave you here")
        )
        self._refresh_secret_state()

    def _store(self) -> Any:
        if self._credentials is None:
            self._credentials = self._credentials_factory()
        return self._credentials

    def secret_account(self) -> str | None:
        """The keyring entry for what the form shows, or None when the address is missing."""
        module = _credentials_module()
        if self.backend.currentData() == "smtp":
            if not (self.smtp_host.text().strip() and self.smtp_user.text().strip()):
                return None
            return str(
                module.smtp_account(
                    self.smtp_host.text().strip(), self.smtp_port.value(), self.smtp_user.text().strip()
                )
            )
        url = self.rt_url.text().strip()
        return str(module.rt_account(url)) if url else None

    def _refresh_secret_state(self, *_args: object) -> Worker | None:
        return self._keyring(None)

    def _keyring(
        self, change: Callable[[Any, str], object] | None, done: Callable[[], None] | None = None
    ) -> Worker | None:
        """Apply ``change(store, account)`` (if any) and look the entry up, in a worker: a keyring may be slow
        or ask the user to unlock it."""
        try:
            account = self.secret_account()
            store = self._store()
        except Exception as exc:  # no keyring, or the support module is missing: say so, store nothing
            self._show_keyring_problem(exc)
            return None
        if account is None:
            self.secret_state.setText(self.tr("Enter the server address first."))
            self.forget_secret_button.setEnabled(False)
            return None

        def job() -> bool:
            if change is not None:
                change(store, account)
            return store.get(account) is not None

        worker = Worker(job, name="keyring")
        worker.returned.connect(self._show_secret_state)
        if done is not None:
            worker.returned.connect(lambda _stored: done())
        worker.errored.connect(self._show_keyring_problem)
        self.keyring_worker = worker
        self._pool.start(worker)
        return worker

    def _show_secret_state(self, stored: bool) -> None:
        if stored:
            self.secret_state.setText(self.tr("Stored in the system keyring (it is never shown again)."))
        else:
            self.secret_state.setText(self.tr("Nothing stored yet."))
        self.forget_secret_button.setEnabled(stored)
        self.secret_state_shown.emit()

    def _show_keyring_problem(self, exc: BaseException) -> None:
        self.secret_state.setText(str(exc) or type(exc).__name__)
        self.forget_secret_button.setEnabled(False)
        self.secret_state_shown.emit()

    def store_secret(self) -> Worker | None:
        secret = self.secret.text()
        self.secret.clear()  # never kept in the widget, whatever happens next
        if not secret.strip():
            self.secret_state.setText(self.tr("Paste the secret first."))
            return None
        try:
            module = _credentials_module()
        except ImportError as exc:
            self._show_keyring_problem(exc)
            return None
        if self.backend.currentData() == "smtp":
            credential = module.Credential(user=self.smtp_user.text().strip(), password=secret)
        else:
            credential = module.Credential(token=secret.strip())
        del secret
        return self._keyring(lambda store, account: store.put(account, credential), self.secret_stored.emit)

    def forget_secret(self) -> Worker | None:
        return self._keyring(lambda store, account: store.delete(account))

    # -- test connection -----------------------------------------------------------------------------------
    def test_connection(self) -> Worker | None:
        if self.check_worker is not None:
            return None
        try:
            store = self._store()
        except Exception as exc:
            self.test_result.setText(str(exc))
            return None
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        worker = Worker(check_connection_job, self.collect(), store, name="check-connection")
        worker.returned.connect(self._on_checked)
        worker.errored.connect(lambda exc: self.test_result.setText(str(exc)))
        worker.finished.connect(self._on_check_finished)
        self.check_worker = worker
        self._pool.start(worker)
        return worker

    def _on_checked(self, result: tuple[bool, str, list[str]]) -> None:
        ok, message, details = result
        text = ("✔ " if ok else "✘ ") + message
        if details:
            text += "\n" + "\n".join(f"• {d}" for d in details)
        self.test_result.setText(text)

    def _on_check_finished(self) -> None:
        self.check_worker = None
        self.test_button.setEnabled(True)

    def shutdown(self) -> None:
        self._pool.cancel_all()
        self._pool.wait_all(2.0)
