import pytest

from pixrma_desktop import __version__
from pixrma_desktop.cli import main
from tests.fresh_python import fresh_python


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
    assert fresh_python(code).strip() == ""


def test_scan_modules_import_no_device_library_until_a_scan_needs_it():
    """Building the probes must not load harvesters, numpy, pyusb or libusb (each probe loads its own when used)."""
    code = (
        "import sys; from pixrma_desktop.cameras.discovery import make_scanner; "
        "from pixrma_desktop.settings import CameraSettings; import pixrma_desktop.commands.scan; "
        "make_scanner(CameraSettings(), 'on'); "
        "heavy = [m for m in ('PySide6', 'harvesters', 'genicam', 'numpy', 'usb', 'libusb_package', 'requests', "
        "'pydantic', 'psutil') if m in sys.modules]; print(','.join(heavy))"
    )
    assert fresh_python(code).strip() == ""


def test_a_command_line_imports_only_its_own_command_module():
    code = (
        "import sys, pixrma_desktop.cli as c; "
        "args = c._parse_args(['--data-dir', 'x', 'scan', '--json', '--demo']); "
        "loaded = sorted(m.rsplit('.', 1)[1] for m in sys.modules "
        "if m.rsplit('.', 1)[-1] in c.COMMAND_MODULES and m.startswith('pixrma_desktop.commands.')); "
        "print(args.command, args.json, args.demo_mode, args.data_dir, ','.join(loaded))"
    )
    assert fresh_python(code).split() == ["scan", "True", "on", "x", "scan"]


def test_a_bad_option_after_a_command_is_reported_like_before(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["scan", "--no-such-option"])
    assert exc.value.code == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err


def test_an_unknown_command_lists_every_command(capsys):
    from pixrma_desktop.cli import COMMAND_MODULES

    with pytest.raises(SystemExit) as exc:
        main(["scna"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'scna'" in err
    assert all(f"'{name.replace('_', '-')}'" in err for name in COMMAND_MODULES)  # packing_slip: packing-slip
