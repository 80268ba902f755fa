"""The dealer path: a camera bought from a dealer is returned through the dealer, not the vendor.

Nothing is sent to the vendor. Instead the app writes a dealer package: the support bundle, the report as
text and HTML, ``cameras.json`` and a ready-to-send e-mail (``.eml``) addressed to the dealer contact the user
entered, all in one folder and zipped next to it.
"""

from __future__ import annotations

import mimetypes
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path

from pixrma_desktop.rma.render import report_html, report_text, subject, write_cameras_json
from pixrma_desktop.rma.request import RmaRequest

WHY_DEALER = (
    "You bought this camera from a dealer. The vendor asks dealer customers to contact their dealer directly: "
    "the dealer handles the return and the RMA with the vendor. So nothing is sent to the vendor's support. "
    "Send the dealer the e-mail in the package below (it has the report and the support bundle attached), "
    "or forward the package folder to them."
)

MakeBundle = Callable[[RmaRequest], Path]
"""Builds the support bundle (zip) for a request and returns its path."""

_MAX_ATTACH_MB = 20.0


@dataclass(frozen=True)
class DealerPackage:
    folder: Path
    zip_path: Path
    email_path: Path
    report_txt: Path
    report_html: Path
    bundle: Path | None
    explanation: str = WHY_DEALER


def build_email(request: RmaRequest, attachments: list[Path]) -> EmailMessage:
    """The e-mail to the dealer contact, from the user, with the report as body and the files attached."""
    purchase, contact = request.purchase, request.contact
    message = EmailMessage()
    message["To"] = formataddr((purchase.dealer_name.strip(), purchase.dealer_email.strip()))
    if contact.email.strip():
        message["From"] = formataddr((contact.name.strip(), contact.email.strip()))
    message["Subject"] = subject(request)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="pixrma.invalid")
    message["X-Unsent"] = "1"  # mail programs open it as a draft ready to send
    greeting = f"Dear {purchase.dealer_name.strip()}," if purchase.dealer_name.strip() else "Hello,"
    message.set_content(
        f"{greeting}\n\nI bought the camera(s) below from you and need a repair or replacement. The report with "
        "every camera's serial number and issue follows; the support bundle with logs and system details is "
        f"attached.\n\n{report_text(request)}\nKind regards,\n{contact.name.strip()}\n"
    )
    for path in attachments:
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        maintype, subtype = kind.split("/", 1)
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return message


def build_dealer_package(request: RmaRequest, out_dir: Path, make_bundle: MakeBundle | None) -> DealerPackage:
    """Write the dealer package for ``request`` into ``out_dir/dealer-<id8>/`` and zip it next to the folder.

    ``make_bundle`` builds the support bundle (pass None to leave it out). The bundle is attached to the
    e-mail only when it is small enough for ordinary mail servers; it is always in the folder and the zip.
    """
    folder = out_dir / f"dealer-{str(request.submission_id)[:8]}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, mode=0o700)
    bundle = None
    if make_bundle is not None:
        built = make_bundle(request)
        bundle = folder / built.name
        shutil.copyfile(built, bundle)
        request = request.model_copy(
            update={"evidence": request.evidence.model_copy(update={"bundle_path": str(bundle)})}
        )
    txt = folder / "report.txt"
    txt.write_text(report_text(request), encoding="utf-8")
    page = folder / "report.html"
    page.write_text(report_html(request), encoding="utf-8")
    cameras = write_cameras_json(request, folder).rename(folder / "cameras.json")
    attachments = [txt, cameras]
    if bundle is not None and bundle.stat().st_size <= _MAX_ATTACH_MB * 1024 * 1024:
        attachments.append(bundle)
    eml = folder / "message-to-dealer.eml"
    eml.write_bytes(bytes(build_email(request, attachments)))
    zip_path = folder.with_suffix(".zip")
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, f"{folder.name}/{path.name}")
    return DealerPackage(folder, zip_path, eml, txt, page, bundle)
