import dataclasses
import hashlib
import json
import os
import stat
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport, UsbLocation
from pixrma_desktop.diagnostics.bundle import plan_bundle
from pixrma_desktop.diagnostics.bundle_plan import BundleError, BundleInputs, FileKind, LogSource
from pixrma_desktop.diagnostics.bundle_zip import write_bundle
from pixrma_desktop.diagnostics.finding import Severity, finding
from pixrma_desktop.diagnostics.oslogs import LogStatus, OsLog, linux_kernel_log
from pixrma_desktop.diagnostics.redact import Identity
from pixrma_desktop.diagnostics.system import NetAddress, NetInterface, collect_system_report, gentl_producers
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.settings import EvidenceSettings
from tests.fakes.command_runner import FakeRunner
from tests.fakes.sysfs import build_usb_tree

DATA = Path(__file__).parent / "data" / "oslogs"
ALICE = Identity(user="alice", home="/home/alice", host="labpc")
CREATED = datetime(2026, 11, 26, 10, 30, 15, tzinfo=UTC)
RT_TOKEN = "1-14-0123456789abcdef0123456789abcdef"
PII = [
    "alice",
    "/home/alice",
    "labpc",
    "alice.smith@example.com",
    "192.168.10.20",
    "fe80::1ff:fe23:4567:890a",
    "aa:bb:cc:dd:ee:ff",
    "00:1b:21:3a:4c:5d",
    RT_TOKEN,
    "Hunter2-secret",
]
PNG = b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + bytes(range(256))

USB_CAMERA = CameraRecord(
    vendor="Pixelink",
    model="PL-D755MU",
    serial="12345678",
    firmware_version="3.1.4.1",
    fpga_version="2.0.7",
    transport=Transport.USB3_VISION,
    usb=UsbLocation(bus=2, port_path="1", vendor_id=0x1996, product_id=0x0755, speed="high"),
    warnings=(notice(Code.USB_SLOW_LINK, speed="high", mbits=480),),
)
GIGE_CAMERA = CameraRecord(
    vendor="Pixelink",
    model="PL-X9512",
    serial="21098765",
    firmware_version="2.1.0.17",
    transport=Transport.GIGE_VISION,
    network=NetworkLocation(
        mac="00:11:1c:02:03:04", ip="192.168.2.50", subnet="255.255.255.0", nic="enp3s0", nic_ip="192.168.2.1"
    ),
)


def app_log(folder: Path, lines: int = 200) -> Path:
    path = folder / "pixrma.log"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(lines):
            entry = {
                "ts": "2026-11-26T10:00:00.000Z",
                "msg": f"scan {i} by alice on labpc from 192.168.10.20 in /home/alice/.local/share/pixrma "
                f"mail alice.smith@example.com nic aa:bb:cc:dd:ee:ff fe80::1ff:fe23:4567:890a%enp3s0",
            }
            handle.write(json.dumps(entry) + "\n")
        handle.write(f'{{"msg": "Authorization: token {RT_TOKEN}", "password": "Hunter2-secret"}}\n')
    return path


def system_report(tmp_path: Path):
    sysfs = tmp_path / "sys"
    if not sysfs.exists():
        build_usb_tree(sysfs)
    report = collect_system_report(sysfs_root=sysfs, env={}, platform_name="linux")
    cti = tmp_path / "home" / "alice" / "gentl"
    cti.mkdir(parents=True, exist_ok=True)
    (cti / "vendor.cti").write_bytes(b"x")
    producers = tuple(
        dataclasses.replace(p, path=p.path.replace(str(tmp_path / "home"), "/home"))
        for p in gentl_producers({"GENICAM_GENTL64_PATH": str(cti)})
    )
    nic = NetInterface(
        "enp0s31f6",
        True,
        1000,
        1500,
        "aa:bb:cc:dd:ee:ff",
        (NetAddress("ipv4", "192.168.10.20", "255.255.255.0"), NetAddress("ipv6", "fe80::1ff:fe23:4567:890a", None)),
    )
    camera_nic = NetInterface(
        "enp3s0", True, 1000, 9000, "00:1b:21:3a:4c:5d", (NetAddress("ipv4", "192.168.2.1", "255.255.255.0"),)
    )
    return dataclasses.replace(report, gentl_producers=producers, network=(nic, camera_nic))


def kernel_log() -> OsLog:
    runner = FakeRunner().reply("journalctl", (DATA / "journalctl-k-short-iso.txt").read_text())
    return linux_kernel_log(datetime(2026, 11, 24, tzinfo=UTC), runner)


def make_inputs(tmp_path: Path, **overrides) -> BundleInputs:
    logs = tmp_path / "logs"
    logs.mkdir(exist_ok=True)
    notes = tmp_path / "notes-alice.txt"
    notes.write_text("Camera stops after 10 minutes. Call me: alice.smith@example.com\n")
    screenshot = tmp_path / "error.png"
    screenshot.write_bytes(PNG)
    values = {
        "cameras": [USB_CAMERA, GIGE_CAMERA],
        "findings": [
            finding(Code.USB2_LINK, Severity.PROBLEM, {"camera": "PL-D755MU", "where": ""}, cameras=("12345678",))
        ],
        "scan_warnings": [ScanWarning("gentl", notice(Code.GENTL_FAILED, error="/home/alice/gentl/vendor.cti: no"))],
        "system": system_report(tmp_path),
        "os_logs": [kernel_log(), OsLog("audit", LogStatus.DENIED, "ausearch", message="not allowed")],
        "logs": [LogSource("logs/app/pixrma.log", (app_log(logs),), "pixrma-desktop's own log")],
        "added_files": [notes, screenshot],
        "identity": ALICE,
        "created_at": CREATED,
        "log_window": "since 2026-11-24T10:30+00:00 (48 h)",
    }
    values.update(overrides)
    return BundleInputs(**values)


def build(inputs: BundleInputs, out: Path):
    with plan_bundle(inputs) as plan:
        manifest = write_bundle(plan, out)
    return plan, manifest


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def test_bundle_holds_the_documented_files(tmp_path):
    _, manifest = build(make_inputs(tmp_path), tmp_path / "b.zip")
    assert set(members(tmp_path / "b.zip")) == {
        "manifest.json",
        "summary.txt",
        "cameras.json",
        "findings.json",
        "system.json",
        "logs/os/kernel.log",
        "logs/app/pixrma.log",
        "added/notes-<user>.txt",
        "added/error.png",
    }
    assert manifest.document["format"] == "pixrma-support-bundle"


def test_no_private_data_in_any_text_file_and_camera_identity_survives(tmp_path):
    build(make_inputs(tmp_path), tmp_path / "b.zip")
    files = members(tmp_path / "b.zip")
    for name, data in files.items():
        if name == "added/error.png":
            assert data == PNG, "binary files are sent as they are"
            continue
        text = data.decode("utf-8").lower()
        for value in PII:
            assert value.lower() not in text, f"{value!r} left in {name}"
    cameras = json.loads(files["cameras.json"])["cameras"]
    assert [c["serial"] for c in cameras] == ["12345678", "21098765"]
    assert cameras[0]["firmware_version"] == "3.1.4.1"
    assert cameras[1]["network"]["ip"] == "192.168.2.50"
    assert cameras[1]["network"]["mac"] == "00:11:1c:02:03:04"
    assert cameras[1]["network"]["nic_ip"] == "192.168.2.1"
    summary = files["summary.txt"].decode()
    for value in ("12345678", "21098765", "PL-D755MU", "firmware 3.1.4.1", "192.168.2.50", "00:11:1c:02:03:04"):
        assert value in summary
    system = json.loads(files["system.json"])
    assert [d["product"] for d in system["usb_devices"]] == ["USB Keyboard", "PL-D755MU"]
    assert system["network"][1]["addresses"][0]["address"] == "192.168.2.1", "the camera's NIC stays"
    assert system["network"][0]["addresses"][0]["address"] == "<ipv4>"
    assert "idVendor=1996, idProduct=0755" in files["logs/os/kernel.log"].decode()
    assert "<secret>" in files["logs/app/pixrma.log"].decode()


def test_manifest_hashes_sizes_and_redactions_verify(tmp_path):
    plan, manifest = build(make_inputs(tmp_path), tmp_path / "b.zip")
    files = members(tmp_path / "b.zip")
    listed = {entry["path"]: entry for entry in json.loads(files["manifest.json"])["files"]}
    assert set(listed) == set(files) - {"manifest.json"}
    for name, entry in listed.items():
        assert hashlib.sha256(files[name]).hexdigest() == entry["sha256"]
        assert len(files[name]) == entry["size"]
    app = listed["logs/app/pixrma.log"]
    assert app["redactions"] == {
        "email": 200,
        "home": 200,
        "host": 200,
        "ipv4": 200,
        "ipv6": 200,
        "mac": 200,
        "secret": 2,
        "user": 200,
    }
    assert app["cut"] is False
    assert listed["added/error.png"]["redacted"] is False
    assert manifest.document["os_logs"][1]["status"] == "denied"
    assert plan.redaction_totals()["user"] >= 200


def test_same_inputs_give_identical_bytes_private_files_and_fixed_times(tmp_path):
    inputs = make_inputs(tmp_path)
    build(inputs, tmp_path / "one.zip")
    build(inputs, tmp_path / "two.zip")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    assert stat.S_IMODE((tmp_path / "one.zip").stat().st_mode) == 0o600
    with zipfile.ZipFile(tmp_path / "one.zip") as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(2026, 11, 26, 10, 30, 14)}  # zip times have 2-second steps
    assert {stat.S_IMODE(i.external_attr >> 16) for i in infos} == {0o600}
    assert not list(tmp_path.glob(".one.zip-*")), "no temporary file left behind"


def test_the_preview_lists_every_file_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with plan_bundle(make_inputs(tmp_path)) as plan:
        assert list(out.iterdir()) == []
        preview = "\n".join(plan.describe())
        for f in plan.files:
            assert f.path in preview
        assert "redacted: " in preview
        assert "not redacted (binary)" in preview
        manifest = write_bundle(plan, out / "b.zip")
    assert sorted(members(out / "b.zip")) == [f.path for f in plan.files]
    assert manifest.files == plan.files


def test_what_was_previewed_is_what_is_written_even_if_the_log_grows(tmp_path):
    inputs = make_inputs(tmp_path)
    with plan_bundle(inputs) as plan:
        with inputs.logs[0].files[0].open("a") as handle:
            handle.write("a line written after the preview\n")
        write_bundle(plan, tmp_path / "b.zip")
    assert b"after the preview" not in members(tmp_path / "b.zip")["logs/app/pixrma.log"]


def test_a_closed_plan_cannot_be_written(tmp_path):
    plan = plan_bundle(make_inputs(tmp_path))
    plan.close()
    with pytest.raises(BundleError, match="prepare the bundle again"):
        write_bundle(plan, tmp_path / "b.zip")
    assert not (tmp_path / "b.zip").exists()


def test_a_1_gib_log_stays_within_budget_and_keeps_its_newest_lines(tmp_path):
    log = tmp_path / "huge.log"
    tail = b"".join(b'{"ts": "2026-11-26", "msg": "event %08d from alice"}\n' % i for i in range(120_000))
    size = 1024**3
    with log.open("wb") as handle:  # sparse head, real lines at the end: the reader only reads the end
        handle.truncate(size - len(tail))
        handle.seek(size - len(tail))
        handle.write(tail)
    settings = EvidenceSettings(bundle_budget_mb=4)
    inputs = make_inputs(tmp_path, logs=[LogSource("logs/app/pixrma.log", (log,), "big log")], settings=settings)
    plan, manifest = build(inputs, tmp_path / "b.zip")
    assert (tmp_path / "b.zip").stat().st_size <= 4 * 1024 * 1024
    assert plan.total_size <= 4 * 1024 * 1024
    kept = members(tmp_path / "b.zip")["logs/app/pixrma.log"]
    assert kept.endswith(b'"msg": "event 00119999 from <user>"}\n')
    assert kept.startswith(b'{"ts": ')
    assert b"\0" not in kept
    entry = next(f for f in manifest.document["files"] if f["path"] == "logs/app/pixrma.log")
    assert entry["cut"] is True
    assert entry["original_size"] == size
    assert entry["size"] >= 1024 * 1024, "a cut log still gets a good share of the budget"
    summary = members(tmp_path / "b.zip")["summary.txt"].decode()
    assert "CUT: newest" in summary


def test_logs_share_the_budget_and_none_takes_more_than_half(tmp_path):
    logs = []
    for name, lines in (("small", 100), ("big-a", 200_000), ("big-b", 200_000)):
        path = tmp_path / f"{name}.log"
        path.write_bytes(b"".join(b"%s line %07d\n" % (name.encode(), i) for i in range(lines)))
        logs.append(LogSource(f"logs/{name}.log", (path,), name))
    settings = EvidenceSettings(bundle_budget_mb=2)
    with plan_bundle(make_inputs(tmp_path, logs=logs, os_logs=[], added_files=[], settings=settings)) as plan:
        sizes = {f.path: f for f in plan.files}
        assert sizes["logs/small.log"].cut is False
        assert sizes["logs/big-a.log"].cut is True
        assert abs(sizes["logs/big-a.log"].size - sizes["logs/big-b.log"].size) < 64
        assert plan.total_size <= 2 * 1024 * 1024
    settings = EvidenceSettings(bundle_budget_mb=4)
    with plan_bundle(make_inputs(tmp_path, logs=logs[1:2], os_logs=[], added_files=[], settings=settings)) as plan:
        (big,) = [f for f in plan.files if f.kind is FileKind.APP_LOG]
        assert big.size <= 2 * 1024 * 1024


def test_an_added_file_too_big_for_the_budget_is_left_out_with_the_reason(tmp_path):
    movie = tmp_path / "capture.avi"
    movie.write_bytes(os.urandom(3 * 1024 * 1024))
    settings = EvidenceSettings(bundle_budget_mb=2)
    with plan_bundle(make_inputs(tmp_path, added_files=[movie, tmp_path / "gone.txt"], settings=settings)) as plan:
        assert not any(f.path.startswith("added/") for f in plan.files)
        reasons = {e.source: e.reason for e in plan.excluded}
        assert "send it separately" in reasons[str(movie)]
        assert reasons[str(tmp_path / "gone.txt")] == "not found, or not a file"
        write_bundle(plan, tmp_path / "b.zip")
    summary = members(tmp_path / "b.zip")["summary.txt"].decode()
    assert "Left out:" in summary
    assert "capture.avi" in summary


def test_no_redact_keeps_host_and_addresses_but_not_user_home_or_secrets(tmp_path):
    build(make_inputs(tmp_path, redact=False), tmp_path / "b.zip")
    log = members(tmp_path / "b.zip")["logs/app/pixrma.log"].decode()
    assert "labpc" in log
    assert "192.168.10.20" in log
    assert "<user>.smith@example.com" in log, "the e-mail stays, the user name in it does not"
    assert "/home/alice" not in log
    assert RT_TOKEN not in log
    assert "Hunter2-secret" not in log


def test_summary_is_a_page_support_can_work_from(tmp_path):
    build(make_inputs(tmp_path), tmp_path / "b.zip")
    summary = members(tmp_path / "b.zip")["summary.txt"].decode()
    assert summary.startswith("Camera support bundle\n")
    for expected in (
        "Cameras (2)",
        "1. Pixelink PL-D755MU   S/N 12345678",
        "firmware 3.1.4.1, FPGA 2.0.7",
        "USB3 Vision, high speed, bus 2 port 1, USB ID 1996:0755",
        "warning: USB 3 camera on a USB 2 link (high speed, 480 Mbit/s)",
        "2. Pixelink PL-X9512   S/N 21098765",
        "IP 192.168.2.50/255.255.255.0, MAC 00:11:1c:02:03:04, via enp3s0 (192.168.2.1/?)",
        "[problem] PL-D755MU is a USB 3 camera but runs at USB 2 speed. (usb2-link)",
        "advice: Plug it straight into a USB 3 port",
        "Scan warnings (1)",
        "bus 2: xHCI Host Controller, driver xhci_hcd, PCI 0000:00:14.0 [8086:a36d], super (5 Gbit/s)",
        "2-1: 1996:0755 Pixelink PL-D755MU, super (5 Gbit/s), no driver",
        "kernel: ",
        "audit: not included (denied): not allowed",
        "logs/app/pixrma.log",
        "manifest.json",
        "Log window: since 2026-11-24T10:30+00:00 (48 h).",
    ):
        assert expected in summary, expected
    assert max(len(line) for line in summary.splitlines()) < 400


def test_writing_into_a_missing_folder_says_what_to_do(tmp_path):
    with plan_bundle(make_inputs(tmp_path)) as plan, pytest.raises(BundleError, match="choose another folder"):
        write_bundle(plan, tmp_path / "missing" / "b.zip")


def test_an_unreadable_log_is_left_out_with_the_reason(tmp_path, monkeypatch):
    import pixrma_desktop.diagnostics.bundle_spool as bundle_spool

    real = bundle_spool.read_line_blocks

    def refuse(ranges, *args):
        if any(r.path.name == "pixrma.log" for r in ranges):
            raise PermissionError(13, "Permission denied")
        return real(ranges, *args)

    monkeypatch.setattr(bundle_spool, "read_line_blocks", refuse)
    with plan_bundle(make_inputs(tmp_path)) as plan:
        assert "logs/app/pixrma.log" not in [f.path for f in plan.files]
        assert {e.source: e.reason for e in plan.excluded}["pixrma-desktop's own log"] == (
            "could not be read (Permission denied)"
        )
        assert "added/notes-<user>.txt" in [f.path for f in plan.files]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    budget_mb=st.sampled_from([0.5, 1.0, 2.0]),
    log_sizes=st.lists(st.integers(0, 3 * 1024 * 1024), min_size=1, max_size=4),
    binary_sizes=st.lists(st.integers(1, 1024 * 1024), max_size=3),
)
def test_any_mix_of_logs_and_files_stays_within_the_budget(tmp_path_factory, budget_mb, log_sizes, binary_sizes):
    folder = tmp_path_factory.mktemp("mix")
    line = b'{"msg": "frame dropped on 192.168.10.20 by alice"}\n'
    logs = []
    for n, size in enumerate(log_sizes):
        path = folder / f"log{n}.log"
        path.write_bytes(line * (size // len(line)))
        logs.append(LogSource(f"logs/l{n}.log", (path,), f"log {n}"))
    added = []
    for n, size in enumerate(binary_sizes):
        path = folder / f"shot{n}.png"
        path.write_bytes(os.urandom(size))
        added.append(path)
    inputs = make_inputs(
        folder, logs=logs, added_files=added, settings=EvidenceSettings(bundle_budget_mb=budget_mb), os_logs=[]
    )
    budget = int(budget_mb * 1024 * 1024)
    plan, _ = build(inputs, folder / "b.zip")
    assert plan.total_size <= budget
    assert (folder / "b.zip").stat().st_size <= budget
    listed = {f.path for f in plan.files}
    assert len(listed) + len(plan.excluded) >= 5 + len([s for s in log_sizes if s >= len(line)]) + len(added)
