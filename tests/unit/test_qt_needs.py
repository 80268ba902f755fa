"""`python3 installer/dev.py run` checks what Qt needs before starting the app: the detection, over loader
reports as ldd prints them."""

from __future__ import annotations

from installer import qt_needs

DEBIAN_12_WITHOUT_ICCCM = """\
\tlinux-vdso.so.1 (0x00007ffc6a5f2000)
\tlibQt6XcbQpa.so.6 => /venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0a1c2d1000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f0a1c2c0000)
\tlibEGL.so.1 => /lib/x86_64-linux-gnu/libEGL.so.1 (0x00007f0a1c2b0000)
\tlibxcb-icccm.so.4 => not found
\tlibfoo-unknown.so.3 => not found
"""

DESKTOP = {"DISPLAY": ":0"}


def test_missing_libraries_are_read_from_the_loader_report():
    assert qt_needs.missing_libraries(DEBIAN_12_WITHOUT_ICCCM) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libfoo-unknown.so.3",
    ]


def test_the_missing_packages_and_the_commands_that_install_them_are_named():
    ready = qt_needs.check_qt([], DESKTOP, "linux", ldd_report=DEBIAN_12_WITHOUT_ICCCM)
    assert not ready.ok
    assert ready.missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libfoo-unknown.so.3"]
    assert "Debian/Ubuntu: sudo apt install libxcb-icccm4 libxcb-keysyms1" in ready.message
    assert "Fedora:        sudo dnf install xcb-util-keysyms xcb-util-wm" in ready.message
    assert "provides libfoo-unknown.so.3" in ready.message
    assert "libxcb-cursor0" not in ready.message, "an installed library is not named"


def test_nothing_missing_is_ready():
    report = DEBIAN_12_WITHOUT_ICCCM.replace("=> not found", "=> /lib/x86_64-linux-gnu/found.so (0x1)")
    assert qt_needs.check_qt([], DESKTOP, "linux", ldd_report=report).ok


def test_no_display_says_so_and_how_to_run_headless():
    ready = qt_needs.check_qt([], {}, "linux", ldd_report=DEBIAN_12_WITHOUT_ICCCM)
    assert not ready.ok
    assert ready.message.startswith("No display: neither DISPLAY nor WAYLAND_DISPLAY is set")
    assert "QT_QPA_PLATFORM=offscreen" in ready.message
    assert "xvfb-run" in ready.message


def test_another_platform_or_system_skips_the_xcb_check():
    assert qt_needs.check_qt([], {"QT_QPA_PLATFORM": "offscreen"}, "linux", ldd_report=DEBIAN_12_WITHOUT_ICCCM).ok
    assert qt_needs.check_qt([], {"WAYLAND_DISPLAY": "wayland-0"}, "linux", ldd_report=DEBIAN_12_WITHOUT_ICCCM).ok
    assert qt_needs.check_qt([], {}, "win32", ldd_report=DEBIAN_12_WITHOUT_ICCCM).ok


def test_the_real_plugin_in_this_environment_is_found(tmp_path):
    from pathlib import Path

    import PySide6

    site = Path(PySide6.__file__).parent.parent
    plugin = qt_needs.xcb_plugin([tmp_path, site])
    assert plugin is not None
    assert plugin.name == "libqxcb.so"


def test_every_known_library_has_both_package_names():
    for name, (debian, fedora) in qt_needs.PACKAGES.items():
        assert name.endswith(tuple(f".so.{n}" for n in range(10))), name
        assert debian, name
        assert fedora, name


def test_the_readme_lists_every_system_package():
    readme = (qt_needs.Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for package in qt_needs.SYSTEM_PACKAGES_DEBIAN + qt_needs.SYSTEM_PACKAGES_FEDORA:
        assert f" {package}" in readme, package
