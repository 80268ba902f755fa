"""Runs every probe at once, streams each camera as soon as it is known, and merges what they saw.

Each probe runs in its own daemon thread and reports into one queue; the caller's thread does all merging and
yields the events (``Scanner.events``, or ``batches`` grouped by what arrived together; ``run`` hands them to a
callback), so a GUI worker or the CLI sees them in order, from its own thread. A probe that passes its
timeout is reported as timed out and abandoned; one that raises becomes a warning. Cancelling stops waiting at
once.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from pixrma_desktop.cameras.merge import merge_records, same_camera
from pixrma_desktop.cameras.probe import Probe, ProbeContext, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.cameras.scan_result import (
    CameraSeen,
    ProbeFinished,
    ProbeState,
    ProbeStatus,
    ScanDone,
    ScanEvent,
    ScanResult,
    WarningRaised,
)
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import CameraSettings

_log = logging.getLogger("pixrma.scan")
"""Every probe warning and how each probe fared go to the app's log."""


class _Item(NamedTuple):
    probe: str
    item: CameraRecord | ScanWarning


class _Done(NamedTuple):
    probe: str
    state: ProbeState
    error: str | None = None


def _run_probe(probe: Probe, ctx: ProbeContext, out: queue.SimpleQueue[_Item | _Done]) -> None:
    try:
        for item in probe.scan(ctx):
            out.put(_Item(probe.name, item))
            if ctx.cancel_event.is_set():
                out.put(_Done(probe.name, ProbeState.CANCELLED))
                return
    except Exception as exc:  # a probe's bug or a library's surprise must not end the scan
        out.put(_Done(probe.name, ProbeState.FAILED, f"{type(exc).__name__}: {exc}"))
        return
    if ctx.cancel_event.is_set():
        state = ProbeState.CANCELLED
    elif time.monotonic() >= ctx.deadline:
        state = ProbeState.TIMED_OUT  # it stopped because its time was up: what it found may be incomplete
    else:
        state = ProbeState.OK
    out.put(_Done(probe.name, state))


class Scanner:
    def __init__(
        self,
        probes: Sequence[Probe],
        settings: CameraSettings | None = None,
        *,
        demo: bool = False,
        timeout: float | None = None,
        demo_only_if_none: bool = False,
        cache_dir: Path | None = None,
    ) -> None:
        self.probes = list(probes)
        self.settings = settings or CameraSettings()
        self.demo = demo
        self.demo_only_if_none = demo_only_if_none
        """Hold demo cameras back until the end and keep them only if no real camera was found."""
        self.timeout = self.settings.probe_timeout_s if timeout is None else timeout
        self.cache_dir = cache_dir
        """The app's cache folder, where probes remember what is slow to find out (None: they do not)."""
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def events(self) -> Iterator[ScanEvent | ScanDone]:
        """The scan as one stream: each event as it happens, then ``ScanDone`` with the result, last.

        Runs in the caller's thread (the probes run in their own); stopping the iteration early cancels the
        scan.
        """
        for batch in self.batches():
            yield from batch

    def run(self, on_event: Callable[[ScanEvent], None] | None = None) -> ScanResult:
        """The scan, blocking until every probe is done, timed out or cancelled; events go to ``on_event``."""
        for event in self.events():
            if isinstance(event, ScanDone):
                return event.result
            if on_event is not None:
                on_event(event)
        raise RuntimeError("the scan ended without its result")  # pragma: no cover - the stream ends with ScanDone

    def batches(self) -> Iterator[list[ScanEvent | ScanDone]]:
        """The same stream as ``events``, grouped by what arrived together (one GUI update per batch)."""
        finished = False
        try:
            for batch in self._batches():
                finished = isinstance(batch[-1], ScanDone)
                yield batch
        finally:
            if not finished:
                self._cancel.set()  # the caller stopped listening: no probe need go on

    def _batches(self) -> Iterator[list[ScanEvent | ScanDone]]:
        started_wall, started = time.time(), time.monotonic()
        deadline = started + self.timeout
        out: queue.SimpleQueue[_Item | _Done] = queue.SimpleQueue()
        pending: dict[str, float] = {}
        for probe in self.probes:
            ctx = ProbeContext(self.settings, self.demo, deadline, self._cancel, self.cache_dir)
            thread = threading.Thread(
                target=_run_probe, args=(probe, ctx, out), name=f"probe-{probe.name}", daemon=True
            )
            pending[probe.name] = time.monotonic()
            thread.start()

        cameras: list[CameraRecord] = []
        held_demo: list[CameraRecord] = []
        warnings: list[ScanWarning] = []
        statuses: dict[str, ProbeStatus] = {}
        counts: dict[str, int] = {p.name: 0 for p in self.probes}
        batch: list[ScanEvent | ScanDone] = []

        def warn(warning: ScanWarning) -> None:
            _log.warning("%s probe: %s", warning.probe, warning, extra={"event": "probe-warning"})
            warnings.append(warning)
            batch.append(WarningRaised(warning))

        def finish(name: str, state: ProbeState) -> None:
            status = ProbeStatus(name, state, time.monotonic() - pending.pop(name), counts[name])
            statuses[name] = status
            _log.info("%s probe %s in %.2f s, %d cameras", name, state, status.seconds, status.cameras)
            batch.append(ProbeFinished(status))

        def timed_out(name: str) -> None:
            warn(ScanWarning(name, notice(Code.PROBE_TIMED_OUT, probe=name, seconds=f"{self.timeout:g}")))
            finish(name, ProbeState.TIMED_OUT)

        def handle(msg: _Item | _Done) -> None:
            if msg.probe not in pending:
                return  # late output of a probe already timed out
            if isinstance(msg, _Done):
                if msg.error:
                    warn(ScanWarning(msg.probe, notice(Code.PROBE_FAILED, probe=msg.probe, error=msg.error)))
                if msg.state is ProbeState.TIMED_OUT:
                    timed_out(msg.probe)
                else:
                    finish(msg.probe, msg.state)
            elif isinstance(msg.item, ScanWarning):
                warn(msg.item)
            else:
                record = msg.item
                if msg.probe not in record.probes:
                    record = merge_records(record, CameraRecord(probes=(msg.probe,)))
                counts[msg.probe] += 1
                if self.demo_only_if_none and record.demo:
                    self._absorb(held_demo, record)
                else:
                    batch.append(self._absorb(cameras, record))

        while pending and not self._cancel.is_set():
            try:
                handle(out.get(timeout=max(0.0, min(0.05, deadline - time.monotonic())) or 0.001))
                while pending:  # and whatever else has arrived meanwhile, as the same batch
                    handle(out.get_nowait())
            except queue.Empty:
                if time.monotonic() >= deadline:
                    for name in list(pending):
                        timed_out(name)
            if batch:
                yield batch
                batch = []

        cancelled = self._cancel.is_set()
        for name in list(pending):
            finish(name, ProbeState.CANCELLED)
        if held_demo and not cameras:
            for record in held_demo:
                batch.append(self._absorb(cameras, record))
        result = ScanResult(
            cameras=tuple(cameras),
            warnings=tuple(warnings),
            probes=tuple(statuses[p.name] for p in self.probes),
            started_at=started_wall,
            seconds=time.monotonic() - started,
            cancelled=cancelled,
        )
        batch.append(ScanDone(result))
        yield batch

    @staticmethod
    def _absorb(cameras: list[CameraRecord], record: CameraRecord) -> CameraSeen:
        for index, known in enumerate(cameras):
            if same_camera(known, record):
                cameras[index] = merge_records(known, record)
                return CameraSeen(index, cameras[index], new=False)
        cameras.append(record)
        return CameraSeen(len(cameras) - 1, record, new=True)


def scan(
    probes: Iterable[Probe],
    settings: CameraSettings | None = None,
    *,
    demo: bool = False,
    timeout: float | None = None,
    on_event: Callable[[ScanEvent], None] | None = None,
) -> ScanResult:
    """One scan, blocking until every probe is done or timed out."""
    return Scanner(list(probes), settings, demo=demo, timeout=timeout).run(on_event)
