"""The request's system section from the full system report: the facts and versions support asks about."""

from __future__ import annotations

from pathlib import Path

from pixrma_desktop.diagnostics.system import SystemReport
from pixrma_desktop.rma.prefill import system_from_report
from pixrma_desktop.rma.request import SystemSummary


def _gib(size: int | None) -> str:
    return f"{size / 2**30:.1f} GiB" if size else ""


def summary_from_report(report: SystemReport) -> SystemSummary:
    """Operating system, CPU, memory and USB controllers as facts; camera software with versions as components."""
    os_name = report.os.distribution or f"{report.os.system} {report.os.release}".strip()
    cpu = report.cpu.model or ""
    if cpu and report.cpu.logical_cores:
        cpu = f"{cpu} ({report.cpu.logical_cores} threads)"
    facts = {
        "Operating system": os_name,
        "Kernel / OS version": f"{report.os.release} {report.os.version}".strip(),
        "Architecture": report.os.machine,
        "CPU": cpu,
        "Memory": _gib(report.ram_total_bytes),
        "USB controllers": "; ".join(
            " ".join(p for p in (c.name, f"USB {c.usb_version}" if c.usb_version else "", c.driver) if p)
            for c in report.usb_controllers
        )
        or report.usb_note,
        "pixrma-desktop": report.software.app,
        "Python": report.software.python,
        "Qt": report.software.qt or "",
    }
    sdk = report.pixelink_sdk
    components = [("Pixelink SDK", sdk.version or ("installed" if sdk.found else "not found"))]
    components += [(f"GenTL producer {Path(p.path).name}", p.vendor_hint or "") for p in report.gentl_producers]
    for name, version in (
        ("harvesters", report.software.harvesters),
        ("genicam", report.software.genicam),
        ("pyusb", report.software.pyusb),
        ("pixelinkWrapper", report.software.pixelink_wrapper),
    ):
        if version:
            components.append((name, version))
    return system_from_report(facts, components)


def current_system_summary(producer_paths: list[str]) -> SystemSummary:
    """The system section for a new request, from this computer's report (reads sysfs and versions: slow-ish)."""
    from pixrma_desktop.diagnostics.system import collect_system_report

    return summary_from_report(collect_system_report(producer_paths=producer_paths))
