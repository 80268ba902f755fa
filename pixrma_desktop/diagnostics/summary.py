"""``summary.txt``: the page of a support bundle that a support engineer reads first.

Plain text, at most ~100 columns wide: the cameras with serial, model, firmware and link; the findings; the
scan warnings; a system summary; and the list of files with what was cut or left out. Everything a quick
decision (remote fix or RMA) needs, without opening the JSON files.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from pixrma_desktop.cameras.features import CameraSnapshot
from pixrma_desktop.cameras.probe import ScanWarning
from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.diagnostics.feature_diff import differing_features, render_differences
from pixrma_desktop.diagnostics.finding import Finding, Severity
from pixrma_desktop.diagnostics.oslogs import LogStatus, OsLog
from pixrma_desktop.diagnostics.system import SystemReport

WIDTH = 100


@dataclass(frozen=True)
class FileLine:
    path: str
    size: int
    description: str


def human_size(size: float) -> str:
    for unit in ("bytes", "KiB", "MiB"):
        if size < 1024 or unit == "MiB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"  # pragma: no cover - the loop returns at MiB


def _wrapped(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False) or [
        first.rstrip()
    ]


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


def _versions(cam: CameraRecord) -> str:
    parts = [
        f"{label} {value}"
        for label, value in (
            ("firmware", cam.firmware_version),
            ("FPGA", cam.fpga_version),
            ("XML", cam.xml_version),
            ("bootloader", cam.bootloader_version),
            ("device version", cam.device_version),
        )
        if value
    ]
    return ", ".join(parts) or "firmware unknown"


TRANSPORT_NAMES = {
    Transport.USB3_VISION: "USB3 Vision",
    Transport.GIGE_VISION: "GigE Vision",
    Transport.GENTL: "GenTL",
    Transport.PIXELINK_USB2: "Pixelink USB 2",
    Transport.MANUAL: "entered by hand",
    Transport.UNKNOWN: "transport unknown",
}


def _link(cam: CameraRecord) -> str:
    parts = [TRANSPORT_NAMES.get(cam.transport, str(cam.transport))]
    if cam.usb:
        usb = cam.usb
        if usb.speed:
            parts.append(f"{usb.speed} speed")
        if usb.bus is not None and usb.port_path:
            parts.append(f"bus {usb.bus} port {usb.port_path}")
        if usb.vendor_id is not None and usb.product_id is not None:
            parts.append(f"USB ID {usb.vendor_id:04x}:{usb.product_id:04x}")
    if cam.link_speed:
        parts.append(f"camera reports {cam.link_speed}")
    if cam.producer:
        parts.append(f"producer {PurePath(cam.producer).name}")
    if cam.network:
        net = cam.network
        where = f"IP {net.ip}" if net.ip else "IP unknown"
        if net.subnet:
            where += f"/{net.subnet}"
        parts.append(where)
        if net.mac:
            parts.append(f"MAC {net.mac}")
        if net.nic:
            nic = f"via {net.nic}"
            if net.nic_ip:
                nic += f" ({net.nic_ip}/{net.nic_netmask or '?'})"
            if net.nic_mtu:
                nic += f" MTU {net.nic_mtu}"
            parts.append(nic)
    return ", ".join(parts)


def _cameras(cameras: Sequence[CameraRecord]) -> list[str]:
    lines = _heading(f"Cameras ({len(cameras)})")
    if not cameras:
        lines.append("No camera was found by the scan this bundle was made from.")
    for number, cam in enumerate(cameras, 1):
        model = " ".join(p for p in (cam.vendor, cam.model) if p) or "Unknown camera"
        lines.append(f"{number}. {model}   S/N {cam.serial or 'unknown'}" + ("   (DEMO camera)" if cam.demo else ""))
        lines.append(f"   {_versions(cam)}")
        lines.append(f"   link: {_link(cam)}")
        if cam.user_name:
            lines.append(f"   name on the camera: {cam.user_name}")
        if cam.in_use:
            lines.append("   in use by another program during the scan (identity from enumeration only)")
        if cam.temperature_c is not None:
            lines.append(f"   temperature: {cam.temperature_c:.1f} °C")
        lines.extend(f"   warning: {w}" for w in cam.warnings)
    return lines


_SEVERITY_ORDER = {Severity.PROBLEM: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _findings(findings: Sequence[Finding]) -> list[str]:
    lines = _heading(f"Findings ({len(findings)})")
    if not findings:
        lines.append("None: the automatic checks found nothing to fix remotely (or were not run).")
    for finding in sorted(findings, key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.code)):
        lines += _wrapped(f"[{finding.severity}] {finding.title} ({finding.code})", "", "   ")
        if finding.cameras:
            lines += _wrapped(", ".join(finding.cameras), "   cameras: ", "            ")
        if finding.advice:
            lines += _wrapped(finding.advice, "   advice: ", "           ")
        if finding.details:
            lines += _wrapped(finding.details, "   details: ", "            ")
    return lines


def _warnings(warnings: Sequence[ScanWarning]) -> list[str]:
    if not warnings:
        return []
    lines = _heading(f"Scan warnings ({len(warnings)})")
    lines.extend(f"- [{w.probe}] {w}" for w in warnings)
    return lines


def _system(report: SystemReport | None) -> list[str]:
    lines = _heading("System")
    if report is None:
        return [*lines, "Not collected."]
    os_info, sw = report.os, report.software
    lines.append(
        f"OS: {os_info.distribution or os_info.system} ({os_info.system} {os_info.release}, {os_info.machine})"
    )
    ram = f"{report.ram_total_bytes / 1024**3:.1f} GiB" if report.ram_total_bytes else "unknown"
    lines.append(f"CPU: {report.cpu.model or 'unknown'} ({report.cpu.logical_cores or '?'} logical cores); RAM {ram}")
    qt = f"Qt {sw.qt} (PySide6 {sw.pyside6})" if sw.pyside6 else "no Qt (PySide6 not installed)"
    lines.append(f"Software: pixrma-desktop {sw.app}, Python {sw.python}, {qt}")
    lines.append(f"          harvesters {sw.harvesters or '-'}, genicam {sw.genicam or '-'}, pyusb {sw.pyusb or '-'}")
    sdk = report.pixelink_sdk
    if sdk.found:
        lines.append(f"Pixelink SDK: {sdk.version or 'version unknown'} at {sdk.location}")
    else:
        lines += _wrapped(f"Pixelink SDK: {sdk.note or 'not found'}", "", "   ")
    if report.gentl_producers:
        lines.append("GenTL producers:")
        lines.extend(f"   {p.path}" + (f" ({p.vendor_hint})" if p.vendor_hint else "") for p in report.gentl_producers)
    else:
        lines.append("GenTL producers: none found (GENICAM_GENTL64_PATH empty or unset)")
    if report.usb_controllers:
        lines.append("USB host controllers:")
        for c in report.usb_controllers:
            lines.append(
                f"   bus {c.bus}: {c.name or 'controller'}, driver {c.driver or '?'}, PCI {c.pci_address or '?'}"
                + (f" [{c.pci_id}]" if c.pci_id else "")
                + (f", {c.speed}" if c.speed else "")
            )
    if report.usb_devices:
        lines.append("USB devices:")
        for d in report.usb_devices:
            name = " ".join(p for p in (d.manufacturer, d.product) if p) or "unnamed device"
            drivers = ", ".join(d.drivers) or "no driver"
            lines.append(f"   {d.path}: {d.vendor_id}:{d.product_id} {name}, {d.speed or '?'}, {drivers}")
    if report.usb_note:
        lines.append(f"USB: {report.usb_note}")
    up = [i for i in report.network if i.name != "lo"]
    if up:
        lines.append("Network interfaces:")
        for nic in up:
            addrs = ", ".join(
                f"{a.address}/{a.netmask}" if a.netmask else a.address for a in nic.addresses if a.family == "ipv4"
            )
            state = "up" if nic.up else "down"
            speed = f", {nic.speed_mbps} Mbit/s" if nic.speed_mbps else ""
            lines.append(f"   {nic.name}: {state}{speed}, MTU {nic.mtu}, {addrs or 'no IPv4 address'}")
    lines.extend(f"Could not collect: {p}" for p in report.problems)
    return lines


def _os_logs(os_logs: Sequence[OsLog]) -> list[str]:
    if not os_logs:
        return []
    lines = _heading("Operating system logs")
    for log in os_logs:
        if log.status is LogStatus.OK:
            lines.append(
                f"{log.name}: {log.lines_kept} relevant lines of {log.lines_read} read from `{log.source}`"
                + (" (output was cut; newest part kept)" if log.truncated else "")
            )
        else:
            lines.append(f"{log.name}: not included ({log.status}): {log.message}")
        lines.extend(f"   note: {n}" for n in log.notes)
    return lines


def _files(files: Sequence[FileLine], excluded: Sequence[tuple[str, str]]) -> list[str]:
    lines = _heading("Files in this bundle")
    width = max((len(f.path) for f in files), default=10)
    lines.extend(f"{f.path.ljust(width)}  {human_size(f.size).rjust(10)}  {f.description}" for f in files)
    lines.append(f"{'manifest.json'.ljust(width)}  {'':>10}  sha256 and size of every file, what was redacted")
    if excluded:
        lines.append("")
        lines.append("Left out:")
        lines.extend(f"- {source}: {reason}" for source, reason in excluded)
    return lines


def render_summary(
    *,
    created_at: datetime,
    app_version: str,
    redaction: str,
    log_window: str,
    cameras: Sequence[CameraRecord],
    findings: Sequence[Finding],
    warnings: Sequence[ScanWarning],
    system: SystemReport | None,
    os_logs: Sequence[OsLog],
    files: Sequence[FileLine],
    excluded: Sequence[tuple[str, str]],
    snapshots: Sequence[CameraSnapshot] = (),
) -> str:
    title = "Camera support bundle"
    lines = [
        title,
        "=" * len(title),
        f"Created {created_at.strftime('%Y-%m-%d %H:%M %Z').strip()} by pixrma-desktop {app_version}.",
        f"Log window: {log_window}." if log_window else "",
        textwrap.fill(f"Redaction: {redaction}", width=WIDTH, subsequent_indent="  "),
    ]
    lines = [line for line in lines if line]
    if any(c.demo for c in cameras):
        lines.append("NOTE: demo cameras (simulated) are part of this bundle; they are not real hardware.")
    lines += _cameras(cameras)
    lines += render_differences(differing_features(snapshots))
    lines += _findings(findings)
    lines += _warnings(warnings)
    lines += _system(system)
    lines += _os_logs(os_logs)
    lines += _files(files, excluded)
    return "\n".join(lines) + "\n"
