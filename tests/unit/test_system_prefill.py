from pixrma_desktop.diagnostics.system import (
    CpuInfo,
    GenTLProducer,
    OsInfo,
    PixelinkSdk,
    SoftwareVersions,
    SystemReport,
    UsbController,
)
from pixrma_desktop.rma.system_prefill import summary_from_report


def report(**changes):
    values = dict(
        collected_at="2026-11-26T10:00:00+00:00",
        os=OsInfo("Linux", "6.1.0-18-amd64", "#1 SMP Debian", "Debian GNU/Linux 12 (bookworm)", "x86_64"),
        cpu=CpuInfo("Intel(R) Core(TM) i7-8700", 12, 6),
        ram_total_bytes=16 * 2**30,
        software=SoftwareVersions("0.1.0", "3.11.7", "CPython", "6.11.3", "6.11.3", "1.4.3", "1.6.0", "1.2.1", None),
        gentl_producers=(GenTLProducer("/opt/pixelink/lib/PxLGenTL.cti", 1, None, "Pixelink", "GENICAM_GENTL64_PATH"),),
        pixelink_sdk=PixelinkSdk(True, "10.5.0", "/usr/lib/libPxLApi.so"),
        usb_controllers=(UsbController(2, "xHCI Host Controller", "xhci_hcd", None, None, "5000", "3.00"),),
        usb_devices=(),
        usb_note="",
        network=(),
    )
    values.update(changes)
    return SystemReport(**values)


def test_facts_and_components_support_asks_about():
    summary = summary_from_report(report())
    assert summary.facts["Operating system"] == "Debian GNU/Linux 12 (bookworm)"
    assert summary.facts["CPU"] == "Intel(R) Core(TM) i7-8700 (12 threads)"
    assert summary.facts["Memory"] == "16.0 GiB"
    assert summary.facts["USB controllers"] == "xHCI Host Controller USB 3.00 xhci_hcd"
    components = {c.name: c.version for c in summary.components}
    assert components["Pixelink SDK"] == "10.5.0"
    assert components["GenTL producer PxLGenTL.cti"] == "Pixelink"
    assert components["genicam"] == "1.6.0"
    assert "pixelinkWrapper" not in components


def test_missing_parts_are_said_not_invented():
    summary = summary_from_report(
        report(
            usb_controllers=(), usb_note="no USB bus in sysfs", pixelink_sdk=PixelinkSdk(False), ram_total_bytes=None
        )
    )
    assert summary.facts["USB controllers"] == "no USB bus in sysfs"
    assert "Memory" not in summary.facts
    assert {c.name: c.version for c in summary.components}["Pixelink SDK"] == "not found"
