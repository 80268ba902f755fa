"""The Settings page's support group: how requests are sent (Request Tracker or e-mail), the access token or mail
password (to the system keyring only), and "Test connection".

The secret is never kept in the widget nor written to the settings file: the field is emptied at once, and the
group only says whether the keyring holds one. Keyring look-ups and the connection test run in workers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from pixrma_desktop.settings import Settings, SupportSettings
from pixrma_desktop.ui.i18n import translate
from pixrma_desktop.ui.server_keeps_label import ServerKeepsLabel
from pixrma_desktop.ui.worker import Worker, WorkerPool

if TYPE_CHECKING:
    from pixrma_desktop.application.root import AppRoot

CredentialsFactory = Callable[[], Any]
"""Returns a ``support.credentials.CredentialStore`` (get / put / delete by account)."""


def _credentials_module() -> Any:
    return importlib.import_module("pixrma_desktop.support.credentials")


class SupportSettingsBox(QGroupBox):
    secret_stored = Signal()
    """A token or password was stored in the keyring."""
    secret_state_shown = Signal()
    """The keyring was looked up and the group says whether a secret is stored."""

    def __init__(
        self,
        credentials_factory: CredentialsFactory,
        pool: WorkerPool,
        current_settings: Callable[[], Settings],
        parent: QWidget | None = None,
        *,
        root: AppRoot | None = None,
    ) -> None:
        super().__init__(translate("SettingsPage", "Support"), parent)
        self._root = root
        """With a root, "Test connection" and storing a token also learn what the server keeps."""
        self.learn_worker: Worker | None = None
        self._credentials_factory = credentials_factory
        self._credentials: Any = None
        self._pool = pool
        self._current_settings = current_settings
        self.check_worker: Worker | None = None
        self.keyring_worker: Worker | None = None

        self.backend = QComboBox()
        self.backend.setObjectName("backendKind")
        self.backend.addItem(translate("SettingsPage", "Request Tracker (the vendor's support system)"), "rt")
        self.backend.addItem(translate("SettingsPage", "E-mail (SMTP)"), "smtp")
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
        self.ca_bundle.setPlaceholderText(
            translate("SettingsPage", "only for a company certificate authority (PEM file)")
        )
        rt_form.addRow(translate("SettingsPage", "Server address"), self.rt_url)
        rt_form.addRow(translate("SettingsPage", "Support queue"), self.rt_support_queue)
        rt_form.addRow(translate("SettingsPage", "RMA queue"), self.rt_rma_queue)
        rt_form.addRow(translate("SettingsPage", "Field for serial numbers"), self.rt_cf_serials)
        rt_form.addRow(translate("SettingsPage", "Field for the camera model"), self.rt_cf_model)
        rt_form.addRow(translate("SettingsPage", "Field for the firmware"), self.rt_cf_firmware)
        rt_form.addRow(translate("SettingsPage", "Field for the submission ID"), self.rt_cf_submission_id)
        rt_form.addRow(translate("SettingsPage", "Extra certificate authority"), self.ca_bundle)
        rt_form.addRow(translate("SettingsPage", "Support e-mail (for inquiries)"), self.inquiry_to)

        smtp = QWidget()
        smtp_form = QFormLayout(smtp)
        self.smtp_host = QLineEdit()
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox()
        for value, text in (
            ("starttls", translate("SettingsPage", "STARTTLS")),
            ("ssl", translate("SettingsPage", "TLS (SSL)")),
            ("none", translate("SettingsPage", "none (local relay)")),
        ):
            self.smtp_security.addItem(text, value)
        self.smtp_user = QLineEdit()
        self.smtp_to = QLineEdit()
        self.smtp_from = QLineEdit()
        smtp_form.addRow(translate("SettingsPage", "Mail server"), self.smtp_host)
        smtp_form.addRow(translate("SettingsPage", "Port"), self.smtp_port)
        smtp_form.addRow(translate("SettingsPage", "Security"), self.smtp_security)
        smtp_form.addRow(translate("SettingsPage", "User name"), self.smtp_user)
        smtp_form.addRow(translate("SettingsPage", "Support address (to)"), self.smtp_to)
        smtp_form.addRow(translate("SettingsPage", "Your address (from)"), self.smtp_from)
        self.backend_pages.addWidget(rt)
        self.backend_pages.addWidget(smtp)
        self.backend.currentIndexChanged.connect(self.show_backend)
        for field in (self.rt_url, self.smtp_host, self.smtp_user):
            field.editingFinished.connect(self.refresh_secret_state)

        self.secret = QLineEdit()
        self.secret.setObjectName("secretEntry")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_state = QLabel()
        self.secret_state.setObjectName("secretState")
        self.secret_state.setWordWrap(True)
        self.save_secret_button = QPushButton(translate("SettingsPage", "Store in keyring"))
        self.save_secret_button.setObjectName("storeSecret")
        self.forget_secret_button = QPushButton(translate("SettingsPage", "Forget"))
        self.forget_secret_button.setObjectName("forgetSecret")
        self.forget_secret_button.setEnabled(False)  # until the keyring says a secret is stored
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.save_secret_button)
        secret_row.addWidget(self.forget_secret_button)
        self.secret_label = QLabel()

        self.test_button = QPushButton(translate("SettingsPage", "&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        self.server_keeps = ServerKeepsLabel()

        form = QFormLayout(self)
        form.addRow(translate("SettingsPage", "Send requests with"), self.backend)
        form.addRow(self.backend_pages)
        form.addRow(self.secret_label, secret_row)
        form.addRow("", self.secret_state)
        form.addRow(test_row)
        form.addRow(self.server_keeps)
        self.save_secret_button.clicked.connect(self.store_secret)
        self.secret_stored.connect(self.learn_from_server)
        self.forget_secret_button.clicked.connect(self.forget_secret)
        self.test_button.clicked.connect(self.test_connection)

    # -- loading and saving --------------------------------------------------------------------------------
    def show_settings(self, support: SupportSettings) -> None:
        """Show ``support`` in the form (``show_backend`` then shows the backend's page and its secret state)."""
        self._select(self.backend, support.backend)
        self.rt_url.setText(support.rt_url)
        self.rt_support_queue.setText(support.rt_support_queue)
        self.rt_rma_queue.setText(support.rt_rma_queue)
        self.rt_cf_serials.setText(support.rt_cf_serials)
        self.rt_cf_model.setText(support.rt_cf_model)
        self.rt_cf_firmware.setText(support.rt_cf_firmware)
        self.rt_cf_submission_id.setText(support.rt_cf_submission_id)
        self.ca_bundle.setText(support.ca_bundle)
        self.inquiry_to.setText(support.inquiry_to)
        self.smtp_host.setText(support.smtp_host)
        self.smtp_port.setValue(support.smtp_port)
        self._select(self.smtp_security, support.smtp_security)
        self.smtp_user.setText(support.smtp_user)
        self.smtp_to.setText(support.smtp_to)
        self.smtp_from.setText(support.smtp_from)

    def collect_into(self, support: SupportSettings) -> None:
        """Write what the form shows into ``support``."""
        support.backend = self.backend.currentData()
        support.rt_url = self.rt_url.text().strip()
        support.rt_support_queue = self.rt_support_queue.text().strip()
        support.rt_rma_queue = self.rt_rma_queue.text().strip()
        support.rt_cf_serials = self.rt_cf_serials.text().strip()
        support.rt_cf_model = self.rt_cf_model.text().strip()
        support.rt_cf_firmware = self.rt_cf_firmware.text().strip()
        support.rt_cf_submission_id = self.rt_cf_submission_id.text().strip()
        support.ca_bundle = self.ca_bundle.text().strip()
        support.inquiry_to = self.inquiry_to.text().strip()
        support.smtp_host = self.smtp_host.text().strip()
        support.smtp_port = self.smtp_port.value()
        support.smtp_security = self.smtp_security.currentData()
        support.smtp_user = self.smtp_user.text().strip()
        support.smtp_to = self.smtp_to.text().strip()
        support.smtp_from = self.smtp_from.text().strip()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    # -- secrets -------------------------------------------------------------------------------------------
    def show_backend(self, *_args: object) -> None:
        smtp = self.backend.currentData() == "smtp"
        self.backend_pages.setCurrentIndex(1 if smtp else 0)
        self.secret_label.setText(
            translate("SettingsPage", "Mail password") if smtp else translate("SettingsPage", "Access token")
        )
        self.secret.setPlaceholderText(
            translate("SettingsPage", "paste the password here")
            if smtp
            else translate("SettingsPage", "paste the token support gave you here")
        )
        self.refresh_secret_state()

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

    def refresh_secret_state(self, *_args: object) -> Worker | None:
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
            self.secret_state.setText(translate("SettingsPage", "Enter the server address first."))
            self.forget_secret_button.setEnabled(False)
            return None

        def job() -> tuple[bool, str]:
            if change is not None:
                change(store, account)
            return store.get(account) is not None, _credentials_module().keyring_place(store)

        worker = Worker(job, name="keyring")
        worker.returned.connect(self._show_secret_state)
        if done is not None:
            worker.returned.connect(lambda _stored: done())
        worker.errored.connect(self._show_keyring_problem)
        self.keyring_worker = worker
        self._pool.start(worker)
        return worker

    def _show_secret_state(self, state: tuple[bool, str]) -> None:
        stored, place = state
        if stored:
            self.secret_state.setText(
                translate("SettingsPage", "Stored in {place}. It is never shown again.").format(place=place)
            )
        else:
            self.secret_state.setText(translate("SettingsPage", "Nothing stored yet."))
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
            self.secret_state.setText(translate("SettingsPage", "Paste the secret first."))
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
        self.test_result.setText(translate("SettingsPage", "Connecting…"))
        from pixrma_desktop.application.accounts import check_connection

        if self._root is not None:
            from pixrma_desktop.application.server_learning import check_and_learn

            worker = Worker(check_and_learn, self._root, self._current_settings(), store, name="check-connection")
            worker.returned.connect(self._on_learned_check)
        else:
            worker = Worker(check_connection, self._current_settings(), store, name="check-connection")
            worker.returned.connect(self._on_checked)
        worker.errored.connect(lambda exc: self.test_result.setText(str(exc)))
        worker.finished.connect(self._on_check_finished)
        self.check_worker = worker
        self._pool.start(worker)
        return worker

    def _on_checked(self, result: tuple[bool, str, tuple[str, ...]]) -> None:
        ok, message, details = result
        text = ("✔ " if ok else "✘ ") + message
        if details:
            text += "\n" + "\n".join(f"• {d}" for d in details)
        self.test_result.setText(text)

    def _on_check_finished(self) -> None:
        self.check_worker = None
        self.test_button.setEnabled(True)

    # -- what the server keeps -----------------------------------------------------------------------------
    def _on_learned_check(self, learned: Any) -> None:
        self._on_checked(learned.check)
        if learned.profile is not None:
            self.show_server_profile(learned.profile)
        elif learned.problem:
            self.server_keeps.show_problem(learned.problem)

    def learn_from_server(self) -> Worker | None:
        """After a login: ask the server what it keeps (quietly; "Test connection" says more)."""
        if self._root is None or self.learn_worker is not None or self.backend.currentData() != "rt":
            return None
        from pixrma_desktop.application.server_learning import learn_from_server

        worker = Worker(learn_from_server, self._root, self._current_settings(), self._store(), name="learn")
        worker.returned.connect(self._on_learned)
        worker.errored.connect(lambda exc: self.server_keeps.show_problem(str(exc)))
        worker.finished.connect(lambda: setattr(self, "learn_worker", None))
        self.learn_worker = worker
        self._pool.start(worker)
        return worker

    def _on_learned(self, profile: Any) -> None:
        if profile is not None:
            self.show_server_profile(profile)

    def show_saved_profile(self) -> None:
        """What the server said last time (read from the data folder), or nothing."""
        if self._root is None:
            return
        from pixrma_desktop.application.server_learning import saved_profile

        profile = saved_profile(self._root)
        if profile is None:
            self.server_keeps.clear()
        else:
            self.show_server_profile(profile)

    def show_server_profile(self, profile: Any) -> None:
        self.server_keeps.show_profile(profile, self._current_settings().support.rt_support_queue)
