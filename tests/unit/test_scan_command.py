import argparse
import io
import json
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.cameras.gentl.probe import GenTLProbe
from pixrma_desktop.cameras.last_scan import load_last_scan
from pixrma_desktop.cameras.probe import ProbeContext, ProbeItem, ScanWarning
from pixrma_desktop.cameras.record import CameraRecord
from pixrma_desktop.cameras.usb3vision.probe import Usb3VisionProbe
from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes, scan
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings, save_settings
from tests.fakes.probes import ProbeListScanners
from tests.fakes.usb_world import FakeUsbBackend, FakeUsbCamera


class UsbWorld(list):
    """The simulated USB bus's cameras, and the root for command lines that scan it."""

    def __init__(self) -> None:
        super().__init__()
        self.scanners = ProbeListScanners(
            lambda settings, mode: [Usb3VisionProbe(FakeUsbBackend(self)), GenTLProbe(env={})]
        )

    def main(self, argv):
        return main(argv, root_factory=self.scanners.root)


@pytest.fixture
def usb_world():
    """The real GenTL probe (viky in demo mode) and the USB probe on a simulated bus."""
    return UsbWorld()


def test_json_demo_scan_in_a_fresh_process(tmp_path):
    """What the README promises a newcomer: the three demo cameras, as documented JSON."""
    proc = subprocess.run(
        [sys.executable, "-m", "pixrma_desktop", "--data-dir", str(tmp_path), "scan", "--json", "--demo"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert document["schema_version"] == 1
    demo = [c for c in document["cameras"] if c["demo"]]
    assert [(c["vendor"], c["model"], c["serial"]) for c in demo] == [
        ("Machine Vision Games Ltd.", "Viky", s) for s in "012"
    ]
    assert {p["name"] for p in document["probes"]} == {"usb3vision", "gentl", "gigevision", "pixelink-sdk"}
    stored = load_last_scan(tmp_path / "data")
    assert stored is not None
    assert [c.serial for c in stored.cameras if c.demo] == ["0", "1", "2"]


def test_table_lists_model_serial_firmware_link_and_warnings(usb_world, tmp_path, capsys):
    usb_world.append(FakeUsbCamera(model="PL-D755MU", serial="PX42", device_version="3.1.0", speed="high"))
    code = usb_world.main(["--data-dir", str(tmp_path), "scan"])
    out = capsys.readouterr().out
    assert code == exit_codes.OK
    lines = out.splitlines()
    assert lines[0].split() == ["Model", "Serial", "Firmware", "Transport", "Link"]
    assert lines[1].split() == ["PL-D755MU", "PX42", "3.1.0", "usb3vision", "USB", "2-1", "high"]
    assert lines[2].startswith("    ! USB 3 camera on a USB 2 link")


def test_demo_after_the_command_works_like_the_global_option(usb_world, tmp_path, capsys):
    assert usb_world.main(["--data-dir", str(tmp_path), "scan", "--demo"]) == exit_codes.OK
    out = capsys.readouterr().out
    assert [line.split()[:2] for line in out.splitlines()[1:]] == [["Viky", "0"], ["Viky", "1"], ["Viky", "2"]]
    assert "gentl (demo)" in out


def test_no_camera_exits_nothing_found_and_says_what_to_try(usb_world, tmp_path, capsys):
    assert usb_world.main(["--data-dir", str(tmp_path), "scan"]) == exit_codes.NOTHING_FOUND
    out = capsys.readouterr().out
    assert "No camera found." in out
    assert "pixrma --demo scan" in out
    assert load_last_scan(tmp_path / "data").cameras == ()


def test_demo_setting_is_the_fallback(usb_world, tmp_path, capsys):
    settings = Settings()
    settings.cameras.demo = "auto"
    save_settings(settings, resolve_paths(tmp_path).settings_file)
    assert usb_world.main(["--data-dir", str(tmp_path), "scan", "--json"]) == exit_codes.OK
    assert [c["serial"] for c in json.loads(capsys.readouterr().out)["cameras"]] == ["0", "1", "2"]
    usb_world.append(FakeUsbCamera(serial="REAL1"))
    assert usb_world.main(["--data-dir", str(tmp_path), "scan", "--json"]) == exit_codes.OK
    assert [c["serial"] for c in json.loads(capsys.readouterr().out)["cameras"]] == ["REAL1"]


def test_warnings_go_to_stderr(usb_world, tmp_path, capsys):
    usb_world.append(FakeUsbCamera(serial="LOCKED", deny_open=True))
    usb_world.main(["--data-dir", str(tmp_path), "scan"])
    err = capsys.readouterr().err
    assert "warning: No permission to open the USB camera 2-1 (1996:0d75)" in err
    assert "udev" in err


def test_non_positive_timeout_is_a_usage_error(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "scan", "--timeout", "0"]) == exit_codes.USAGE
    assert "--timeout" in capsys.readouterr().err


class _Gate:
    """Output stream that opens a gate once a given text has been written."""

    def __init__(self, text):
        self.buffer = io.StringIO()
        self.text = text
        self.opened = threading.Event()

    def write(self, data):
        self.buffer.write(data)
        if self.text in self.buffer.getvalue():
            self.opened.set()
        return len(data)

    def flush(self):
        pass


class TwoStepProbe:
    name = "slow"

    def __init__(self, gate):
        self.gate = gate

    def scan(self, ctx: ProbeContext) -> Iterator[ProbeItem]:
        yield CameraRecord(model="First", serial="S1")
        if not self.gate.opened.wait(timeout=30):
            yield ScanWarning(
                self.name, notice(Code.LEGACY_TEXT, text="the first row was not printed before the scan ended")
            )
        yield CameraRecord(model="Second", serial="S2")


def test_rows_are_printed_as_cameras_arrive(tmp_path):
    gate = _Gate("S1")
    scanners = ProbeListScanners(lambda settings, mode: [TwoStepProbe(gate)])
    root = AppRoot(resolve_paths(tmp_path), Settings(), scanner_factory=scanners)
    ctx = CliContext(root, out=gate, err=io.StringIO())
    code = scan.run(argparse.Namespace(json=False, timeout=None, demo_mode=None), ctx)
    assert code == exit_codes.OK
    assert ctx.err.getvalue() == ""
    out = gate.buffer.getvalue()
    assert out.index("S1") < out.index("S2")


def test_gige_host_option(tmp_path):
    """`--gige-host` (repeatable) reaches the probes through the camera settings of this run only."""
    seen = []

    def probes(settings, demo_mode):
        seen.append(list(settings.gige_hosts))
        return []

    argv = ["--data-dir", str(tmp_path), "scan", "--gige-host", "10.0.0.5", "--gige-host", "10.0.0.6"]
    main(argv, root_factory=ProbeListScanners(probes).root)
    assert seen == [["10.0.0.5", "10.0.0.6"]]
