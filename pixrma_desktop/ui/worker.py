"""The one way the app runs slow work: a function (usually a generator) on a worker thread, reporting back by
signals that arrive on the GUI thread.

What the generator yields becomes ``progress``; its return value becomes ``returned``; an exception becomes
``errored`` (with the exception object) — all delivered on the GUI thread through queued connections, so slots
may touch widgets. The work itself must never touch a widget. ``cancel()`` asks the generator to stop between
two yields (the generator is closed, so its ``finally`` blocks run) and calls the hooks given with
``on_cancel`` at once, for work that can be interrupted from outside (e.g. ``Scanner.cancel``).
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


def _expected(exc: BaseException) -> bool:
    """An error with a message for the user (support, outbox, files), not a bug."""
    from pixrma_desktop.support.backend import SupportError

    expected: tuple[type[BaseException], ...] = (SupportError, OSError)
    try:
        from pixrma_desktop.outbox.errors import StoreError

        expected = (*expected, StoreError)
    except ImportError:  # pragma: no cover - the outbox is part of every build
        pass
    return isinstance(exc, expected)


class Worker(QObject):
    started = Signal()
    progress = Signal(object)
    returned = Signal(object)
    errored = Signal(object)
    finished = Signal()
    """Always the last signal, after ``returned`` or ``errored``, also when cancelled."""

    def __init__(self, func: Callable[..., Any], *args: Any, name: str = "worker", **kwargs: Any) -> None:
        super().__init__()
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._name = name
        self._cancel = threading.Event()
        self._cancel_hooks: list[Callable[[], None]] = []
        self._thread: threading.Thread | None = None
        self._done = threading.Event()

    @property
    def name(self) -> str:
        return self._name

    def on_cancel(self, hook: Callable[[], None]) -> None:
        self._cancel_hooks.append(hook)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._done.is_set()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError(f"{self._name} was already started")
        # Daemon: a hung probe must never keep the app from quitting; the work is built to be interrupted.
        self._thread = threading.Thread(target=self._run, name=f"pixrma-{self._name}", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        if self._cancel.is_set():
            return
        self._cancel.set()
        for hook in self._cancel_hooks:
            try:
                hook()
            except Exception:
                log.exception("cancel hook of %s failed", self._name)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (for tests and for quitting); True when it did."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        self.started.emit()
        try:
            result = self._func(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                result = self._drive(result)
        except Exception as exc:
            # Errors the user can act on are one line in the log; anything else keeps its traceback for support.
            log.warning("%s failed: %s: %s", self._name, type(exc).__name__, exc, exc_info=not _expected(exc))
            self.errored.emit(exc)
        else:
            self.returned.emit(result)
        finally:
            self._done.set()
            self.finished.emit()

    def _drive(self, gen: Any) -> Any:
        while True:
            if self._cancel.is_set():
                gen.close()
                return None
            try:
                value = next(gen)
            except StopIteration as stop:
                return stop.value
            self.progress.emit(value)


class WorkerPool(QObject):
    """Keeps the running workers of one owner alive, and cancels them all when the owner goes away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers: set[Worker] = set()

    def start(self, worker: Worker) -> Worker:
        self._workers.add(worker)
        worker.finished.connect(lambda: self._workers.discard(worker))
        worker.start()
        return worker

    @property
    def active(self) -> list[Worker]:
        return [w for w in self._workers if w.running]

    def cancel_all(self) -> None:
        for worker in list(self._workers):
            worker.cancel()

    def wait_all(self, timeout: float = 5.0) -> bool:
        return all(worker.wait(timeout) for worker in list(self._workers))
