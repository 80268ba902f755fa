"""Complete and incomplete sample requests for tests and benchmarks."""

from __future__ import annotations

from pixrma_desktop.cameras.record import CameraRecord, Transport
from pixrma_desktop.rma.prefill import camera_from_record
from pixrma_desktop.rma.request import (
    CameraEntry,
    Contact,
    Frequency,
    Purchase,
    PurchaseChannel,
    RmaRequest,
    SoftwareComponent,
    SystemSummary,
    Warranty,
)

SCANNED = CameraRecord(
    vendor="Pixelink",
    model="PL-D755MU",
    serial="712345678",
    firmware_version="3.2.1",
    transport=Transport.USB3_VISION,
)


def complete_request(cameras: int = 1) -> RmaRequest:
    entries = [
        camera_from_record(SCANNED).model_copy(
            update={
                "symptom": "The image freezes after a few minutes of streaming at full resolution.",
                "since": "since the update to Capture 5 in March",
                "frequency": Frequency.OFTEN,
                "error_messages": ["ApiStreamFailed (0x8000001F)"],
            }
        )
    ]
    for n in range(1, cameras):
        entries.append(
            CameraEntry(
                serial=f"71234{n:04d}",
                model="PL-D725CU",
                firmware="2.0.7",
                symptom=f"Camera {n} shows a green stripe on every frame.",
                since="since it was dropped",
                frequency=Frequency.ALWAYS,
            )
        )
    return RmaRequest(
        contact=Contact(
            name="Ada Lovelace",
            company="Analytical Optics",
            email="ada@example.com",
            phone="+44 20 7946 0000",
            shipping_address="12 St James's Square\nLondon SW1Y 4JH",
            country="United Kingdom",
        ),
        purchase=Purchase(channel=PurchaseChannel.VENDOR),
        warranty=Warranty.UNDER,
        cameras=entries,
        system=SystemSummary(
            facts={"Operating system": "Debian 12", "Memory": "16 GiB"},
            components=[SoftwareComponent(name="Pixelink SDK", version="11.0")],
        ),
    )


def dealer_request() -> RmaRequest:
    request = complete_request()
    return request.model_copy(
        update={
            "purchase": Purchase(
                channel=PurchaseChannel.DEALER, dealer_name="Optik Handel GmbH", dealer_email="rma@optik.example"
            )
        }
    )
