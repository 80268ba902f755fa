"""The SDK probe with the real pixelinkWrapper over a C stand-in for libPxLApi.so, each case in a fresh process
(the wrapper loads the library once, when it is first imported)."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pixrma_desktop.cameras.pixelink_sdk.probe import NAME, SdkUnavailable, sdk_available
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import Transport, record_from_dict
from pixrma_desktop.cameras.scan_result import ProbeState, ProbeStatus, ScanResult
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from tests.needs import needs

ROOT = Path(__file__).resolve().parents[2]
STUB_SOURCE = ROOT / "tests" / "fakes" / "pxlapi_stub.c"
SCAN = (
    "import json; from pixrma_desktop.cameras.pixelink_sdk.probe import PixelinkSdkProbe; "
    "from pixrma_desktop.cameras.scanner import scan; "
    "print(json.dumps(scan([PixelinkSdkProbe()], timeout=20).to_dict()))"
)


def wrapper_installed():
    # find_spec, not import: importing the wrapper loads the SDK library
    return importlib.util.find_spec("pixelinkWrapper") is not None


def build_stub(folder: Path, version: str = "4.2.9.20") -> Path:
    needs(shutil.which("gcc"), "gcc is needed to build the stand-in Pixelink library")
    needs(wrapper_installed(), "pixelinkWrapper (the test extra) is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    library = folder / f"libPxLApi.so.{version}"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-Wall", "-Wl,-soname,libPxLApi.so", "-o", str(library), str(STUB_SOURCE)],
        check=True,
    )
    (folder / "libPxLApi.so").symlink_to(library.name)
    return folder


@pytest.fixture(scope="session")
def sdk_dir(tmp_path_factory):
    return build_stub(tmp_path_factory.mktemp("pixelink-sdk") / "lib")


def run_scan(tmp_path, sdk_lib=None, cameras="", code=SCAN):
    log = tmp_path / "stub.log"
    env = {k: v for k, v in os.environ.items() if k not in ("PIXELINK_SDK_LIB", "LD_LIBRARY_PATH")}
    env.update(PYTHONPATH=str(ROOT), PXL_STUB_CAMERAS=cameras, PXL_STUB_LOG=str(log))
    if sdk_lib is not None:
        env["PIXELINK_SDK_LIB"] = str(sdk_lib)
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True, timeout=60
    )
    data = json.loads(proc.stdout)
    calls = log.read_text().split("\n")[:-1] if log.exists() else []
    return data, calls


def cameras_of(data):
    return {c["serial"]: record_from_dict(c) for c in data["cameras"]}


def warnings_of(data):
    return [w["message"] for w in data["warnings"]]


def test_sdk_absent_is_quiet(tmp_path):
    """No sign of the SDK: nothing to report, and the wrapper is never imported (it would run `find` here)."""
    data, calls = run_scan(tmp_path, code=SCAN + "; import sys; assert 'pixelinkWrapper' not in sys.modules")
    assert data["cameras"] == []
    assert data["warnings"] == []
    assert data["probes"][0]["state"] == "ok"
    assert calls == []


def test_sdk_absent_library_missing(tmp_path):
    empty = tmp_path / "sdk"
    empty.mkdir()
    needs(shutil.which("gcc"), "gcc")
    needs(wrapper_installed(), "pixelinkWrapper (the test extra) is not installed")
    data, _ = run_scan(tmp_path, sdk_lib=empty)
    [message] = warnings_of(data)
    assert message.startswith("Pixelink SDK not available: the SDK failed to load (OSError: ")
    assert "libPxLApi.so" in message
    assert data["probes"][0]["state"] == "ok"


def test_sdk_broken_at_import(tmp_path):
    """The library loads, but the wrapper's version check finds no versioned file and raises."""
    broken = build_stub(tmp_path / "broken")
    for versioned in broken.glob("libPxLApi.so.*"):
        versioned.rename(broken / "libPxLApi-real.so")
    (broken / "libPxLApi.so").unlink()
    (broken / "libPxLApi.so").symlink_to("libPxLApi-real.so")
    data, calls = run_scan(tmp_path, sdk_lib=broken, cameras="700101:free")
    [message] = warnings_of(data)
    assert message.startswith("Pixelink SDK not available: the SDK failed to load (")
    assert data["cameras"] == []
    assert calls == []


def test_wrapper_not_installed(tmp_path, sdk_dir):
    code = "import sys; sys.modules['pixelinkWrapper'] = None; " + SCAN
    data, _ = run_scan(tmp_path, sdk_lib=sdk_dir, code=code)
    assert warnings_of(data) == ["Pixelink SDK not available: the pixelinkWrapper package is not installed."]


def test_two_cameras(tmp_path, sdk_dir):
    data, calls = run_scan(tmp_path, sdk_lib=sdk_dir, cameras="700101:free,700102:free:192.168.5.20")
    cams = cameras_of(data)
    assert set(cams) == {"700101", "700102"}
    usb = cams["700101"]
    assert (usb.vendor, usb.model, usb.description) == ("PixeLINK", "PL-D755MU", "PL-D755MU-T, 5.0 MP mono")
    assert (usb.firmware_version, usb.fpga_version) == ("01.02.03.01", "02.01.00.07")
    assert (usb.xml_version, usb.bootloader_version) == ("02.01.04", "01.00.03")
    assert (usb.user_name, usb.lens) == ("Bench camera 1", "Navitar 12x zoom")
    assert usb.transport == Transport.UNKNOWN
    assert usb.in_use is False
    [report] = usb.warnings
    assert report.code is Code.SDK_REPORT
    assert str(report) == (
        "Pixelink SDK error report: PxLSetStreamState returned ApiOutOfBandwidthError: Not enough USB bandwidth "
        "to stream at the requested frame rate. (0x8000000B)."
    )
    gige = cams["700102"]
    assert gige.transport == Transport.GIGE_VISION
    assert gige.link_speed == "1000 Mb/s"
    net = gige.network
    assert (net.mac, net.ip, net.subnet, net.gateway, net.ip_config) == (
        "00:1c:4f:00:00:02",
        "192.168.5.20",
        "255.255.255.0",
        "192.168.5.1",
        "persistent",
    )
    assert (net.nic_ip, net.nic_netmask) == ("192.168.5.10", "255.255.255.0")
    assert gige.warnings == ()
    assert calls == ["init 700101", "uninit 700101", "init 700102", "uninit 700102"]
    assert data["warnings"] == []


def test_camera_in_use_is_not_an_error(tmp_path, sdk_dir):
    data, calls = run_scan(tmp_path, sdk_lib=sdk_dir, cameras="700101:free,700102:inuse")
    cams = cameras_of(data)
    held = cams["700102"]
    assert held.in_use is True
    assert held.fpga_version is None
    assert held.warnings == (notice(Code.SDK_CAMERA_IN_USE),)
    assert str(held.warnings[0]) == (
        "In use by another program (for example Pixelink Capture); identity from the SDK's camera list only."
    )
    assert cams["700101"].fpga_version == "02.01.00.07"
    assert calls == ["init 700101", "uninit 700101", "init 700102"]
    assert data["warnings"] == []


def test_old_sdk_notice_does_not_spoil_json(tmp_path):
    old = build_stub(tmp_path / "old", version="4.2.1.0")
    data, _ = run_scan(tmp_path, sdk_lib=old, cameras="700101:free")
    assert list(cameras_of(data)) == ["700101"]
    assert any("Pixelink API Version 4.2.1.0 detected" in m for m in warnings_of(data))


def test_loader_failure_in_process():
    from pixrma_desktop.cameras.pixelink_sdk.probe import PixelinkSdkProbe
    from pixrma_desktop.cameras.probe import ProbeContext

    def broken():
        raise SdkUnavailable(notice(Code.SDK_LOAD_FAILED, error="test reason"))

    [warning] = list(PixelinkSdkProbe(loader=broken, present=lambda: True).scan(ProbeContext()))
    assert warning.notice == notice(Code.SDK_LOAD_FAILED, error="test reason")
    assert warning.message == "Pixelink SDK not available: the SDK failed to load (test reason)."


def test_variable_pointing_nowhere(tmp_path):
    data, _ = run_scan(tmp_path, sdk_lib=tmp_path / "no-such-folder")
    assert warnings_of(data) == [
        f"Pixelink SDK not available: PIXELINK_SDK_LIB points to {tmp_path / 'no-such-folder'}, which is not a folder."
    ]


def test_module_import_does_not_load_the_wrapper():
    code = "import sys, pixrma_desktop.cameras.pixelink_sdk.probe; print('pixelinkWrapper' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_sdk_available_from_a_scan():
    ran = (ProbeStatus(NAME, ProbeState.OK),)
    missing = (ScanWarning(NAME, notice(Code.SDK_WRAPPER_MISSING)),)
    assert sdk_available(ScanResult()) is None
    assert sdk_available(ScanResult(probes=ran), present=True) is True
    assert sdk_available(ScanResult(probes=ran), present=False) is False
    assert sdk_available(ScanResult(probes=ran, warnings=missing), present=True) is False
