import argparse
import threading

from pixrma_desktop.cameras.gentl import preload
from pixrma_desktop.cameras.gentl.producers import ENV_VAR
from pixrma_desktop.settings import CameraSettings, Settings


def test_gentl_is_expected_only_with_a_possible_producer():
    none = CameraSettings()
    assert not preload.gentl_may_be_used(none, "off", {})
    assert not preload.gentl_may_be_used(none, "off", {ENV_VAR: "  "})
    assert preload.gentl_may_be_used(none, "on", {})
    assert preload.gentl_may_be_used(none, "auto", {})
    assert preload.gentl_may_be_used(none, "off", {ENV_VAR: "/opt/vendor/cti"})
    assert preload.gentl_may_be_used(CameraSettings(producer_paths=["/opt/x.cti"]), "off", {})


class _Idle:
    def start(self) -> None:
        pass


def test_loading_starts_once_and_not_for_a_report_from_the_last_scan(monkeypatch):
    started = []
    monkeypatch.setattr(preload, "_started", threading.Event())
    monkeypatch.setattr(preload, "Thread", lambda **kwargs: started.append(kwargs) or _Idle())
    settings = Settings()
    preload.warm_up(argparse.Namespace(demo_mode="on", from_last_scan=True), settings)
    assert started == []
    preload.warm_up(argparse.Namespace(demo_mode="on"), settings)
    preload.warm_up(argparse.Namespace(demo_mode="on"), settings)
    assert [kwargs["name"] for kwargs in started] == ["gentl-preload"]
