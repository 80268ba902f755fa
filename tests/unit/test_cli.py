import subprocess
import sys

import pytest

from pixrma_desktop import __version__
from pixrma_desktop.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_cli_import_stays_light():
    """The command line must not pull in Qt, harvesters, pyusb or requests before a command needs them."""
    code = (
        "import sys, pixrma_desktop.cli as c; c.build_parser(); "
        "heavy = [m for m in ('PySide6', 'harvesters', 'usb', 'requests', 'pydantic') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_scan_modules_import_no_device_library_until_a_scan_needs_it():
    """Building the probes must not load harvesters, numpy, pyusb or libusb (each probe loads its own when used)."""
    code = (
        "import sys; from pixrma_desktop.cameras.discovery import make_scanner; "
        "from pixrma_desktop.settings import CameraSettings; import pixrma_desktop.commands.scan; "
        "make_scanner(CameraSettings(), 'on'); "
        "heavy = [m for m in ('PySide6', 'harvesters', 'genicam', 'numpy', 'usb', 'libusb_package', 'requests', "
        "'pydantic', 'psutil') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""
