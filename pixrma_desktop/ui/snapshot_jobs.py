"""Configuration snapshots in the background after a scan: the camera list shows first, then each camera's
features fill in as its snapshot is taken (one camera after another, read-only).

A new scan cancels the snapshots still to come (between two cameras), so a rescan never waits behind them.
The work is ``application.features.snapshot_cameras`` on a worker thread; each snapshot arrives on the GUI
thread by ``snapshot_ready``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from pixrma_desktop.ui.worker import Worker, WorkerPool

if TYPE_CHECKING:
    from pixrma_desktop.application.root import AppRoot
    from pixrma_desktop.cameras.features import CameraSnapshot
    from pixrma_desktop.cameras.record import CameraRecord

SnapshotFunction = Callable[["CameraRecord"], "CameraSnapshot"]


def root_snapshot(root: AppRoot) -> SnapshotFunction:
    """One camera's snapshot through the application layer (kept in the data folder for the bundle)."""

    def take(camera: CameraRecord) -> CameraSnapshot:
        from pixrma_desktop.application.features import snapshot_cameras

        return snapshot_cameras(root, [camera])[0][0]

    return take


def _each(take: SnapshotFunction, cameras: Sequence[CameraRecord]) -> Iterator[tuple[CameraRecord, Any]]:
    for camera in cameras:
        yield camera, take(camera)


class SnapshotJobs(QObject):
    snapshot_ready = Signal(object, object)
    """(the camera record, its ``CameraSnapshot``), on the GUI thread."""
    pending = Signal(object)
    """The cameras whose snapshots are about to be taken."""

    def __init__(self, take: SnapshotFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._take = take
        self._pool = WorkerPool(self)
        self._current: Worker | None = None

    def start(self, cameras: Sequence[CameraRecord]) -> Worker | None:
        """Snapshot ``cameras`` one after another (the ones another program holds are read as "in use")."""
        self.cancel()
        chosen = [c for c in cameras if c.serial]
        if not chosen:
            return None
        self.pending.emit(chosen)
        worker = Worker(_each, self._take, chosen, name="snapshots")
        worker.progress.connect(lambda pair: self._ready(worker, pair))
        self._current = worker
        return self._pool.start(worker)

    def _ready(self, worker: Worker, pair: tuple[CameraRecord, CameraSnapshot]) -> None:
        if worker is self._current:  # a cancelled run's last snapshot (cut short by the new scan) is dropped
            self.snapshot_ready.emit(*pair)

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self._current = None

    @property
    def running(self) -> bool:
        return self._current is not None and self._current.running
