"""Fake discovery probes for UI tests: they yield what they are given, optionally slowly, never touching hardware."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.cameras.scanner import Scanner
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import CameraSettings, DemoMode


def viky(serial: str) -> CameraRecord:
    """What the genicam wheel's simulated producer reports for one of its three cameras."""
    return CameraRecord(
        vendor="Machine Vision Games Ltd.",
        model="Viky",
        serial=serial,
        device_version="1.0",
        transport=Transport.GENTL,
        demo=True,
    )


@dataclass
class FakeProbe:
    name: str
    items: Sequence[ProbeItem] = ()
    delay: float = 0.0
    """Seconds between two items (waited on the cancel event, so cancelling is immediate)."""
    busy_work: int = 0
    """Pure-Python work per item (holds the GIL like a real probe parsing descriptors)."""

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        for item in self.items:
            if self.delay and ctx.cancel_event.wait(self.delay):
                return
            total = 0
            for i in range(self.busy_work):
                total += i * i
            yield item


@dataclass
class BlockingProbe:
    """Reports nothing until released (or cancelled)."""

    name: str
    release: threading.Event = field(default_factory=threading.Event)

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        while not self.release.wait(0.01):
            if ctx.cancel_event.is_set():
                return
        yield CameraRecord(vendor="Late", serial="late-1")


def demo_probes(delay: float = 0.0) -> list[FakeProbe]:
    return [
        FakeProbe("gentl", [viky("0"), viky("1"), viky("2")], delay=delay),
        FakeProbe(
            "usb3vision",
            [ScanWarning("usb3vision", notice(Code.USB_NO_PERMISSION, device="2-1.4 (1996:0755)"))],
        ),
    ]


class FakeScannerFactory:
    """A ``ScannerFactory`` that builds scanners over fixed fake probes, recording each call."""

    def __init__(self, probes: Sequence[object], timeout: float = 10.0) -> None:
        self.probes = list(probes)
        self.timeout = timeout
        self.calls: list[DemoMode] = []
        self.scanners: list[Scanner] = []

    def __call__(self, settings: CameraSettings, demo_mode: DemoMode) -> Scanner:
        self.calls.append(demo_mode)
        scanner = Scanner(self.probes, settings, demo=demo_mode == "on", timeout=self.timeout)  # type: ignore[arg-type]
        self.scanners.append(scanner)
        return scanner


class ProbeListScanners:
    """The root's ``scanner_factory`` over probes a test chooses (``probes(settings, demo_mode)``), built the
    way the real factory builds its scanner (demo "auto" reports demo cameras only when no real one is found)."""

    def __init__(self, probes: Callable[[CameraSettings, DemoMode], Sequence[object]]) -> None:
        self.probes = probes

    def __call__(self, settings: CameraSettings, demo_mode: DemoMode, timeout: float | None = None) -> Scanner:
        return Scanner(
            list(self.probes(settings, demo_mode)),  # type: ignore[arg-type]
            settings,
            demo=demo_mode != "off",
            timeout=timeout,
            demo_only_if_none=demo_mode == "auto",
        )

    def root(self, data_dir: str | None) -> Any:
        """A ``root_factory`` for ``cli.main``: the real root, scanning with these probes."""
        from pixrma_desktop.application.root import AppRoot

        return AppRoot.build(data_dir, scanner_factory=self)
