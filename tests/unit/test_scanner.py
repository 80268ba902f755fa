import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport, UsbLocation
from pixrma_desktop.cameras.scan_result import CameraSeen, ProbeFinished, ProbeState, ScanDone
from pixrma_desktop.cameras.scanner import Scanner, scan
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice

SLOW = notice(Code.USB_SLOW_LINK, speed="high", mbits=480)


@dataclass
class ListProbe:
    name: str
    items: list[ProbeItem] = field(default_factory=list)

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        yield from self.items


@dataclass
class HangingProbe:
    """Never returns on its own: blocks on an event the test releases afterwards."""

    name: str
    release: threading.Event

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        self.release.wait()
        yield CameraRecord(serial="late")


class BrokenProbe:
    name = "broken"

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        yield CameraRecord(serial="before-crash", vendor="X")
        raise RuntimeError("driver exploded")


def test_hung_probe_times_out_and_fast_records_arrive_first():
    release = threading.Event()
    events = []
    fast = ListProbe("fast", [CameraRecord(vendor="A", serial="1")])
    try:
        result = scan([HangingProbe("hung", release), fast], timeout=0.3, on_event=events.append)
    finally:
        release.set()
    assert [c.serial for c in result.cameras] == ["1"]
    states = {p.name: p.state for p in result.probes}
    assert states == {"hung": ProbeState.TIMED_OUT, "fast": ProbeState.OK}
    assert isinstance(events[0], CameraSeen)
    assert any(w.code is Code.PROBE_TIMED_OUT and w.params["probe"] == "hung" for w in result.warnings)
    assert any("hung" in w.message and "did not finish" in w.message for w in result.warnings)


def test_probe_exception_becomes_warning_and_keeps_earlier_records():
    result = scan([BrokenProbe(), ListProbe("ok", [CameraRecord(serial="2")])], timeout=5)
    assert sorted(c.serial for c in result.cameras) == ["2", "before-crash"]
    broken = next(p for p in result.probes if p.name == "broken")
    assert broken.state is ProbeState.FAILED
    assert any(w.code is Code.PROBE_FAILED and "driver exploded" in w.message for w in result.warnings)


def test_same_camera_from_two_probes_is_merged_with_richest_fields():
    gentl = CameraRecord(vendor="Pixelink", model="PL-D7", serial="7001", transport=Transport.GENTL)
    usb = CameraRecord(
        vendor="PixeLINK",
        serial="7001",
        firmware_version="2.1.0",
        transport=Transport.USB3_VISION,
        usb=UsbLocation(bus=2, port_path="1", speed="high"),
        warnings=(SLOW,),
    )
    result = scan([ListProbe("gentl", [gentl]), ListProbe("usb3vision", [usb])], timeout=5)
    assert len(result.cameras) == 1
    merged = result.cameras[0]
    assert merged.model == "PL-D7"
    assert merged.firmware_version == "2.1.0"
    assert merged.transport is Transport.USB3_VISION
    assert set(merged.probes) == {"gentl", "usb3vision"}
    assert merged.warnings == (SLOW,)


def test_different_vendors_with_same_serial_stay_apart():
    same_serial = [CameraRecord(vendor="Basler", serial="0"), CameraRecord(vendor="Viky", serial="0")]
    result = scan([ListProbe("p", same_serial)])
    assert len(result.cameras) == 2


def test_probe_warnings_are_collected():
    warning = ScanWarning("usb3vision", notice(Code.USB_CLAIM_FAILED, device="1-2", error="gone"))
    result = scan([ListProbe("usb3vision", [warning])])
    assert result.warnings == (warning,)
    assert str(warning) == "Could not claim the control interface of the USB camera 1-2 (gone)."


def test_cancel_stops_waiting():
    release = threading.Event()
    scanner = Scanner([HangingProbe("hung", release)], timeout=60)

    threading.Timer(0.05, scanner.cancel).start()
    try:
        result = scanner.run()
    finally:
        release.set()
    assert result.cancelled
    assert result.probes[0].state is ProbeState.CANCELLED


def test_events_report_each_probe_once():
    events = []
    scan([ListProbe("a"), ListProbe("b", [CameraRecord(serial="9")])], on_event=events.append)
    finished = [e.status.name for e in events if isinstance(e, ProbeFinished)]
    assert sorted(finished) == ["a", "b"]


def test_events_stream_in_the_callers_thread_and_end_with_the_result():
    scanner = Scanner([ListProbe("a", [CameraRecord(serial="1")]), ListProbe("b", [CameraRecord(serial="2")])])
    threads = set()
    events = []
    for event in scanner.events():
        threads.add(threading.current_thread().name)
        events.append(event)
    assert threads == {threading.current_thread().name}
    assert isinstance(events[-1], ScanDone)
    assert not any(isinstance(e, ScanDone) for e in events[:-1])
    result = events[-1].result
    assert sorted(c.serial for c in result.cameras) == ["1", "2"]
    seen = [e.record.serial for e in events if isinstance(e, CameraSeen)]
    assert sorted(seen) == ["1", "2"]
    assert not result.cancelled


def test_batches_group_what_arrived_together():
    go, produced = threading.Event(), threading.Event()

    @dataclass
    class BurstProbe:
        name: str

        def scan(self, ctx):
            yield CameraRecord(serial="0")
            go.wait(10)
            for n in range(1, 20):
                yield CameraRecord(serial=str(n))
            produced.set()

    batches = Scanner([BurstProbe("burst")], timeout=30).batches()
    first = next(batches)
    assert [e.record.serial for e in first if isinstance(e, CameraSeen)] == ["0"]
    go.set()
    assert produced.wait(10)
    burst = next(batches)
    assert [e.record.serial for e in burst if isinstance(e, CameraSeen)] == [str(n) for n in range(1, 20)]
    rest = [e for batch in batches for e in batch]
    assert isinstance(rest[-1], ScanDone)
    assert sorted(int(c.serial) for c in rest[-1].result.cameras) == list(range(20))


def test_leaving_the_stream_early_cancels_the_probes():
    saw_cancel = threading.Event()

    @dataclass
    class PatientProbe:
        name: str

        def scan(self, ctx):
            yield CameraRecord(serial="first")
            if ctx.cancel_event.wait(10):
                saw_cancel.set()

    stream = Scanner([PatientProbe("p")], timeout=30).events()
    assert isinstance(next(stream), CameraSeen)
    stream.close()
    assert saw_cancel.wait(5), "the probe was told to stop"


def test_demo_cameras_held_back_until_the_end_and_kept_only_without_real_ones():
    demo = ListProbe("demo", [CameraRecord(serial="0", demo=True), CameraRecord(serial="1", demo=True)])
    events = []
    result = Scanner([demo], demo_only_if_none=True).run(events.append)
    assert [c.serial for c in result.cameras] == ["0", "1"]
    seen = [e for e in events if isinstance(e, CameraSeen)]
    assert [(e.index, e.new) for e in seen] == [(0, True), (1, True)]
    assert isinstance(events[0], ProbeFinished)  # demo cameras come after every probe finished

    real = ListProbe("usb", [CameraRecord(vendor="PixeLINK", serial="R")])
    result = Scanner([demo, real], demo_only_if_none=True).run()
    assert [c.serial for c in result.cameras] == ["R"]


def test_many_probes_run_at_once():
    """Each probe waits until all have started: only concurrent probes can finish."""
    barrier = threading.Barrier(5, timeout=10)

    @dataclass
    class BarrierProbe:
        name: str

        def scan(self, ctx):
            barrier.wait()
            yield CameraRecord(serial=self.name)

    result = scan([BarrierProbe(f"p{i}") for i in range(5)], timeout=30)
    assert sorted(c.serial for c in result.cameras) == [f"p{i}" for i in range(5)]


def test_probe_that_stops_because_its_time_is_up_counts_as_timed_out():
    @dataclass
    class PoliteProbe:
        """Checks ctx.cancelled() and gives up by itself when the deadline passes."""

        name: str = "polite"

        def scan(self, ctx):
            yield CameraRecord(serial="first")
            while not ctx.cancelled():
                ctx.cancel_event.wait(ctx.remaining())

    result = scan([PoliteProbe()], timeout=0.2)
    assert result.probes[0].state is ProbeState.TIMED_OUT
    assert [c.serial for c in result.cameras] == ["first"]
    assert any(w.code is Code.PROBE_TIMED_OUT for w in result.warnings)
