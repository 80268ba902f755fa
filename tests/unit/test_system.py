import json
import sys

from pixrma_desktop.diagnostics.system import collect_system_report, gentl_producers, pixelink_sdk, usb_tree
from tests.fakes.sysfs import build_usb_tree
from tests.fresh_python import fresh_python


def test_usb_controllers_and_devices_from_sysfs(tmp_path):
    controllers, devices = usb_tree(build_usb_tree(tmp_path / "sys"))
    assert [c.bus for c in controllers] == [1, 2]
    hub = controllers[1]
    assert hub.name == "xHCI Host Controller"
    assert hub.driver == "xhci_hcd"
    assert hub.pci_address == "0000:00:14.0"
    assert hub.pci_id == "8086:a36d"
    assert hub.speed == "super (5 Gbit/s)"
    assert hub.usb_version == "3.10"
    by_path = {d.path: d for d in devices}
    assert set(by_path) == {"1-4", "2-1"}
    camera = by_path["2-1"]
    assert (camera.vendor_id, camera.product_id) == ("1996", "0755")
    assert (camera.manufacturer, camera.product) == ("Pixelink", "PL-D755MU")
    assert camera.speed == "super (5 Gbit/s)"
    assert (camera.bus, camera.address) == (2, 3)
    assert camera.drivers == ()  # no kernel driver: a user-space camera library talks to it
    assert by_path["1-4"].drivers == ("usbhid",)
    assert by_path["1-4"].speed == "low (1.5 Mbit/s)"


def test_usb_tree_without_a_usb_bus_is_empty(tmp_path):
    assert usb_tree(tmp_path) == ((), ())


def test_report_is_json_and_leaves_out_serials_of_other_devices(tmp_path):
    report = collect_system_report(sysfs_root=build_usb_tree(tmp_path / "sys"), env={}, platform_name="linux")
    text = json.dumps(report.to_dict())
    assert "KB-PRIVATE-SERIAL" not in text
    data = json.loads(text)
    assert data["software"]["python"] == ".".join(map(str, sys.version_info[:3]))
    assert data["os"]["system"]
    assert data["ram_total_bytes"] > 0
    assert data["cpu"]["logical_cores"] >= 1
    assert len(data["usb_devices"]) == 2
    assert data["usb_note"] == ""
    assert report.problems == ()
    loopback = [n for n in data["network"] if any(a["address"] == "127.0.0.1" for a in n["addresses"])]
    assert loopback, "psutil reports the loopback interface"
    assert loopback[0]["mtu"] > 0
    assert {"address": "127.0.0.1", "family": "ipv4", "netmask": "255.0.0.0"} in loopback[0]["addresses"]


def test_usb_tree_is_linux_only(tmp_path):
    report = collect_system_report(sysfs_root=build_usb_tree(tmp_path / "sys"), env={}, platform_name="win32")
    assert report.usb_devices == ()
    assert "Linux only" in report.usb_note


def test_gentl_producers_from_search_path_and_settings(tmp_path):
    folder = tmp_path / "opt" / "Pixelink" / "gentl"
    folder.mkdir(parents=True)
    (folder / "PxLGenTL.cti").write_bytes(b"\0" * 10)
    (folder / "readme.txt").write_text("not a producer")
    other = tmp_path / "viky.cti"
    other.write_bytes(b"x")
    env = {"GENICAM_GENTL64_PATH": f"{folder}:{tmp_path / 'missing'}"}
    producers = gentl_producers(env, [str(other), str(folder / "PxLGenTL.cti")])
    assert [(p.path, p.source) for p in producers] == [
        (str(folder / "PxLGenTL.cti"), "GENICAM_GENTL64_PATH"),
        (str(other), "settings"),
    ]
    assert producers[0].size_bytes == 10
    assert producers[0].vendor_hint == "Pixelink"
    assert producers[1].vendor_hint is None


def test_pixelink_sdk_version_from_the_library_name(tmp_path):
    lib = tmp_path / "sdk" / "lib"
    lib.mkdir(parents=True)
    (lib / "libPxLApi.so.10.3.1").write_bytes(b"")
    sdk = pixelink_sdk({"PIXELINK_SDK_LIB": str(tmp_path / "sdk")})
    assert sdk.found
    assert sdk.version == "10.3.1"
    assert sdk.location == str(lib / "libPxLApi.so.10.3.1")


def test_pixelink_sdk_not_found_says_where_to_point():
    sdk = pixelink_sdk({"PIXELINK_SDK_LIB": "/nonexistent/pixelink"})
    assert not sdk.found
    assert "PIXELINK_SDK_LIB" in sdk.note


def test_collecting_does_not_import_qt():
    code = (
        "import sys; from pixrma_desktop.diagnostics.system import collect_system_report as c; r = c(); "
        "print(r.software.pyside6 is not None, any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert fresh_python(code).split() == ["True", "False"], "PySide6's version is reported without importing Qt"
