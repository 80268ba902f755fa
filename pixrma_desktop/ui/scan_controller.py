"""Runs camera scans in a worker and feeds the camera table as probes report."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pixrma_desktop.settings import CameraSettings, DemoMode
from pixrma_desktop.ui.camera_table import CameraTableModel, RowState
from pixrma_desktop.ui.worker import Worker, WorkerPool

if TYPE_CHECKING:
    # The scan machinery is imported when the first scan runs, not on the way to the first window.
    from pixrma_desktop.cameras.probe import ScanWarning
    from pixrma_desktop.cameras.scan_result import ScanEvent, ScanResult
    from pixrma_desktop.cameras.scanner import Scanner
    from pixrma_desktop.diagnostics.finding import Finding

log = logging.getLogger(__name__)

ScannerFactory = Callable[[CameraSettings, DemoMode], "Scanner"]


def default_scanner_factory(settings: CameraSettings, demo_mode: DemoMode) -> Scanner:
    """The real probes (imported only when a scan starts, off the start-up path)."""
    from pixrma_desktop.cameras.discovery import make_scanner

    return make_scanner(settings, demo_mode)


def scan_job(scanner: Scanner, data_dir: Path | None) -> Generator[list[ScanEvent], None, ScanResult]:
    """Runs the scan in the worker's own thread, yielding the events as they happen (one batch per group that
    arrived together: one signal, one table update, however fast probes are); returns the ``ScanResult``."""
    from pixrma_desktop.cameras.scan_result import ScanDone

    result: ScanResult | None = None
    for batch in scanner.batches():
        ready: list[ScanEvent] = []
        for event in batch:
            if isinstance(event, ScanDone):
                result = event.result
            else:
                ready.append(event)
        if ready:
            yield ready
    if result is None:  # pragma: no cover - a scan stream always ends with ScanDone
        raise RuntimeError("the scan ended without its result")
    findings = remote_fix_findings(result, scanner.settings)
    result.extra["findings"] = findings
    if data_dir is not None and not result.cancelled:
        from pixrma_desktop.cameras.last_scan import save_last_scan

        try:
            save_last_scan(data_dir, result, [f.to_dict() for f in findings])
        except OSError as exc:
            log.warning("could not save the last scan: %s", exc)
    return result


def remote_fix_findings(result: ScanResult, settings: CameraSettings) -> list[Finding]:
    """What the remote-fix checks say about this scan (runs in the scan's worker)."""
    from pixrma_desktop.diagnostics.checks import check_scan

    try:
        return check_scan(result, settings)
    except Exception:  # a check's bug must not lose the scan
        log.warning("the remote-fix checks failed", exc_info=True)
        return []


class ScanController(QObject):
    scan_started = Signal(list)
    """The names of the probes that run."""
    camera_seen = Signal(int)
    """Row of the camera that appeared or changed."""
    probe_finished = Signal(object)
    warning_raised = Signal(object)
    scan_finished = Signal(object)
    """The ``ScanResult`` (``cancelled`` set when the user stopped it)."""
    scan_failed = Signal(object)
    """The exception, when the scan itself could not run."""
    scan_ended = Signal()
    """Always last, however the scan ended."""

    def __init__(
        self,
        model: CameraTableModel,
        settings: Callable[[], CameraSettings],
        demo_mode: DemoMode,
        data_dir: Path | None,
        factory: ScannerFactory = default_scanner_factory,
        parent: QObject | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._settings = settings
        self.demo_mode: DemoMode = demo_mode
        self._data_dir = data_dir
        self._factory = factory
        self._cache_dir = cache_dir
        self._pool = WorkerPool(self)
        self._worker: Worker | None = None
        self.warnings: list[ScanWarning] = []
        self.last_result: ScanResult | None = None
        self.last_scan_time: float | None = None

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @property
    def worker(self) -> Worker | None:
        return self._worker

    def start_scan(self) -> bool:
        if self._worker is not None:
            return False
        try:
            scanner = self._factory(self._settings(), self.demo_mode)
            if scanner.cache_dir is None:
                scanner.cache_dir = self._cache_dir  # probes remember slow findings across runs of the app
        except Exception as exc:
            log.warning("could not set up the scan", exc_info=True)
            self.scan_failed.emit(exc)
            return False
        self.warnings = []
        self.model.begin_scan()
        worker = Worker(scan_job, scanner, self._data_dir, name="scan")
        worker.on_cancel(scanner.cancel)
        worker.progress.connect(self._on_events)
        worker.returned.connect(self._on_result)
        worker.errored.connect(self._on_error)
        worker.finished.connect(self._on_finished)
        self._worker = worker
        self.scan_started.emit([p.name for p in scanner.probes])
        self._pool.start(worker)
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def shutdown(self, timeout: float = 2.0) -> None:
        self._pool.cancel_all()
        self._pool.wait_all(timeout)

    def _on_events(self, events: list[object]) -> None:
        for event in events:
            self._on_event(event)

    def _on_event(self, event: object) -> None:
        from pixrma_desktop.cameras.scan_result import CameraSeen, ProbeFinished, WarningRaised

        if isinstance(event, CameraSeen):
            self.camera_seen.emit(self.model.upsert(event.record, RowState.SEEN))
        elif isinstance(event, ProbeFinished):
            self.probe_finished.emit(event.status)
        elif isinstance(event, WarningRaised):
            self.warnings.append(event.warning)
            self.warning_raised.emit(event.warning)

    def _on_result(self, result: object) -> None:
        from pixrma_desktop.cameras.scan_result import ScanResult

        if isinstance(result, ScanResult):
            self.last_result = result
            self.model.end_scan(cancelled=result.cancelled)
            if not result.cancelled:
                self.last_scan_time = time.time()
            self.scan_finished.emit(result)

    def _on_error(self, exc: object) -> None:
        self.model.end_scan(cancelled=True)
        self.scan_failed.emit(exc)

    def _on_finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None and worker.cancelled:
            self.model.end_scan(cancelled=True)
        self.scan_ended.emit()
