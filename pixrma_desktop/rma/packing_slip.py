"""The packing slip that goes in (and on) the parcel: the RMA number large, and what the vendor asks for.

Written as a PDF with fpdf2 (pure Python, no Qt), so the command line makes the same slip as the app. The
rules come from the vendor's returns page: no return without the RMA number on the parcel; shipping to the
vendor is the customer's cost; out of warranty a repair quote follows within 20 to 30 business days.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pixrma_desktop.rma.request import WARRANTY_LABELS, RmaRequest, Warranty

RULES = (
    "Write the RMA number on the outside of the parcel. Cameras returned without an RMA number may be refused "
    "and sent back, or delayed.",
    "Shipping to the vendor is paid by you. Shipping back is paid by the vendor for a camera under warranty; "
    "otherwise it is added to the repair quote.",
    "Out of warranty, the vendor sends a repair quote within 20 to 30 business days of receiving the camera.",
    "For the repair status, write to support with the ticket number in the subject, as [#{ticket}].",
)

FONT_FOLDERS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/Library/Fonts",
    os.path.join(os.environ.get("WINDIR", "C:\\Windows"), "Fonts"),
)


@dataclass(frozen=True)
class SlipCamera:
    model: str
    serial: str


@dataclass(frozen=True)
class PackingSlip:
    rma_number: str
    support_ticket: str
    cameras: tuple[SlipCamera, ...]
    contact: tuple[str, ...]
    """Name, company, address lines, country, e-mail, phone: whichever are known."""
    warranty: str = ""

    @classmethod
    def for_request(cls, request: RmaRequest, *, rma_number: str, support_ticket: str) -> PackingSlip:
        c = request.contact
        lines = [c.name, c.company, *c.shipping_address.splitlines(), c.country, c.email, c.phone]
        known = request.warranty in (Warranty.UNDER, Warranty.OUT)
        warranty = WARRANTY_LABELS[request.warranty] if known and request.warranty else ""
        return cls(
            rma_number=rma_number.strip(),
            support_ticket=support_ticket.strip(),
            cameras=tuple(SlipCamera(cam.model.strip(), cam.serial.strip()) for cam in request.cameras),
            contact=tuple(line.strip() for line in lines if line and line.strip()),
            warranty=warranty,
        )

    def rules(self) -> tuple[str, ...]:
        return tuple(rule.format(ticket=self.support_ticket) for rule in RULES)


def _unicode_font() -> tuple[Path, Path] | None:
    for folder in FONT_FOLDERS:
        regular, bold = Path(folder, "DejaVuSans.ttf"), Path(folder, "DejaVuSans-Bold.ttf")
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


def write_packing_slip(slip: PackingSlip, path: Path) -> Path:
    """Write the slip as a one-page A4 PDF at ``path`` (replaced if it exists: the user chose it)."""
    from fpdf import FPDF

    if not slip.rma_number:
        raise ValueError("A packing slip needs the RMA number; support issues it with the return instructions.")
    pdf = FPDF(format="A4")
    pdf.set_title(f"Packing slip RMA {slip.rma_number}")
    pdf.set_creator("pixrma")
    font = _unicode_font()
    if font is not None:
        pdf.add_font("slip", "", str(font[0]))
        pdf.add_font("slip", "B", str(font[1]))
        family = "slip"

        def text(value: str) -> str:
            return value
    else:  # the PDF core font knows Latin-1 only
        family = "helvetica"

        def text(value: str) -> str:
            return value.encode("latin-1", "replace").decode("latin-1")

    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    width = pdf.epw
    pdf.set_font(family, "B", 16)
    pdf.cell(width, 10, "RETURN - PACKING SLIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "B", 44)
    pdf.cell(width, 24, text(f"RMA {slip.rma_number}"), border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(family, "", 12)
    pdf.cell(
        width, 7, text(f"Support ticket: #{slip.support_ticket}  (not the RMA number)"), new_x="LMARGIN", new_y="NEXT"
    )
    if slip.warranty:
        pdf.cell(width, 7, text(f"Warranty: {slip.warranty}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "B", 13)
    pdf.cell(width, 8, text(f"Cameras returned ({len(slip.cameras)})"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "B", 11)
    pdf.cell(width * 0.5, 7, "Model", border="B")
    pdf.cell(width * 0.5, 7, "Serial number", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    for camera in slip.cameras:
        pdf.cell(width * 0.5, 7, text(camera.model or "(model unknown)"))
        pdf.cell(width * 0.5, 7, text(camera.serial or "(serial unknown)"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "B", 13)
    pdf.cell(width, 8, "Contact", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    for line in slip.contact or ("(no contact given)",):
        pdf.cell(width, 6, text(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "B", 13)
    pdf.cell(width, 8, "Before you ship", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    for rule in slip.rules():
        pdf.multi_cell(width, 5, text(f"- {rule}"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path
