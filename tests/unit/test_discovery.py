from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from pixrma_desktop.cameras import discovery
from pixrma_desktop.cameras.gentl.probe import GenTLProbe
from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.cameras.scan_result import CameraSeen
from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe
from pixrma_desktop.settings import CameraSettings

REAL = CameraRecord(vendor="PixeLINK", serial="R1")
DEMO = [CameraRecord(vendor="Machine Vision Games Ltd.", serial=s, demo=True) for s in "012"]


@dataclass
class ListProbe:
    name: str
    items: list[ProbeItem] = field(default_factory=list)
    seen_demo: list[bool] = field(default_factory=list)

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        self.seen_demo.append(ctx.demo)
        yield from self.items


@pytest.fixture
def fake_probes(monkeypatch):
    probes = {"usb": ListProbe("usb3vision"), "gentl": ListProbe("gentl", list(DEMO))}
    monkeypatch.setattr(discovery, "default_probes", lambda settings, mode: list(probes.values()))
    return probes


def test_default_probes_are_usb_gentl_gige_and_the_pixelink_sdk():
    from pixrma_desktop.cameras.gige.probe import GigeVisionProbe
    from pixrma_desktop.cameras.pixelink_sdk.probe import PixelinkSdkProbe

    probes = discovery.default_probes(CameraSettings(), "off")
    assert [type(p) for p in probes] == [Usb3VisionProbe, GenTLProbe, GigeVisionProbe, PixelinkSdkProbe]


def test_demo_on_keeps_demo_cameras_next_to_real_ones(fake_probes):
    fake_probes["usb"].items = [REAL]
    result = discovery.discover(CameraSettings(), "on")
    assert sorted(c.serial for c in result.cameras) == ["0", "1", "2", "R1"]
    assert fake_probes["gentl"].seen_demo == [True]


def test_demo_auto_shows_demo_cameras_only_when_nothing_real_is_found(fake_probes):
    events = []
    result = discovery.discover(CameraSettings(), "auto", on_event=events.append)
    assert [c.serial for c in result.cameras] == ["0", "1", "2"]
    seen = [e for e in events if isinstance(e, CameraSeen)]
    assert [(e.index, e.record.serial) for e in seen] == [(0, "0"), (1, "1"), (2, "2")]


def test_demo_auto_drops_demo_cameras_when_a_real_one_is_found(fake_probes):
    fake_probes["usb"].items = [REAL]
    events = []
    result = discovery.discover(CameraSettings(), "auto", on_event=events.append)
    assert [c.serial for c in result.cameras] == ["R1"]
    assert [e.record.serial for e in events if isinstance(e, CameraSeen)] == ["R1"]


def test_demo_off_does_not_ask_for_demo_cameras(fake_probes):
    fake_probes["gentl"].items = []
    result = discovery.discover(CameraSettings(), "off")
    assert result.cameras == ()
    assert fake_probes["gentl"].seen_demo == [False]


def test_make_scanner_uses_the_settings_timeout_unless_given():
    settings = CameraSettings(probe_timeout_s=2.5)
    assert discovery.make_scanner(settings, "off").timeout == 2.5
    assert discovery.make_scanner(settings, "off", timeout=0.5).timeout == 0.5


def test_whole_settings_are_accepted_too(fake_probes):
    from pixrma_desktop.settings import Settings

    settings = Settings()
    settings.cameras.probe_timeout_s = 7.0
    assert discovery.make_scanner(settings, "off").timeout == 7.0
    assert [c.serial for c in discovery.discover(settings, "on").cameras] == ["0", "1", "2"]
