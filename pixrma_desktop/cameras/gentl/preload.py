"""Starts loading the GenTL libraries (harvesters, genicam) in the background as soon as a command that scans
knows it will need them, so the import overlaps the command line's own start-up (settings, log, probes).

Only when a GenTL producer can be among the candidates (demo mode, the environment variable, configured paths):
a scan without one never loads harvesters, and neither does this.
"""

from __future__ import annotations

import os
from threading import Event, Thread
from typing import Any

from pixrma_desktop.settings import CameraSettings, DemoMode, Settings

_started = Event()


def gentl_may_be_used(settings: CameraSettings, demo_mode: DemoMode, environ: dict[str, str] | None = None) -> bool:
    """Whether the GenTL probe may load producers in this scan (so it will import harvesters)."""
    from pixrma_desktop.cameras.gentl.producers import ENV_VAR

    env = os.environ if environ is None else environ
    return demo_mode != "off" or bool(env.get(ENV_VAR, "").strip()) or any(p.strip() for p in settings.producer_paths)


def _load() -> None:
    try:
        import harvesters.core  # noqa: F401 - loaded for the GenTL probe, which imports it again
    except Exception:  # the probe itself reports a missing or broken harvesters when it scans
        return


def warm_up(args: Any, settings: Settings) -> None:
    """The command line's early hook for commands that scan (``set_defaults(warm_up=warm_up)``): called once
    the settings are loaded, before the log and the command's own imports."""
    if getattr(args, "from_last_scan", False):
        return  # `pixrma report --from-last-scan` does not scan
    start_loading(settings.cameras, getattr(args, "demo_mode", None) or settings.cameras.demo)


def start_loading(settings: CameraSettings, demo_mode: DemoMode) -> bool:
    """Begin importing harvesters in a daemon thread when the scan may need it; True if it started (once)."""
    if _started.is_set() or not gentl_may_be_used(settings, demo_mode):
        return False
    _started.set()
    Thread(target=_load, name="gentl-preload", daemon=True).start()
    return True
