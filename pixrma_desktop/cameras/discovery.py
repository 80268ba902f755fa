"""The probes a scan runs, and one-call discovery for the command line and the GUI.

``default_probes`` is the single list of probes; new transports add theirs here. Demo mode: "on" adds the
simulated cameras, "auto" adds them only when no real camera is found (their records are then dropped when a
real one is), "off" never.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pixrma_desktop.cameras.probe import Probe
from pixrma_desktop.cameras.scan_result import ScanEvent, ScanResult
from pixrma_desktop.cameras.scanner import Scanner
from pixrma_desktop.settings import CameraSettings, DemoMode, Settings


def camera_settings(settings: CameraSettings | Settings | None) -> CameraSettings:
    """The camera section; the whole ``Settings`` is accepted too, and None means the defaults."""
    if settings is None:
        return CameraSettings()
    return settings.cameras if isinstance(settings, Settings) else settings


def default_probes(settings: CameraSettings, demo_mode: DemoMode) -> list[Probe]:
    """Every probe, cheapest first. Each imports its libraries only when it scans."""
    from pixrma_desktop.cameras.gentl.probe import GenTLProbe
    from pixrma_desktop.cameras.gige.probe import GigeVisionProbe
    from pixrma_desktop.cameras.pixelink_sdk.probe import PixelinkSdkProbe
    from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe

    return [Usb3VisionProbe(), GenTLProbe(), GigeVisionProbe(), PixelinkSdkProbe()]


def make_scanner(
    settings: CameraSettings | Settings | None,
    demo_mode: DemoMode,
    timeout: float | None = None,
    cache_dir: Path | None = None,
) -> Scanner:
    """A scanner with every probe; in demo mode "auto" it reports demo cameras only when no real one is found."""
    settings = camera_settings(settings)
    return Scanner(
        default_probes(settings, demo_mode),
        settings,
        demo=demo_mode != "off",
        timeout=timeout,
        demo_only_if_none=demo_mode == "auto",
        cache_dir=cache_dir,
    )


def discover(
    settings: CameraSettings | Settings | None = None,
    demo_mode: DemoMode = "off",
    *,
    timeout: float | None = None,
    on_event: Callable[[ScanEvent], None] | None = None,
    cache_dir: Path | None = None,
) -> ScanResult:
    """Scan once with every probe, streaming events to ``on_event``; blocks until done or timed out.

    ``cache_dir`` (the app's cache folder) lets probes remember across runs what is slow to find out again."""
    return make_scanner(settings, demo_mode, timeout, cache_dir).run(on_event)
