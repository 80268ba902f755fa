import sys
import threading

import pytest
from PySide6.QtCore import QObject, Signal

from pixrma_desktop.ui.worker import Worker

pytestmark = pytest.mark.gui


class Emitter(QObject):
    value = Signal(object)


def test_emitting_signals_keeps_reference_counts(qtbot):
    """PySide6 6.12.0 drops a reference to True on every emit(), killing the app after a few thousand
    signals; the pinned PySide6 must not."""
    emitter = Emitter()
    seen = []
    emitter.value.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(500):
        emitter.value.emit(n)
    assert len(seen) == 500
    assert sys.getrefcount(True) >= before - 5


def test_generator_progress_result_and_thread(qtbot):
    threads = []

    def work(n):
        threads.append(threading.current_thread().name)
        yield from range(n)
        return "done"

    worker = Worker(work, 3, name="count")
    progress, slot_threads, results = [], [], []
    worker.progress.connect(lambda v: (progress.append(v), slot_threads.append(threading.current_thread().name)))
    worker.returned.connect(results.append)
    with qtbot.waitSignal(worker.finished, timeout=5_000):
        worker.start()
    assert progress == [0, 1, 2]
    assert results == ["done"]
    assert threads == ["pixrma-count"]
    assert set(slot_threads) == {"MainThread"}, "slots run on the GUI thread"


def test_errors_arrive_as_a_signal_on_the_gui_thread(qtbot):
    def work():
        yield 1
        raise ValueError("probe exploded")

    worker = Worker(work, name="failing")
    errors = []
    worker.errored.connect(lambda exc: errors.append((exc, threading.current_thread().name)))
    with qtbot.waitSignal(worker.finished, timeout=5_000):
        worker.start()
    assert len(errors) == 1
    exc, thread = errors[0]
    assert isinstance(exc, ValueError)
    assert str(exc) == "probe exploded"
    assert thread == "MainThread"


def test_cancel_closes_the_generator_and_runs_hooks(qtbot):
    release = threading.Event()
    closed = threading.Event()
    hooks = []

    def work():
        try:
            while not release.wait(0.01):
                yield "tick"
        finally:
            closed.set()

    worker = Worker(work, name="endless")
    worker.on_cancel(lambda: hooks.append("cancelled"))
    with qtbot.waitSignal(worker.progress, timeout=5_000):
        worker.start()
    with qtbot.waitSignal(worker.finished, timeout=5_000):
        worker.cancel()
    assert closed.is_set()
    assert hooks == ["cancelled"]
    assert worker.cancelled
    assert not worker.running
