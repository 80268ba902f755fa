import json
import socket
import zipfile

import pytest

from pixrma_desktop.cameras.last_scan import save_last_scan
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport, UsbLocation
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.cli import main
from pixrma_desktop.commands.report import parse_duration_hours
from pixrma_desktop.diagnostics.applog import stop_logging
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.paths import resolve_paths

DEMO = CameraRecord(
    vendor="Pixelink",
    model="PL-D755MU",
    serial="DEMO-0001",
    firmware_version="1.0.0",
    transport=Transport.USB3_VISION,
    usb=UsbLocation(bus=1, port_path="2", vendor_id=0x1996, product_id=0x0755, speed="super"),
    demo=True,
)


@pytest.fixture(autouse=True)
def _no_log_handler_left_behind():
    yield
    stop_logging()


SLOW_LINK = CameraRecord(
    vendor="Pixelink",
    model="PL-D755MU",
    serial="712345678",
    firmware_version="3.2.1",
    transport=Transport.USB3_VISION,
    usb=UsbLocation(bus=2, port_path="1", vendor_id=0x1996, product_id=0x0755, speed="high"),
)


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    result = ScanResult(
        cameras=(DEMO, SLOW_LINK),
        warnings=(ScanWarning("gentl", notice(Code.SDK_SAYS, note="viky.cti is a simulated producer")),),
    )
    finding = {"code": "demo", "severity": "info", "title": "Demo cameras are simulated.", "advice": "Attach one."}
    save_last_scan(resolve_paths(folder).data_dir, result, [finding])
    return folder


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_report_scans_writes_the_bundle_and_prints_what_went_in(tmp_path, capsys):
    """The --demo scan is real: the genicam package's simulated GenTL producer and its three cameras."""
    out = tmp_path / "bundle.zip"
    note = tmp_path / "what-happened.txt"
    note.write_text("The camera disconnects after a few minutes.\n")
    code, printed, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "d"),
        "--demo",
        "report",
        "--out",
        str(out),
        "--since",
        "2d",
        "--add",
        str(note),
    )
    assert code == 0
    for name in ("summary.txt", "cameras.json", "system.json", "findings.json", "manifest.json", "added/"):
        assert name in printed
    assert f"Wrote {out}" in printed
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        summary = archive.read("summary.txt").decode()
        findings = json.loads(archive.read("findings.json"))
        cameras = json.loads(archive.read("cameras.json"))["cameras"]
        manifest = json.loads(archive.read("manifest.json"))
    assert "Scanning for cameras" in err
    assert "added/what-happened.txt" in names
    assert "Cameras (3)" in summary
    assert "S/N 0" in summary
    assert "(DEMO camera)" in summary
    assert "demo cameras (simulated)" in summary
    assert "findings" in findings, "the remote-fix checks ran on the scan"
    assert f"Findings ({len(findings['findings'])})" in summary
    for finding in findings["findings"]:
        assert f"({finding['code']})" in summary
    # the demo producer just listed the cameras: no finding says that no camera software is installed
    assert "no-camera-software" not in [f["code"] for f in findings["findings"]]
    assert manifest["log_window"].endswith("(48 h)")
    assert manifest["os_logs"], "the OS log attempt is recorded, whatever its outcome"
    assert all(c["demo"] and c["transport"] == "gentl" for c in cameras)


def test_report_from_the_last_saved_scan(tmp_path, data_dir, capsys):
    out = tmp_path / "bundle.zip"
    code, _, err = run(capsys, "--data-dir", str(data_dir), "report", "--from-last-scan", "--out", str(out))
    assert code == 0
    assert "Scanning" not in err
    with zipfile.ZipFile(out) as archive:
        summary = archive.read("summary.txt").decode()
    assert "S/N DEMO-0001" in summary
    assert "viky.cti is a simulated producer" in summary
    assert "[problem] Pixelink PL-D755MU (S/N 712345678) is a USB 3 camera but runs at USB 2 speed" in summary


def test_report_event_goes_to_the_app_log(tmp_path, data_dir, capsys):
    code, _, _ = run(capsys, "--data-dir", str(data_dir), "report", "--out", str(tmp_path / "b.zip"))
    assert code == 0
    stop_logging()
    lines = (data_dir / "logs" / "pixrma.log").read_text().splitlines()
    events = [json.loads(line) for line in lines]
    assert any(e["msg"] == "report" and e["extra"]["fields"]["files"] >= 5 for e in events)


def test_dry_run_writes_nothing(tmp_path, data_dir, capsys):
    out = tmp_path / "bundle.zip"
    code, printed, _ = run(capsys, "--data-dir", str(data_dir), "report", "--out", str(out), "--dry-run")
    assert code == 0
    assert printed.startswith("Would send:")
    assert "summary.txt" in printed
    assert not out.exists()


def test_without_a_saved_scan_the_user_is_told_to_scan(tmp_path, capsys):
    out = tmp_path / "bundle.zip"
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "report", "--from-last-scan", "--out", str(out))
    assert code == 0
    assert "pixrma scan" in err
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("cameras.json"))["cameras"] == []


def test_missing_output_folder_fails_with_advice(tmp_path, data_dir, capsys):
    code, _, err = run(capsys, "--data-dir", str(data_dir), "report", "--out", str(tmp_path / "no" / "b.zip"))
    assert code == 1
    assert "does not exist" in err


def test_no_redact_keeps_the_host_name(tmp_path, data_dir, capsys):
    host = socket.gethostname().split(".")[0]
    assert len(host) >= 2
    assert host.lower() != "localhost"
    added = tmp_path / "seen.txt"
    added.write_text(f"connected from {host} at 10.20.30.40\n")
    contents = {}
    for flag in ("", "--no-redact"):
        out = tmp_path / f"b{flag}.zip"
        argv = ["--data-dir", str(data_dir), "report", "--out", str(out), "--add", str(added)]
        assert run(capsys, *argv, *([flag] if flag else []))[0] == 0
        with zipfile.ZipFile(out) as archive:
            contents[flag] = archive.read("added/seen.txt").decode()
            kinds = json.loads(archive.read("manifest.json"))["redaction"]["kinds"]
        if flag:
            assert kinds == ["secret", "home", "user"]
    assert contents["--no-redact"] == f"connected from {host} at 10.20.30.40\n"
    assert contents[""] == "connected from <host> at <ipv4>\n"


@pytest.mark.parametrize(("text", "hours"), [("90m", 1.5), ("24h", 24), ("2d", 48), ("1w", 168), ("6", 6)])
def test_durations(text, hours):
    assert parse_duration_hours(text) == hours


def test_bad_duration_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report", "--out", str(tmp_path / "b.zip"), "--since", "yesterday"])
    assert exc.value.code == 2
    assert "not a duration" in capsys.readouterr().err
