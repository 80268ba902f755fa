"""The operating system's log lines that matter for cameras: USB, host controllers, network links, camera vendors.

Linux: the kernel log through ``journalctl -k`` (falling back to ``dmesg`` when there is no journal or it
holds no kernel lines), filtered to USB / xHCI / network-interface / camera lines plus a few lines of
context. Windows: System event log entries from the Plug and Play, USB and driver-framework providers
(``wevtutil``). macOS: ``log show`` for USB. Every command runs with a timeout and a byte cap (through a
``CommandRunner``); a missing command, a refused one or a timeout is recorded in the result with what the
user can do, and never stops the bundle.

The parsing and filtering (``select_lines``, ``parse_wevtutil_text``, ``within_window``) are pure functions
over text, tested against recorded output.
"""

from __future__ import annotations

import collections
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from pixrma_desktop.diagnostics.command_runner import CommandOutput, CommandRunner, RunStatus, SubprocessRunner

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_BYTE_CAP = 16 * 1024 * 1024
CONTEXT_LINES = 2
WEVTUTIL_MAX_EVENTS = 2000

RELEVANT = re.compile(
    r"(?i)\busb\w*|\bxhci|\behci|\bohci|\buhci|\bhub\b|uvcvideo|\bu3v\b|usb3 ?vision|\bgentl\b|genicam"
    r"|pixe?link|idvendor=1996\b|\bvid_1996\b|\b1996:[0-9a-f]{4}\b"
    r"|\beth\d+|\ben(?:p\d+s\d+\w*|o\d+\w*|s\d+\w*|x[0-9a-f]{12})\b|\bwl(?:p\d+s\d+\w*|an\d+|o\d+)\b"
    r"|\bnic link\b|\blink is (?:up|down)|link becomes ready|\bcarrier\b|netdev watchdog|\bmtu\b|jumbo"
)
"""USB, host controllers, camera vendors / protocols (Pixelink's USB vendor id 0x1996, USB3 Vision,
GenTL), network interfaces and their links."""

_ISO_PREFIX = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{2}:\d{2}:\d{2})(?:[.,]\d+)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)
_WEVTUTIL_EVENT = re.compile(r"^Event\[\d+\]:\s*$")

WINDOWS_PROVIDERS = (
    "Microsoft-Windows-Kernel-PnP",
    "Microsoft-Windows-UserPnp",
    "Microsoft-Windows-DriverFrameworks-UserMode",
    "Microsoft-Windows-USB-USBHUB3",
    "Microsoft-Windows-USB-USBXHCI",
    "USBHUB3",
    "USBXHCI",
    "usbhub",
)
MACOS_PREDICATE = (
    'subsystem BEGINSWITH "com.apple.iokit" OR senderImagePath CONTAINS[c] "usb" '
    'OR eventMessage CONTAINS[c] "usb" OR eventMessage CONTAINS[c] "pixelink"'
)


class LogStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"
    DENIED = "denied"
    FAILED = "failed"
    TIMEOUT = "timeout"
    UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class OsLog:
    name: str
    """Short name, used for the file in the bundle: ``kernel``, ``system-events``, ``usb``."""
    status: LogStatus
    source: str = ""
    """The command that produced ``text``, as run."""
    text: str = ""
    """The kept lines, oldest first."""
    message: str = ""
    """What happened, in words for the user; what to do when it did not work."""
    lines_read: int = 0
    lines_kept: int = 0
    truncated: bool = False
    """The command printed more than the byte cap; the newest part was kept."""
    notes: tuple[str, ...] = field(default=())
    """Earlier attempts (e.g. an empty journal before falling back to dmesg)."""


def is_relevant(line: str) -> bool:
    return RELEVANT.search(line) is not None


def select_lines(lines: Iterable[str], context: int = CONTEXT_LINES) -> tuple[list[str], int]:
    """The relevant lines with ``context`` lines either side, like ``grep -C``; ``--`` between groups.

    Streams: holds only ``context`` lines of look-back. Returns the kept lines and how many lines were read.
    """
    before: collections.deque[str] = collections.deque(maxlen=context)
    kept: list[str] = []
    after = 0
    read = 0
    gap = False
    for raw in lines:
        line = raw.rstrip("\r\n")
        read += 1
        if is_relevant(line):
            if gap and kept:
                kept.append("--")
            kept.extend(before)
            before.clear()
            kept.append(line)
            after = context
            gap = False
        elif after > 0:
            kept.append(line)
            after -= 1
        else:
            if len(before) == context or context == 0:
                gap = True
            before.append(line)
    return kept, read


def line_time(line: str) -> datetime | None:
    """The ISO timestamp a line starts with (dmesg ``--time-format iso``, ``journalctl -o short-iso``)."""
    match = _ISO_PREFIX.match(line)
    if not match:
        return None
    tz = match.group("tz") or "Z"
    tz = "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    try:
        return datetime.fromisoformat(f"{match.group('date')}T{match.group('time')}{tz}")
    except ValueError:
        return None


def within_window(lines: Iterable[str], since: datetime) -> Iterable[str]:
    """Lines at or after ``since``; a line without a timestamp goes with the line before it."""
    keep = False
    for line in lines:
        stamp = line_time(line)
        if stamp is not None:
            keep = stamp >= since
        if keep:
            yield line


def parse_wevtutil_text(text: str) -> list[str]:
    """``wevtutil qe … /f:text /rd:true`` output (newest first) as event blocks, oldest first."""
    events: list[list[str]] = []
    for line in text.splitlines():
        if _WEVTUTIL_EVENT.match(line):
            events.append([line])
        elif events:
            events[-1].append(line)
    return ["\n".join(block).rstrip() for block in reversed(events)]


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _drop_partial_first_line(text: str, truncated: bool) -> str:
    if truncated and "\n" in text:
        return text.split("\n", 1)[1]
    return text


def _failure(name: str, out: CommandOutput, what: str, advice: str) -> OsLog:
    command = " ".join(out.argv)
    if out.status is RunStatus.MISSING:
        return OsLog(name, LogStatus.MISSING, command, message=f"{out.argv[0]} is not installed; {what} not read.")
    if out.status is RunStatus.TIMEOUT:
        return OsLog(name, LogStatus.TIMEOUT, command, message=f"{command} did not finish in time; {what} not read.")
    detail = out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit status {out.returncode}"
    denied = out.status is RunStatus.DENIED or re.search(
        r"(?i)not permitted|permission denied|access is denied", detail
    )
    status = LogStatus.DENIED if denied else LogStatus.FAILED
    lead = "was not allowed to read" if denied else "could not read"
    return OsLog(name, status, command, message=f"{command} {lead} {what} ({detail}). {advice}".strip())


def _kept(name: str, out: CommandOutput, lines: list[str], read: int, message: str, notes: Sequence[str]) -> OsLog:
    return OsLog(
        name,
        LogStatus.OK,
        " ".join(out.argv),
        text="\n".join(lines) + ("\n" if lines else ""),
        message=message,
        lines_read=read,
        lines_kept=sum(1 for line in lines if line != "--"),
        truncated=out.truncated,
        notes=tuple(notes),
    )


_LINUX_ADVICE = (
    "Reading the kernel log needs administrator rights here: add your user to the 'adm' or 'systemd-journal' "
    "group, or run `sudo dmesg > kernel.txt` and add kernel.txt to the report."
)


def linux_kernel_log(
    since: datetime,
    runner: CommandRunner,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    byte_cap: int = DEFAULT_BYTE_CAP,
) -> OsLog:
    notes: list[str] = []
    since_epoch = int(since.timestamp())
    journal = runner.run(
        ["journalctl", "-k", f"--since=@{since_epoch}", "-o", "short-iso", "--no-pager"],
        timeout=timeout,
        byte_cap=byte_cap,
    )
    if journal.status is RunStatus.OK:
        text = _drop_partial_first_line(_decode(journal.stdout), journal.truncated)
        raw = [line for line in text.splitlines() if line and not line.startswith("-- ")]
        if raw:
            lines, read = select_lines(raw)
            return _kept("kernel", journal, lines, read, "Kernel log from the systemd journal.", notes)
        reason = journal.stderr.strip().splitlines()[0].rstrip(".") if journal.stderr.strip() else "no kernel entries"
        notes.append(f"journalctl -k: {reason}; used dmesg instead")
    else:
        notes.append(_failure("kernel", journal, "the journal", "").message + " Used dmesg instead.")
    dmesg = runner.run(["dmesg", "--time-format", "iso"], timeout=timeout, byte_cap=byte_cap)
    if dmesg.status is not RunStatus.OK:
        failed = _failure("kernel", dmesg, "the kernel log", _LINUX_ADVICE)
        return OsLog(failed.name, failed.status, failed.source, message=failed.message, notes=tuple(notes))
    text = _drop_partial_first_line(_decode(dmesg.stdout), dmesg.truncated)
    lines, read = select_lines(within_window(text.splitlines(), since))
    return _kept(
        "kernel", dmesg, lines, read, "Kernel ring buffer (dmesg); it holds only the most recent messages.", notes
    )


def windows_system_events(
    since: datetime,
    runner: CommandRunner,
    *,
    now: datetime | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
    byte_cap: int = DEFAULT_BYTE_CAP,
) -> OsLog:
    now = now or datetime.now(UTC)
    window_ms = max(0, int((now - since).total_seconds() * 1000))
    providers = " or ".join(f"@Name='{p}'" for p in WINDOWS_PROVIDERS)
    query = f"*[System[Provider[{providers}] and TimeCreated[timediff(@SystemTime) <= {window_ms}]]]"
    out = runner.run(
        ["wevtutil", "qe", "System", f"/q:{query}", "/f:text", "/rd:true", f"/c:{WEVTUTIL_MAX_EVENTS}"],
        timeout=timeout,
        byte_cap=byte_cap,
    )
    if out.status is not RunStatus.OK:
        return _failure(
            "system-events",
            out,
            "the System event log",
            "Run the report as administrator, or save the System log from Event Viewer and add it to the report.",
        )
    text = _decode(out.stdout)
    if out.truncated:  # newest first: the cut is at the end, and the last event may be partial
        text = text.rsplit("\nEvent[", 1)[0]
    events = parse_wevtutil_text(text)
    return _kept(
        "system-events", out, events, len(events), "USB, Plug and Play and driver events from the System log.", ()
    )


def macos_usb_log(
    since: datetime,
    runner: CommandRunner,
    *,
    now: datetime | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
    byte_cap: int = DEFAULT_BYTE_CAP,
) -> OsLog:
    now = now or datetime.now(UTC)
    minutes = max(1, int((now - since).total_seconds() // 60))
    out = runner.run(
        ["log", "show", "--style", "syslog", "--last", f"{minutes}m", "--predicate", MACOS_PREDICATE],
        timeout=timeout,
        byte_cap=byte_cap,
    )
    if out.status is not RunStatus.OK:
        return _failure("usb", out, "the unified log", "Run `sudo log show --last 1d` and add the output.")
    text = _drop_partial_first_line(_decode(out.stdout), out.truncated)
    lines, read = select_lines(line for line in text.splitlines() if not line.startswith("Timestamp"))
    return _kept("usb", out, lines, read, "USB messages from the unified log.", ())


def collect_os_logs(
    since: datetime,
    *,
    runner: CommandRunner | None = None,
    platform: str = sys.platform,
    timeout: float = DEFAULT_TIMEOUT_S,
    byte_cap: int = DEFAULT_BYTE_CAP,
) -> list[OsLog]:
    """The OS logs for this platform since ``since``; always returns, whatever the commands did."""
    runner = runner or SubprocessRunner()
    if platform.startswith("linux"):
        return [linux_kernel_log(since, runner, timeout=timeout, byte_cap=byte_cap)]
    if platform == "win32":
        return [windows_system_events(since, runner, timeout=timeout, byte_cap=byte_cap)]
    if platform == "darwin":
        return [macos_usb_log(since, runner, timeout=timeout, byte_cap=byte_cap)]
    return [OsLog("os", LogStatus.UNSUPPORTED, message=f"Reading the system log is not supported on {platform}.")]


def since_hours(hours: float, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)) - timedelta(hours=hours)
