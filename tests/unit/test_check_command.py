import dataclasses
import io
import json

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.cameras.last_scan import load_last_scan
from pixrma_desktop.cameras.network import Nic
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, NetworkLocation, Transport, UsbLocation
from pixrma_desktop.cameras.scan_result import ScanResult
from pixrma_desktop.cli import build_parser
from pixrma_desktop.commands import check, exit_codes
from pixrma_desktop.commands.context import CliContext
from pixrma_desktop.diagnostics.checks import SystemFacts
from pixrma_desktop.notices.codes import Code
from pixrma_desktop.notices.notice import notice
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import Settings

USB2 = CameraRecord(
    vendor="Pixelink",
    model="PL-D755",
    serial="700101",
    transport=Transport.USB3_VISION,
    usb=UsbLocation(bus=2, port_path="1", speed="high", supported_speeds=("high", "super")),
)
FINE = CameraRecord(vendor="Pixelink", model="PL-D755", serial="700102", transport=Transport.USB3_VISION)
LOW_MTU = CameraRecord(
    vendor="Pixelink",
    model="PL-X9512",
    serial="G7",
    transport=Transport.GIGE_VISION,
    network=NetworkLocation(ip="192.168.1.20", nic="enp3s0", nic_ip="192.168.1.10", nic_mtu=1500),
)


FACTS = SystemFacts(nics=(Nic("enp3s0", "192.168.1.10", "255.255.255.0", 1500),))


def run(tmp_path, cameras, *argv):
    ctx = CliContext(AppRoot(resolve_paths(tmp_path / "data"), Settings()), out=io.StringIO(), err=io.StringIO())
    args = build_parser().parse_args(["check", *argv])
    code = check.run(
        args, ctx, scan_fn=lambda a, c: ScanResult(cameras=cameras, seconds=0.4), facts_fn=lambda result, ctx: FACTS
    )
    return code, ctx


def test_problem_is_explained_and_needs_attention(tmp_path):
    code, ctx = run(tmp_path, (USB2, FINE))
    text = ctx.out.getvalue()
    assert code == exit_codes.NEEDS_ATTENTION
    assert "Found 2 cameras in 0.4 s." in text
    assert "PROBLEM   Pixelink PL-D755 (S/N 700101) is a USB 3 camera but runs at USB 2 speed" in text
    assert "What to do: Plug it straight into a USB 3 port" in text
    assert "1 problem, 0 other findings." in text


def test_findings_are_stored_with_the_last_scan(tmp_path):
    _, ctx = run(tmp_path, (USB2,))
    stored = load_last_scan(ctx.paths.data_dir)
    assert [c.serial for c in stored.cameras] == ["700101"]
    assert [f["code"] for f in stored.findings] == ["usb2-link"]


def test_warning_only_exits_ok(tmp_path):
    code, ctx = run(tmp_path, (LOW_MTU,))
    assert code == exit_codes.OK
    assert "WARNING   The network card enp3s0 has jumbo frames off (MTU 1500)" in ctx.out.getvalue()


def test_nothing_found(tmp_path):
    code, ctx = run(tmp_path, ())
    assert code == exit_codes.NOTHING_FOUND
    assert "No problem found that can be fixed on the spot." in ctx.out.getvalue()


def test_json(tmp_path):
    code, ctx = run(tmp_path, (USB2, FINE), "--json")
    document = json.loads(ctx.out.getvalue())
    assert code == exit_codes.NEEDS_ATTENTION
    assert document["schema_version"] == 1
    assert [c["serial"] for c in document["cameras"]] == ["700101", "700102"]
    [finding] = document["findings"]
    assert (finding["code"], finding["severity"], finding["cameras"]) == ("usb2-link", "problem", ["700101"])


def test_json_gives_every_warning_and_finding_its_code_next_to_its_text(tmp_path):
    slow = notice(Code.USB_SLOW_LINK, speed="high", mbits=480)
    camera = dataclasses.replace(USB2, warnings=(slow,))
    locked = ScanWarning("usb3vision", notice(Code.USB_NO_PERMISSION, device="2-4 (1996:0d75)"))
    ctx = CliContext(AppRoot(resolve_paths(tmp_path / "data"), Settings()), out=io.StringIO(), err=io.StringIO())
    result = ScanResult(cameras=(camera,), warnings=(locked,), seconds=0.4)
    args = build_parser().parse_args(["check", "--json"])
    check.run(args, ctx, scan_fn=lambda a, c: result, facts_fn=lambda result, ctx: FACTS)
    document = json.loads(ctx.out.getvalue())
    [warning] = document["warnings"]
    assert warning["code"] == "usb-no-permission"
    assert warning["params"] == {"device": "2-4 (1996:0d75)"}
    assert warning["message"] == "No permission to open the USB camera 2-4 (1996:0d75)."
    assert "udev" in warning["hint"]
    [record] = document["cameras"]
    assert record["warnings"] == [str(slow)]
    assert record["warning_codes"] == [
        {"code": "usb-slow-link", "params": {"mbits": 480, "speed": "high"}, "text": str(slow)}
    ]
    assert sorted(f["code"] for f in document["findings"]) == ["no-permission", "usb2-link"]
    for found in document["findings"]:
        assert found["title"]
        assert found["advice"]
        assert isinstance(found["params"], dict)


def test_gige_host_option_is_repeatable():
    args = build_parser().parse_args(["check", "--gige-host", "10.0.0.5", "--gige-host", "cam2.local"])
    assert args.gige_hosts == ["10.0.0.5", "cam2.local"]


def test_gige_hosts_join_the_settings_without_changing_them():
    from pixrma_desktop.commands.gige_options import with_gige_hosts
    from pixrma_desktop.settings import CameraSettings

    saved = CameraSettings(gige_hosts=["10.0.0.5"])
    args = build_parser().parse_args(["check", "--gige-host", "10.0.0.5", "--gige-host", "10.0.0.6"])
    assert with_gige_hosts(saved, args).gige_hosts == ["10.0.0.5", "10.0.0.6"]
    assert saved.gige_hosts == ["10.0.0.5"]


def test_timeout_must_be_positive(tmp_path):
    code, ctx = run(tmp_path, (), "--timeout", "0")
    assert code == exit_codes.USAGE
    assert "--timeout must be more than 0 seconds." in ctx.err.getvalue()


def test_default_check_runs_discovery_with_every_probe(tmp_path, capsys):
    """The real command path: discovery with the demo producer. It just listed the cameras, so no finding says
    that no camera software is installed, and a demo check is no problem."""
    from pixrma_desktop.cli import main

    code = main(["--data-dir", str(tmp_path), "--demo", "check", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert {p["name"] for p in document["probes"]} == {"usb3vision", "gentl", "gigevision", "pixelink-sdk"}
    assert [c["serial"] for c in document["cameras"] if c["demo"]] == ["0", "1", "2"]
    assert "no-camera-software" not in [f["code"] for f in document["findings"]]
    assert all("code" in w and "message" in w for w in document["warnings"])
    assert all(len(c["warning_codes"]) == len(c["warnings"]) for c in document["cameras"])
    assert code != exit_codes.NEEDS_ATTENTION


def test_list_names_every_rule_without_scanning(tmp_path):
    ctx = CliContext(AppRoot(resolve_paths(tmp_path / "data"), Settings()), out=io.StringIO(), err=io.StringIO())
    scanned = []
    code = check.run(
        build_parser().parse_args(["check", "--list", "--json"]), ctx, scan_fn=lambda a, c: scanned.append(1)
    )
    rules = json.loads(ctx.out.getvalue())
    assert code == exit_codes.OK
    assert scanned == []
    assert len({r["code"] for r in rules}) >= 16
    assert {"code": "gige-packet-size", "severity": "problem", "checks": rules[13]["checks"]} in rules
    assert {"usbfs-memory", "firewall-gvcp", "pixelink-sdk-firewall"} <= {r["code"] for r in rules}


def test_list_as_text(tmp_path):
    ctx = CliContext(AppRoot(resolve_paths(tmp_path / "data"), Settings()), out=io.StringIO(), err=io.StringIO())
    assert check.run(build_parser().parse_args(["check", "--list"]), ctx) == exit_codes.OK
    lines = ctx.out.getvalue().splitlines()
    assert any(line.startswith("usb-autosuspend") and "WARNING" in line for line in lines)
    assert lines[-1] == "20 checks."
