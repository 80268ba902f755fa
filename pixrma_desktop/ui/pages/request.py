"""The Request page: the RMA request form, prefilled, validated field by field, autosaved as you type.

Prefilled from the remembered contact profile and the cameras of the latest scan; one problem box per camera;
files by drag-and-drop or a screenshot of an error message; choosing a dealer switches to the dealer package.
Every change is autosaved (debounced) into the outbox, so nothing typed is lost, even if the app is killed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.diagnostics.finding import Finding
from pixrma_desktop.rma.request import (
    CameraEntry,
    CameraSource,
    Contact,
    Evidence,
    Problem,
    Purchase,
    PurchaseChannel,
    RmaRequest,
    Warranty,
    validate_request,
)
from pixrma_desktop.ui.attachments import AttachmentList
from pixrma_desktop.ui.camera_problem_box import CameraProblemBox
from pixrma_desktop.ui.field_error import FieldError
from pixrma_desktop.ui.outbox_service import OutboxService, make_bundle_function
from pixrma_desktop.ui.worker import Worker

AUTOSAVE_MS = 800
VALIDATE_MS = 250

CamerasSource = Callable[[], list[CameraRecord]]
"""The cameras the scan knows now (for prefilling a new request)."""


def camera_entry(record: CameraRecord) -> CameraEntry:
    """A request camera from a Cameras-page row: read-only identity when scanned, editable when typed in."""
    from pixrma_desktop.cameras.record import Transport
    from pixrma_desktop.rma.prefill import camera_from_record

    entry = camera_from_record(record)
    if record.transport is Transport.MANUAL:
        entry = entry.model_copy(update={"source": CameraSource.MANUAL, "scanned": None})
    return entry


def system_job(settings: Any) -> Any:
    """The request's system section from the full system report (reads sysfs and versions: in a worker)."""
    from pixrma_desktop.rma.system_prefill import current_system_summary

    return current_system_summary(settings.cameras.producer_paths)


def latest_draft_job(service: OutboxService) -> RmaRequest | None:
    from pixrma_desktop.outbox.state import RequestState

    for row in service.store.list([RequestState.DRAFT]):
        try:
            request = row.request
        except ValueError:
            continue
        service.revisions[row.id] = row.revision
        return request
    return None


def load_job(service: OutboxService, request_id: str) -> RmaRequest:
    row = service.store.get(request_id)
    service.revisions[row.id] = row.revision
    return row.request


def submit_job(service: OutboxService, request: RmaRequest) -> str:
    """Save the final text, then queue it (the store checks it is complete)."""
    from pixrma_desktop.outbox.errors import RequestNotFoundError
    from pixrma_desktop.rma.contact_profile import remember_from

    try:
        service.store.save_draft(request)
    except RequestNotFoundError:
        service.store.create_draft(request)
    service.store.queue(request.id)
    remember_from(service.paths.config_dir, request)
    return request.id


def dealer_job(service: OutboxService, request: RmaRequest) -> Any:
    from pixrma_desktop.outbox.errors import RequestNotFoundError
    from pixrma_desktop.rma.contact_profile import remember_from
    from pixrma_desktop.rma.dealer import build_dealer_package

    try:
        service.store.save_draft(request)
    except RequestNotFoundError:
        service.store.create_draft(request)
    remember_from(service.paths.config_dir, request)
    make_bundle = make_bundle_function(service.paths, service.settings)
    return build_dealer_package(request, service.paths.data_dir / "dealer", make_bundle)


class RequestPage(QWidget):
    submitted = Signal(str)
    """A request was queued for sending: its id."""
    dealer_package_made = Signal(object)
    """The dealer package (``rma.dealer.DealerPackage``) was written."""
    loaded = Signal(str)
    """A request is in the form (its id)."""

    def __init__(
        self,
        service: OutboxService,
        cameras: CamerasSource,
        parent: QWidget | None = None,
        *,
        findings: Callable[[], list[Finding]] = list,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._cameras_source = cameras
        self._findings_source = findings
        self._request: RmaRequest | None = None
        self._loading = False
        self._dirty = False
        self._boxes: list[CameraProblemBox] = []
        self._errors: dict[str, FieldError] = {}
        self.problems: list[Problem] = []
        self.busy: Worker | None = None

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_now)
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_MS)
        self.validate_timer.timeout.connect(self.validate)

        self.save_state = QLabel(self.tr("Loading…"))
        self.save_state.setObjectName("saveState")
        self.new_button = QPushButton(self.tr("New request"))
        self.new_button.setObjectName("newRequest")
        header = QHBoxLayout()
        header.addWidget(self.save_state, 1)
        header.addWidget(self.new_button)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._contact_group())
        column.addWidget(self._purchase_group())
        column.addWidget(self._cameras_group())
        column.addWidget(self._files_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.form_area = scroll

        self.summary = QLabel()
        self.summary.setObjectName("problemSummary")
        self.summary.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Re&view what will be sent…"))
        self.review_button.setObjectName("review")
        self.submit_button = QPushButton(self.tr("S&ubmit"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setDefault(True)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.review_button)
        footer.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

        self.new_button.clicked.connect(self.start_new)
        self.review_button.clicked.connect(self.review)
        self.submit_button.clicked.connect(self.submit)
        service.saved.connect(self._on_saved)
        service.save_failed.connect(self._on_save_failed)
        self._set_enabled(False)
        self._open_latest()

    # -- building --------------------------------------------------------------------------------------
    def _error(self, form: QFormLayout, path: str) -> None:
        label = FieldError(path)
        self._errors[path] = label
        form.addRow("", label)

    def _line(self, form: QFormLayout, label: str, path: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(path)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_edited)
        form.addRow(label, edit)
        self._error(form, path)
        return edit

    def _contact_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your contact details"))
        form = QFormLayout(group)
        self.name = self._line(form, self.tr("Name"), "contact.name")
        self.company = self._line(form, self.tr("Company"), "contact.company")
        self.email = self._line(form, self.tr("E-mail"), "contact.email", "name@example.com")
        self.phone = self._line(form, self.tr("Phone"), "contact.phone", self.tr("optional"))
        self.country = self._line(form, self.tr("Country"), "contact.country")
        self.address = QPlainTextEdit()
        self.address.setObjectName("contact.shipping_address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.address.setPlaceholderText(self.tr("Where a repaired or replaced camera goes back to"))
        self.address.textChanged.connect(self._on_edited)
        form.addRow(self.tr("Shipping address"), self.address)
        self._error(form, "contact.shipping_address")
        return group

    def _purchase_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Purchase and warranty"))
        form = QFormLayout(group)
        self.vendor_radio = QRadioButton(self.tr("Directly from the camera vendor"))
        self.vendor_radio.setObjectName("channelVendor")
        self.dealer_radio = QRadioButton(self.tr("From a dealer"))
        self.dealer_radio.setObjectName("channelDealer")
        self.channel = QButtonGroup(self)
        self.channel.addButton(self.vendor_radio)
        self.channel.addButton(self.dealer_radio)
        row = QHBoxLayout()
        row.addWidget(self.vendor_radio)
        row.addWidget(self.dealer_radio)
        row.addStretch(1)
        form.addRow(self.tr("Bought"), row)
        self._error(form, "purchase.channel")
        self.dealer_note = QLabel(
            self.tr(
                "Bought from a dealer: the vendor asks you to contact your dealer, so nothing is sent to the "
                "vendor. The app makes a dealer package instead: the report, the evidence and a ready e-mail."
            )
        )
        self.dealer_note.setObjectName("dealerNote")
        self.dealer_note.setWordWrap(True)
        form.addRow(self.dealer_note)
        self.dealer_name = self._line(form, self.tr("Dealer"), "purchase.dealer_name")
        self.dealer_email = self._line(form, self.tr("Dealer's e-mail"), "purchase.dealer_email")
        self.warranty = QComboBox()
        self.warranty.setObjectName("warranty")
        self.warranty.addItem(self.tr("— choose —"), None)
        self.warranty.addItem(self.tr("under warranty"), Warranty.UNDER.value)
        self.warranty.addItem(self.tr("out of warranty"), Warranty.OUT.value)
        self.warranty.addItem(self.tr("don't know"), Warranty.UNKNOWN.value)
        self.warranty.currentIndexChanged.connect(self._on_edited)
        form.addRow(self.tr("Warranty"), self.warranty)
        self._error(form, "warranty")
        self.channel.buttonToggled.connect(self._on_channel)
        self._purchase_form = form
        self._dealer_rows = (self.dealer_note, self.dealer_name, self.dealer_email)
        return group

    def _cameras_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Cameras and what is wrong with each"))
        self.cameras_layout = QVBoxLayout(group)
        self.cameras_hint = QLabel()
        self.cameras_hint.setWordWrap(True)
        self.cameras_layout.addWidget(self.cameras_hint)
        self._cameras_error = FieldError("cameras")
        self._errors["cameras"] = self._cameras_error
        self.cameras_layout.addWidget(self._cameras_error)
        self.boxes_layout = QVBoxLayout()
        self.cameras_layout.addLayout(self.boxes_layout)
        self.add_scanned_button = QPushButton(self.tr("Add cameras from the scan"))
        self.add_scanned_button.setObjectName("addScanned")
        self.add_manual_button = QPushButton(self.tr("Add a camera by hand"))
        self.add_manual_button.setObjectName("addManualEntry")
        row = QHBoxLayout()
        row.addWidget(self.add_scanned_button)
        row.addWidget(self.add_manual_button)
        row.addStretch(1)
        self.cameras_layout.addLayout(row)
        self.add_scanned_button.clicked.connect(self.add_scanned_cameras)
        self.add_manual_button.clicked.connect(lambda: self._add_box(CameraEntry(source=CameraSource.MANUAL)))
        return group

    def _files_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Files and notes"))
        form = QFormLayout(group)
        self.attachments = AttachmentList()
        self.attachments.changed.connect(self._on_edited)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self._choose_files)
        self.screenshot_button = QPushButton(self.tr("Capture screenshot"))
        self.screenshot_button.setObjectName("captureScreenshot")
        self.screenshot_button.setToolTip(
            self.tr("Hides this window for a moment and captures the screen, e.g. an error message")
        )
        self.screenshot_button.clicked.connect(self.capture_screenshot)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.attachments.remove_selected)
        buttons = QVBoxLayout()
        for button in (add, self.screenshot_button, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.attachments, 1)
        row.addLayout(buttons)
        form.addRow(self.tr("Attached files\n(drop files here)"), row)
        self._error(form, "evidence.files")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.notes.setPlaceholderText(self.tr("Anything else support should know"))
        self.notes.textChanged.connect(self._on_edited)
        form.addRow(self.tr("Notes"), self.notes)
        self.system_label = QLabel()
        self.system_label.setObjectName("systemSummary")
        self.system_label.setWordWrap(True)
        form.addRow(self.tr("System"), self.system_label)
        return group

    # -- loading -------------------------------------------------------------------------------------------
    def _set_enabled(self, enabled: bool) -> None:
        self.form_area.setEnabled(enabled)
        self.submit_button.setEnabled(enabled)
        self.review_button.setEnabled(enabled)

    def _open_latest(self) -> None:
        self.service.run(
            "open-draft",
            latest_draft_job,
            self.service,
            returned=lambda request: self.load(request or self._new_request()),
            errored=lambda exc: self.save_state.setText(str(exc)),
        )

    def open_request(self, request_id: str) -> None:
        if self._request is None or self._request.id != request_id:
            self.save_now()
        self.service.run(
            "open-request",
            load_job,
            self.service,
            request_id,
            returned=self.load,
            errored=lambda exc: self.save_state.setText(str(exc)),
        )

    def _new_request(self) -> RmaRequest:
        from pixrma_desktop.rma.contact_profile import load_profile
        from pixrma_desktop.rma.prefill import new_request

        profile = load_profile(self.service.paths.config_dir)
        real = [r for r in self._cameras_source() if not r.demo]
        request = new_request(
            [],
            contact=profile.contact if profile else None,
            purchase=profile.purchase if profile else None,
            findings=[f.to_dict() for f in self._findings_source()],
        )
        return request.model_copy(update={"cameras": [camera_entry(r) for r in real]})

    def start_new(self) -> None:
        self.save_now()
        self.load(self._new_request())

    def load(self, request: RmaRequest) -> None:
        self._dirty = False
        self._loading = True
        try:
            self._request = request
            c = request.contact
            for edit, value in (
                (self.name, c.name),
                (self.company, c.company),
                (self.email, c.email),
                (self.phone, c.phone),
                (self.country, c.country),
                (self.dealer_name, request.purchase.dealer_name),
                (self.dealer_email, request.purchase.dealer_email),
            ):
                edit.setText(value)
            self.address.setPlainText(c.shipping_address)
            self.vendor_radio.setChecked(request.purchase.channel is PurchaseChannel.VENDOR)
            self.dealer_radio.setChecked(request.purchase.channel is PurchaseChannel.DEALER)
            if request.purchase.channel is None:
                self.channel.setExclusive(False)
                self.vendor_radio.setChecked(False)
                self.dealer_radio.setChecked(False)
                self.channel.setExclusive(True)
            self.warranty.setCurrentIndex(
                max(0, self.warranty.findData(request.warranty.value if request.warranty else None))
            )
            for box in list(self._boxes):
                self._remove_box(box, autosave=False)
            for entry in request.cameras:
                self._add_box(entry, autosave=False)
            self.attachments.set_paths(list(request.evidence.files))
            self.notes.setPlainText(request.notes)
            self._on_channel()
        finally:
            self._loading = False
        self._update_cameras_hint()
        self._set_enabled(True)
        self._show_system(request)
        if not request.system.facts:
            self._fill_system(request.id)
        self.save_state.setText(self.tr("Draft {id}").format(id=request.id[:8]))
        self.validate()
        self.loaded.emit(request.id)

    # -- system report -------------------------------------------------------------------------------------
    def _fill_system(self, request_id: str) -> None:
        def fill(summary: Any) -> None:
            if self._request is not None and self._request.id == request_id:
                # Kept with the request; stored with the next save (a request nobody typed into stays unsaved).
                self._request = self._request.model_copy(update={"system": summary})
                self._show_system(self._request)

        self.service.run("system-report", system_job, self.service.settings, returned=fill)

    def _show_system(self, request: RmaRequest) -> None:
        facts = request.system.facts
        if not facts:
            self.system_label.setText(self.tr("Collecting the system report…"))
            return
        shown = [facts.get(k, "") for k in ("Operating system", "CPU", "Memory")]
        versions = [f"{c.name} {c.version}".strip() for c in request.system.components[:2]]
        self.system_label.setText(
            self.tr("{summary} — goes with the request, with {n} more details.").format(
                summary=", ".join(p for p in [*shown, *versions] if p), n=max(0, len(facts) - 3)
            )
        )

    # -- cameras -------------------------------------------------------------------------------------------
    def _add_box(self, entry: CameraEntry, *, autosave: bool = True) -> CameraProblemBox:
        box = CameraProblemBox(entry)
        box.changed.connect(self._on_edited)
        box.remove_requested.connect(self._remove_box)
        self._boxes.append(box)
        self.boxes_layout.addWidget(box)
        if autosave:
            self._on_edited()
        self._update_cameras_hint()
        return box

    def _remove_box(self, box: CameraProblemBox, autosave: bool = True) -> None:
        self._boxes.remove(box)
        self.boxes_layout.removeWidget(box)
        box.deleteLater()
        if autosave:
            self._on_edited()
        self._update_cameras_hint()

    def add_scanned_cameras(self) -> int:
        have = {b.entry().serial.strip().upper() for b in self._boxes}
        added = 0
        for record in self._cameras_source():
            if record.demo or (record.serial or "").strip().upper() in have:
                continue
            self._add_box(camera_entry(record))
            added += 1
        self._update_cameras_hint(no_real=added == 0)
        return added

    def _update_cameras_hint(self, *, no_real: bool = False) -> None:
        demo_only = any(r.demo for r in self._cameras_source()) and not any(not r.demo for r in self._cameras_source())
        if self._boxes:
            self.cameras_hint.setText(self.tr("One box per camera: say what happens with each."))
        elif demo_only or no_real:
            self.cameras_hint.setText(
                self.tr(
                    "The scan found only demo cameras, which cannot go into a real request. "
                    "Add your camera by hand (its serial number is on the bottom of the camera)."
                )
            )
        else:
            self.cameras_hint.setText(self.tr("Scan for cameras, or add a camera by hand."))

    @property
    def boxes(self) -> tuple[CameraProblemBox, ...]:
        return tuple(self._boxes)

    # -- the request as the form shows it ------------------------------------------------------------------
    def current_request(self) -> RmaRequest | None:
        if self._request is None:
            return None
        channel = (
            PurchaseChannel.DEALER
            if self.dealer_radio.isChecked()
            else PurchaseChannel.VENDOR
            if self.vendor_radio.isChecked()
            else None
        )
        warranty = self.warranty.currentData()
        return self._request.model_copy(
            update={
                "contact": Contact(
                    name=self.name.text(),
                    company=self.company.text(),
                    email=self.email.text(),
                    phone=self.phone.text(),
                    shipping_address=self.address.toPlainText(),
                    country=self.country.text(),
                ),
                "purchase": Purchase(
                    channel=channel, dealer_name=self.dealer_name.text(), dealer_email=self.dealer_email.text()
                ),
                "warranty": Warranty(warranty) if warranty else None,
                "cameras": [box.entry() for box in self._boxes],
                "evidence": Evidence(bundle_path=self._request.evidence.bundle_path, files=self.attachments.paths()),
                "notes": self.notes.toPlainText(),
            }
        )

    # -- editing, validation, autosave ---------------------------------------------------------------------
    def _on_edited(self, *_args: object) -> None:
        if self._loading or self._request is None:
            return
        self._dirty = True
        self.autosave_timer.start()
        self.validate_timer.start()
        self.save_state.setText(self.tr("Editing…"))

    def _on_channel(self, *_args: object) -> None:
        dealer = self.dealer_radio.isChecked()
        for widget in self._dealer_rows:
            self._purchase_form.setRowVisible(widget, dealer)
        for path in ("purchase.dealer_name", "purchase.dealer_email"):
            if not dealer:
                self._errors[path].show_problem(None)
        self.submit_button.setText(self.tr("Make &dealer package…") if dealer else self.tr("S&ubmit"))
        self._on_edited()

    def validate(self) -> list[Problem]:
        request = self.current_request()
        if request is None:
            return []
        self.problems = validate_request(request)
        by_path: dict[str, str] = {}
        for problem in self.problems:
            by_path.setdefault(problem.field, problem.message)
        for path, label in self._errors.items():
            if path.startswith("evidence.files"):
                message = next((m for p, m in by_path.items() if p.startswith("evidence.files")), None)
            else:
                message = by_path.get(path)
            label.show_problem(message)
        for index, box in enumerate(self._boxes):
            prefix = f"cameras.{index}"
            mine = {
                p[len(prefix) + 1 :].split(".")[0] if p != prefix else "": m
                for p, m in reversed(list(by_path.items()))
                if p == prefix or p.startswith(prefix + ".")
            }
            box.show_problems(mine)
        count = len(self.problems)
        self.summary.setText(
            self.tr("Complete: ready to submit.")
            if count == 0
            else self.tr("%n thing(s) to fix before it can be sent (shown next to each field).", "", count)
        )
        return self.problems

    def save_now(self) -> None:
        """Autosave at once (also on leaving the page and on quit)."""
        self.autosave_timer.stop()
        request = self.current_request()
        if request is None or not self._dirty:
            return  # a new request is stored once something is typed into it
        self._request = request
        self._dirty = False
        self.service.save(request)

    def _on_saved(self, request_id: str, _revision: int) -> None:
        if self._request is not None and request_id == self._request.id:
            self.save_state.setText(self.tr("Draft saved at {time}").format(time=time.strftime("%H:%M:%S")))

    def _on_save_failed(self, exc: BaseException) -> None:
        from pixrma_desktop.outbox.errors import EditConflictError, NotEditableError
        from pixrma_desktop.ui.error_dialog import report_for_exception, show_error

        if isinstance(exc, NotEditableError):
            # Sent or queued meanwhile (e.g. from another window or the command line): start a new draft.
            self.save_state.setText(str(exc))
            return
        if isinstance(exc, EditConflictError):
            self._ask_about_conflict(exc)
            return

        self.save_state.setText(self.tr("Not saved: {error}").format(error=exc))
        show_error(self, report_for_exception(exc, doing=self.tr("Saving the draft")))

    def _ask_about_conflict(self, exc: BaseException) -> None:
        self.save_state.setText(self.tr("Not saved: changed elsewhere meanwhile."))
        box = QMessageBox(self)
        box.setObjectName("editConflict")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Draft changed elsewhere"))
        box.setText(str(exc))
        keep = box.addButton(self.tr("Keep my version"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Load the other version"), QMessageBox.ButtonRole.RejectRole)
        request_id = self._request.id if self._request else None

        def decided(_button: object) -> None:
            request = self.current_request()
            if box.clickedButton() is keep and request is not None:
                self.service.save(request, overwrite=True)
            elif request_id is not None:
                self.open_request(request_id)

        box.buttonClicked.connect(decided)
        box.open()
        self.conflict_box = box

    # -- files ---------------------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.attachments.add_paths(files)

    def capture_screenshot(self) -> None:
        window = self.window()
        window.hide()
        QTimer.singleShot(450, lambda: self._grab(window))

    def _grab(self, window: QWidget) -> None:
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if screen is not None else None
        window.show()
        if pixmap is None or pixmap.isNull() or self._request is None:
            self.save_state.setText(self.tr("The screen could not be captured here."))
            return
        folder = self.service.paths.data_dir / "attachments" / self._request.id
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / time.strftime("screenshot-%Y%m%d-%H%M%S.png")
        if pixmap.save(str(path)):
            self.attachments.add_paths([str(path)])

    # -- review and submit ---------------------------------------------------------------------------------
    def review(self) -> QWidget | None:
        request = self.current_request()
        if request is None:
            return None
        from pixrma_desktop.ui.review_dialog import ReviewDialog

        dialog = ReviewDialog(request, self.service.paths, self.service.settings, self)
        dialog.open()
        return dialog

    def submit(self) -> Worker | None:
        request = self.current_request()
        if request is None or self.busy is not None:
            return None
        if self.validate():
            self.summary.setText(
                self.tr("Not sent yet: fix the %n thing(s) shown next to the fields first.", "", len(self.problems))
            )
            return None
        self.autosave_timer.stop()
        self.service.flush()
        self.submit_button.setEnabled(False)
        job, on_done = (dealer_job, self._on_dealer_package) if request.is_dealer else (submit_job, self._on_submitted)
        self.busy = self.service.run(
            "submit",
            job,
            self.service,
            request,
            returned=on_done,
            errored=self._on_submit_error,
            finished=self._on_busy_done,
        )
        return self.busy

    def _on_busy_done(self) -> None:
        self.busy = None
        self.submit_button.setEnabled(True)

    def _on_submitted(self, request_id: str) -> None:
        self.load(self._new_request())  # before anything else: the queued request is no longer editable
        self.submitted.emit(request_id)
        self.service.send_pending(due_only=False)

    def _on_dealer_package(self, package: Any) -> None:
        self.dealer_package_made.emit(package)
        box = QMessageBox(self)
        box.setObjectName("dealerPackageDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Dealer package ready"))
        box.setText(self.tr("The dealer package is in {folder}").format(folder=package.folder))
        box.setInformativeText(
            self.tr(
                "Nothing was sent to the vendor. Open the e-mail in the package (message-to-dealer.eml), check "
                "it and send it to your dealer, or forward the zip file."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    def _on_submit_error(self, exc: BaseException) -> None:
        problems = getattr(exc, "problems", None)
        if problems:
            self.validate()
            self.summary.setText(str(exc))
            return
        from pixrma_desktop.ui.error_dialog import report_for_exception, show_error

        show_error(self, report_for_exception(exc, doing=self.tr("Submitting the request")))

    def shutdown(self) -> None:
        if self.autosave_timer.isActive():
            self.save_now()
        self.service.flush()
