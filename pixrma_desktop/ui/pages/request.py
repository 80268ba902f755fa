"""The Request page: the RMA request form, prefilled, validated field by field, autosaved as you type.

Prefilled from the remembered contact profile and the cameras of the latest scan; one problem box per camera;
files by drag-and-drop or a screenshot of an error message; choosing a dealer switches to the dealer package.
Every change is autosaved (debounced) into the outbox, so nothing typed is lost, even if the app is killed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pixrma_desktop.diagnostics.finding import Finding
from pixrma_desktop.rma.request import Problem, RmaRequest, validate_request
from pixrma_desktop.ui.camera_problem_box import CameraProblemBox
from pixrma_desktop.ui.field_error import FieldError
from pixrma_desktop.ui.field_plan_note import FieldPlanNote
from pixrma_desktop.ui.inquiry_dialog import UrlOpener
from pixrma_desktop.ui.outbox_service import OutboxService
from pixrma_desktop.ui.request_cameras_box import CamerasBox, CamerasSource
from pixrma_desktop.ui.request_contact_box import ContactBox
from pixrma_desktop.ui.request_duplicates import DuplicateChoices
from pixrma_desktop.ui.request_files_box import FilesBox
from pixrma_desktop.ui.request_jobs import (
    dealer_job,
    fresh_request,
    latest_draft_job,
    load_job,
    submit_job,
    system_job,
)
from pixrma_desktop.ui.request_purchase_box import PurchaseBox
from pixrma_desktop.ui.scroll_page import scrolling_column
from pixrma_desktop.ui.worker import Worker

AUTOSAVE_MS = 800
VALIDATE_MS = 250


class RequestPage(QWidget):
    submitted = Signal(str)
    """A request was queued for sending: its id."""
    dealer_package_made = Signal(object)
    """The dealer package (``rma.dealer.DealerPackage``) was written."""
    loaded = Signal(str)
    """A request is in the form (its id)."""
    show_request = Signal(str)
    """The user wants to see a request that is no longer a draft (its id), on the Outbox page."""

    def __init__(
        self,
        service: OutboxService,
        cameras: CamerasSource,
        parent: QWidget | None = None,
        *,
        findings: Callable[[], list[Finding]] = list,
        open_url: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.duplicates = DuplicateChoices(
            self,
            service,
            open_url or QDesktopServices.openUrl,
            open_local=self._open_elsewhere,
            file_anyway=lambda request, reason: self.submit(file_anyway=reason, request=request),
        )
        self._cameras_source = cameras
        self._findings_source = findings
        self._request: RmaRequest | None = None
        self._loading = False
        self._dirty = False
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

        self.contact_box = ContactBox()
        self.purchase_box = PurchaseBox()
        self.cameras_box = CamerasBox(cameras)
        self.files_box = FilesBox(self._screenshot_folder)
        groups = (self.contact_box, self.purchase_box, self.cameras_box, self.files_box)
        self._errors: dict[str, FieldError] = {}
        for group in groups:
            self._errors.update(group.errors)
            group.changed.connect(self._on_edited)
        self.purchase_box.channel_changed.connect(self._on_channel)
        self.files_box.problem.connect(self.save_state.setText)
        # The fields the page's callers fill in and read, under their names on the page.
        contact, purchase, files = self.contact_box, self.purchase_box, self.files_box
        self.name, self.company, self.email = contact.name, contact.company, contact.email
        self.phone, self.country, self.address = contact.phone, contact.country, contact.address
        self.vendor_radio, self.dealer_radio = purchase.vendor_radio, purchase.dealer_radio
        self.dealer_name, self.dealer_email = purchase.dealer_name, purchase.dealer_email
        self.warranty = purchase.warranty
        self.add_manual_button = self.cameras_box.add_manual_button
        self.attachments, self.notes, self.system_label = files.attachments, files.notes, files.system_label
        scroll = scrolling_column(*groups)
        self.form_area = scroll

        self.summary = QLabel()
        self.summary.setObjectName("problemSummary")
        self.summary.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Re&view what will be sent…"))
        self.review_button.setObjectName("review")
        self.submit_button = QPushButton(self.tr("S&ubmit"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setDefault(True)
        self.field_plan = FieldPlanNote()
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.review_button)
        footer.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.duplicates.note)
        layout.addWidget(self.field_plan)
        layout.addLayout(footer)

        self.new_button.clicked.connect(self.start_new)
        self.review_button.clicked.connect(self.review)
        self.submit_button.clicked.connect(self.submit)
        service.saved.connect(self._on_saved)
        service.save_failed.connect(self._on_save_failed)
        self._set_enabled(False)
        self._open_latest()

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
            returned=self._load_to_fix,
            errored=lambda exc: self.save_state.setText(str(exc)),
        )

    def _load_to_fix(self, request: RmaRequest) -> None:
        """A request opened from the outbox to change it: what to fix shows at once."""
        self.load(request)
        self.arm_all()

    def arm_all(self, armed: bool = True) -> None:
        """Show (or, for a fresh form, hold back) every field's problem."""
        for label in self.findChildren(FieldError):
            label.arm(armed)

    def _new_request(self, *, with_cameras: bool = True) -> RmaRequest:
        """A new request with the remembered contact; with ``with_cameras`` (only the very first one), the
        scanned cameras too. Later ones start without cameras: "Add cameras from the scan" reuses them, so a
        second ticket for the same camera is never one click away."""
        cameras = [r for r in self._cameras_source() if not r.demo] if with_cameras else []
        return fresh_request(self.service.paths.config_dir, cameras, self._findings_source())

    def start_new(self) -> None:
        self.save_now()
        self.load(self._new_request(with_cameras=False))

    def load(self, request: RmaRequest) -> None:
        self._dirty = False
        self._loading = True
        try:
            self._request = request
            self.contact_box.show_contact(request.contact)
            self.purchase_box.show_purchase(request.purchase, request.warranty)
            self.cameras_box.show_entries(list(request.cameras))
            self.attachments.set_paths(list(request.evidence.files))
            self.notes.setPlainText(request.notes)
            self.purchase_box.show_channel()
        finally:
            self._loading = False
        self.cameras_box.update_hint()
        self._set_enabled(True)
        self.files_box.show_system(request)
        if not request.system.facts:
            self._fill_system(request.id)
        self.save_state.setText(self.tr("Draft {id}").format(id=request.id[:8]))
        self.arm_all(False)  # a fresh form is not a wall of red: each problem shows when its field is left
        self.validate()
        self.loaded.emit(request.id)

    # -- system report -------------------------------------------------------------------------------------
    def _fill_system(self, request_id: str) -> None:
        def fill(summary: Any) -> None:
            if self._request is not None and self._request.id == request_id:
                # Kept with the request; stored with the next save (a request nobody typed into stays unsaved).
                self._request = self._request.model_copy(update={"system": summary})
                self.files_box.show_system(self._request)

        self.service.run("system-report", system_job, returned=fill)

    # -- cameras -------------------------------------------------------------------------------------------
    def add_scanned_cameras(self) -> int:
        return self.cameras_box.add_scanned_cameras()

    @property
    def boxes(self) -> tuple[CameraProblemBox, ...]:
        return self.cameras_box.boxes

    # -- the request as the form shows it ------------------------------------------------------------------
    def current_request(self) -> RmaRequest | None:
        if self._request is None:
            return None
        return self._request.model_copy(
            update={
                "contact": self.contact_box.contact(),
                "purchase": self.purchase_box.purchase(),
                "warranty": self.purchase_box.warranty_choice(),
                "cameras": [box.entry() for box in self.boxes],
                "evidence": self._request.evidence.model_copy(update={"files": self.attachments.paths()}),
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
        dealer = self.purchase_box.is_dealer()
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
        for index, box in enumerate(self.boxes):
            prefix = f"cameras.{index}"
            mine = {
                p[len(prefix) + 1 :].split(".")[0] if p != prefix else "": m
                for p, m in reversed(list(by_path.items()))
                if p == prefix or p.startswith(prefix + ".")
            }
            box.show_problems(mine)
        self.field_plan.show_plan(self.service.root, request)
        self.duplicates.watch(request)
        count = len(self.problems)
        held_back = any(not label.armed and label.message for label in self.findChildren(FieldError))
        if count == 0:
            self.summary.setText(self.tr("Complete: ready to submit."))
        elif held_back:
            self.summary.setText(
                self.tr(
                    "%n thing(s) still to fill in before it can be sent (each is said when you leave its field).",
                    "",
                    count,
                )
            )
        else:
            self.summary.setText(
                self.tr("%n thing(s) to fix before it can be sent (shown next to each field).", "", count)
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
        from pixrma_desktop.ui.edit_conflict_box import ask_about_conflict

        self.save_state.setText(self.tr("Not saved: changed elsewhere meanwhile."))
        request_id = self._request.id if self._request else None

        def keep_mine() -> None:
            request = self.current_request()
            if request is not None:
                self.service.save(request, overwrite=True)
            else:
                load_other()

        def load_other() -> None:
            if request_id is not None:
                self.open_request(request_id)

        self.conflict_box = ask_about_conflict(self, str(exc), keep_mine=keep_mine, load_other=load_other)

    # -- files ---------------------------------------------------------------------------------------------
    def _screenshot_folder(self) -> Path | None:
        if self._request is None:
            return None
        return self.service.paths.data_dir / "attachments" / self._request.id

    # -- review and submit ---------------------------------------------------------------------------------
    def review(self) -> QWidget | None:
        request = self.current_request()
        if request is None:
            return None
        from pixrma_desktop.ui.review_dialog import ReviewDialog

        dialog = ReviewDialog(request, self.service.root, self)
        dialog.reviewed.connect(self._on_reviewed)
        dialog.open()
        return dialog

    def _on_reviewed(self, reviewed: RmaRequest) -> None:
        """Keep the reviewed bundle's path and hash with the request (saved now): that file is what is sent."""
        if self._request is None or self._request.id != reviewed.id:
            return
        self._request = self._request.model_copy(update={"evidence": reviewed.evidence})
        self._dirty = True
        self.save_now()

    def submit(self, *, file_anyway: str | None = None, request: RmaRequest | None = None) -> Worker | None:
        """Check, save and queue the request (the duplicate guard first: other open requests naming one of
        its cameras open the duplicate dialog); ``file_anyway``: the user's reason to file it all the same."""
        request = request or self.current_request()
        if request is None or self.busy is not None:
            return None
        self.arm_all()  # asked to send: every problem shows
        if self.validate():
            self.summary.setText(
                self.tr("Not sent yet: fix the %n thing(s) shown next to the fields first.", "", len(self.problems))
            )
            return None
        self.autosave_timer.stop()
        self.service.flush()
        self.submit_button.setEnabled(False)
        online = self.service.network.maybe_online
        job, on_done = (
            (dealer_job, self._on_dealer_package)
            if request.is_dealer
            else (partial(submit_job, online=online, file_anyway=file_anyway), self._on_submitted)
        )
        self.busy = self.service.run(
            "submit",
            job,
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
        # Before anything else: the queued request is no longer editable. The next one starts without cameras.
        self.load(self._new_request(with_cameras=False))
        self.submitted.emit(request_id)
        self.service.send_pending(due_only=False)

    def _on_dealer_package(self, package: Any) -> None:
        from pixrma_desktop.ui.dealer_done import show_dealer_done

        self.dealer_package_made.emit(package)
        self.save_state.setText(self.tr("Package ready for your dealer: {folder}").format(folder=package.folder))
        self.dealer_done = show_dealer_done(self, package)

    def _open_elsewhere(self, request_id: str) -> None:
        """The duplicate dialog's "open that request": a draft in this form, anything else on the Outbox page."""
        row = next((r for r in self.service.rows if r.id == request_id), None)
        if row is not None and row.editable:
            self.open_request(request_id)
        else:
            self.show_request.emit(request_id)

    def _on_submit_error(self, exc: BaseException) -> None:
        from pixrma_desktop.application.duplicate_guard import DuplicateRequestError

        if isinstance(exc, DuplicateRequestError):
            request = self.current_request()
            if request is not None:
                self.summary.setText(self.tr("Not sent: another open request already names this camera."))
                self.duplicates.show(exc.check, request)
            return
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
