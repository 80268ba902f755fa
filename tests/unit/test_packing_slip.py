"""The packing slip PDF: its text (as pdftotext reads it) holds the RMA number, every serial and the rules."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pixrma_desktop.rma.packing_slip import PackingSlip, write_packing_slip
from pixrma_desktop.rma.request import CameraEntry, Warranty
from tests.fakes.sample_requests import complete_request
from tests.fresh_python import fresh_python


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (listed in .ci/apt.d)")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_slip_holds_the_rma_number_every_serial_and_model_the_contact_and_the_rules(tmp_path):
    request = complete_request()
    request.cameras = [
        CameraEntry(serial="712000001", model="PL-D755MU"),
        CameraEntry(serial="712000777", model="PL-X9512CU"),
        CameraEntry(serial="SN-Ü-42", model="PL-D734CU"),
    ]
    request.warranty = Warranty.OUT
    request.contact.name = "Zoë Müller"
    slip = PackingSlip.for_request(request, rma_number="4711", support_ticket="205")

    path = write_packing_slip(slip, tmp_path / "slips" / "rma-4711.pdf")

    text = pdf_text(path)
    assert "RMA 4711" in text
    assert "#205" in text
    for camera in request.cameras:
        assert camera.serial in text
        assert camera.model in text
    assert "Zoë Müller" in text
    assert "out of warranty" in text
    assert "without an RMA number" in text
    assert "20 to 30 business days" in text
    assert "Shipping to the vendor is paid by you" in text
    assert "[#205]" in text


def test_no_rma_number_no_slip(tmp_path):
    slip = PackingSlip.for_request(complete_request(), rma_number=" ", support_ticket="205")
    with pytest.raises(ValueError, match="needs the RMA number"):
        write_packing_slip(slip, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_slip_module_does_not_need_qt():
    out = fresh_python(
        "import sys, pixrma_desktop.rma.packing_slip as m; print(any(n.startswith('PySide6') for n in sys.modules))"
    )
    assert out.strip() == "False"
