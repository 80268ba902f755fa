import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pixrma_desktop.diagnostics.command_runner import RunStatus, SubprocessRunner
from pixrma_desktop.diagnostics.oslogs import (
    LogStatus,
    collect_os_logs,
    is_relevant,
    linux_kernel_log,
    parse_wevtutil_text,
    select_lines,
    within_window,
)
from tests.fakes.command_runner import FakeRunner
from tests.needs import needs

DATA = Path(__file__).parent / "data" / "oslogs"
SINCE = datetime(2026, 11, 24, tzinfo=UTC)


def recorded(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_journal_lines_are_filtered_to_usb_network_and_camera_lines_with_context():
    runner = FakeRunner().reply("journalctl", recorded("journalctl-k-short-iso.txt"))
    log = linux_kernel_log(SINCE, runner)
    assert log.status is LogStatus.OK
    assert log.source.startswith("journalctl -k")
    assert runner.calls[0][:2] == ("journalctl", "-k")
    assert f"--since=@{int(SINCE.timestamp())}" in runner.calls[0]
    assert len(runner.calls) == 1, "no dmesg fallback when the journal has kernel lines"
    text = log.text
    assert "idVendor=1996, idProduct=0755" in text
    assert "usb 1-4: device descriptor read/64, error -71" in text
    assert "enp0s31f6: NIC Link is Up 1000 Mbps" in text
    assert "WARN Set TR Deq Ptr cmd failed" in text
    # far from any USB / network line: left out
    assert "random: crng init done" not in text
    assert 'name="/home/alice/.config/"' not in text
    assert "failed to read out thermal zone" not in text
    # context: the line right after the camera's serial number line is kept although it is not about USB
    assert "perf: interrupt took too long" in text
    assert "\n--\n" in text
    assert log.lines_read == 38
    assert log.lines_kept == sum(1 for line in text.splitlines() if line != "--")


def test_an_empty_journal_falls_back_to_dmesg_and_says_so():
    runner = (
        FakeRunner()
        .reply("journalctl", "-- No entries --\n", stderr="No journal files were found.\n")
        .reply("dmesg", recorded("dmesg-time-format-iso.txt"))
    )
    log = linux_kernel_log(datetime(2026, 11, 26, tzinfo=UTC), runner)
    assert [call[0] for call in runner.calls] == ["journalctl", "dmesg"]
    assert log.status is LogStatus.OK
    assert log.source == "dmesg --time-format iso"
    assert any("No journal files were found" in note for note in log.notes)
    # dmesg has no --since on every version: the window is applied to its timestamps
    assert "xHCI Host Controller" not in log.text  # 2026-11-20, before the window
    assert "enp3s0: Link is Up" in log.text
    assert "idVendor=1996, idProduct=0a00" in log.text
    assert "loop2: detected capacity change" not in log.text  # between groups, beyond the context
    assert log.lines_read == 11


def test_missing_journalctl_uses_dmesg():
    runner = FakeRunner().reply("dmesg", recorded("dmesg-time-format-iso.txt"))
    log = linux_kernel_log(SINCE, runner)
    assert log.status is LogStatus.OK
    assert any("journalctl is not installed" in note for note in log.notes)


def test_kernel_log_refused_is_recorded_with_what_to_do():
    runner = (
        FakeRunner()
        .reply("journalctl", "-- No entries --\n", stderr="No journal files were found.\n")
        .reply(
            "dmesg",
            "",
            stderr="dmesg: read kernel buffer failed: Operation not permitted\n",
            status=RunStatus.FAILED,
            returncode=1,
        )
    )
    log = linux_kernel_log(SINCE, runner)
    assert log.status is LogStatus.DENIED
    assert "Operation not permitted" in log.message
    assert "sudo dmesg" in log.message
    assert log.text == ""


def test_no_kernel_log_tool_at_all_is_recorded_as_missing():
    log = linux_kernel_log(SINCE, FakeRunner())
    assert log.status is LogStatus.MISSING
    assert "dmesg is not installed" in log.message


def test_cut_output_drops_the_partial_first_line():
    journal = recorded("journalctl-k-short-iso.txt")
    runner = FakeRunner().reply("journalctl", journal)
    log = linux_kernel_log(SINCE, runner, byte_cap=900)
    assert log.truncated
    assert log.status is LogStatus.OK
    kept = [line for line in log.text.splitlines() if line != "--"]
    assert kept, "the newest lines survive the cap"
    assert all(line in journal.splitlines() for line in kept), "no line cut in half"
    assert kept[-1].endswith("incorrect slot or ep state.")


def test_wevtutil_events_are_parsed_oldest_first():
    runner = FakeRunner().reply("wevtutil", recorded("wevtutil-system-usb.txt"))
    (log,) = collect_os_logs(SINCE, runner=runner, platform="win32")
    argv = runner.calls[0]
    assert argv[:3] == ("wevtutil", "qe", "System")
    assert "/rd:true" in argv
    assert any("Microsoft-Windows-Kernel-PnP" in a and "timediff(@SystemTime)" in a for a in argv)
    assert log.status is LogStatus.OK
    assert log.lines_kept == 3
    assert log.text.index("Service PxLUsb3") < log.text.index("user-mode drivers") < log.text.index("WUDFRd")


def test_parse_wevtutil_text_ignores_text_before_the_first_event():
    events = parse_wevtutil_text("garbage\nEvent[0]:\n  Source: A\nEvent[1]:\n  Source: B\n")
    assert events == ["Event[1]:\n  Source: B", "Event[0]:\n  Source: A"]


def test_wevtutil_refused_tells_the_user_what_to_do():
    runner = FakeRunner().reply(
        "wevtutil", "", stderr="Failed to read events. Access is denied.", status=RunStatus.FAILED, returncode=5
    )
    (log,) = collect_os_logs(SINCE, runner=runner, platform="win32")
    assert log.status is LogStatus.DENIED
    assert "administrator" in log.message


def test_macos_log_show_keeps_usb_lines():
    runner = FakeRunner().reply("log", recorded("log-show-usb.txt"))
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    (log,) = collect_os_logs(now - timedelta(hours=2), runner=runner, platform="darwin")
    argv = runner.calls[0]
    assert argv[:2] == ("log", "show")
    assert "--predicate" in argv
    assert log.status is LogStatus.OK
    assert "resetPort: port 3 reset timed out" in log.text
    assert "Pixelink device 1996:0755 attached" in log.text
    assert "Timestamp" not in log.text


def test_other_platforms_are_unsupported_not_an_error():
    (log,) = collect_os_logs(SINCE, runner=FakeRunner(), platform="sunos5")
    assert log.status is LogStatus.UNSUPPORTED


@pytest.mark.parametrize(
    ("line", "relevant"),
    [
        ("usb 2-1: new SuperSpeed USB device number 3 using xhci_hcd", True),
        ("xhci_hcd 0000:00:14.0: xHCI Host Controller", True),
        ("e1000e 0000:00:1f.6 enp0s31f6: NIC Link is Up", True),
        ("igb 0000:05:00.0 eno1: renamed from eth0", True),
        ("u3v: device 1996:0755 claimed", True),
        ("PixeLINK camera firmware upgrade", True),
        ("audit: type=1400 apparmor=DENIED enabled entry", False),
        ("EXT4-fs (nvme0n1p2): mounted filesystem", False),
        ("ACPI: button: Power Button [PWRF]", False),
    ],
)
def test_relevance(line, relevant):
    assert is_relevant(line) is relevant


def test_select_lines_is_grep_with_context():
    lines = [f"other {i}" for i in range(10)]
    lines[3] = "usb 1-1: reset"
    lines[8] = "usb 1-1: disconnect"
    kept, read = select_lines(iter(lines), context=1)
    assert read == 10
    assert kept == ["other 2", "usb 1-1: reset", "other 4", "--", "other 7", "usb 1-1: disconnect", "other 9"]
    kept, _ = select_lines(iter(lines), context=0)
    assert kept == ["usb 1-1: reset", "--", "usb 1-1: disconnect"]


def test_within_window_keeps_continuation_lines_with_their_line():
    lines = [
        "2026-11-20T10:00:00,000000+00:00 old",
        "  continuation of old",
        "2026-11-26T10:00:00,000000+00:00 new",
        "  continuation of new",
    ]
    assert list(within_window(lines, datetime(2026, 11, 25, tzinfo=UTC))) == lines[2:]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux kernel log")
def test_real_kernel_log_reports_what_this_machine_allows():
    """The real commands, whatever this machine permits: the collector's result must match what the same
    commands say when run directly (kernel lines from the journal, dmesg's lines, or a recorded refusal)."""
    needs(
        shutil.which("journalctl") or shutil.which("dmesg"),
        "neither journalctl nor dmesg is installed (Debian packages systemd, util-linux)",
    )
    since = datetime.now(UTC) - timedelta(hours=48)
    log = linux_kernel_log(since, SubprocessRunner())
    dmesg = subprocess.run(["dmesg", "--time-format", "iso"], capture_output=True, text=True, check=False)
    if log.source.startswith("journalctl"):
        assert log.status is LogStatus.OK
        journal = subprocess.run(
            ["journalctl", "-k", f"--since=@{int(since.timestamp())}", "-o", "short-iso", "--no-pager"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.splitlines()
        assert all(line in journal for line in log.text.splitlines() if line != "--")
    elif dmesg.returncode == 0:
        assert log.status is LogStatus.OK
        assert log.source == "dmesg --time-format iso"
        if shutil.which("journalctl"):
            assert any("journalctl" in note for note in log.notes), "why the journal was not used is recorded"
        in_window = list(within_window(dmesg.stdout.splitlines(), since))
        assert 0 < log.lines_read <= len(dmesg.stdout.splitlines())
        assert log.lines_read >= len(in_window) - 50  # messages may arrive between the two reads
        kept_relevant = {line for line in log.text.splitlines() if is_relevant(line)}
        assert kept_relevant <= {line for line in in_window if is_relevant(line)}
        assert all(line in dmesg.stdout for line in log.text.splitlines() if line != "--")
    else:
        assert log.status in (LogStatus.DENIED, LogStatus.FAILED)
        assert log.source.startswith("dmesg")
        assert dmesg.stderr.strip().splitlines()[-1] in log.message
