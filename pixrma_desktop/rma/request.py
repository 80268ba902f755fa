"""The RMA request as plain data (pydantic v2), its validation in the user's words, and draft migration.

One ``RmaRequest`` is one report to support, for one or several cameras (the vendor asks for a single report
with every affected camera's serial number and issue). Everything has a default, so a half-written draft
always loads; ``validate_request`` says what is still missing or wrong, every problem at once, per field path
(``"cameras.1.symptom"``). The ``submission_id`` is fixed when the draft is created and travels with the
request to the server: it is what makes sending exactly-once.

The JSON form carries ``schema_version``; ``load_request`` migrates drafts written by older versions, and
unknown keys (written by newer versions) are ignored, so drafts survive upgrades and downgrades.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SCHEMA_VERSION = 2
"""Version of the request's JSON form. 1: one free-text ``problem`` per camera and a one-line ``address``;
2: ``symptom`` / ``since`` / ``frequency`` / ``error_messages`` per camera, and ``shipping_address``."""


class PurchaseChannel(StrEnum):
    VENDOR = "vendor"
    """Bought directly from the camera vendor: the request goes to the vendor's support."""
    DEALER = "dealer"
    """Bought from an authorized dealer: the dealer handles the return, nothing is sent to the vendor."""


class Warranty(StrEnum):
    UNDER = "under"
    OUT = "out"
    UNKNOWN = "unknown"


WARRANTY_LABELS = {
    Warranty.UNDER: "under warranty",
    Warranty.OUT: "out of warranty",
    Warranty.UNKNOWN: "don't know",
}


class Frequency(StrEnum):
    ALWAYS = "always"
    OFTEN = "often"
    SOMETIMES = "sometimes"
    ONCE = "once"


FREQUENCY_LABELS = {
    Frequency.ALWAYS: "every time",
    Frequency.OFTEN: "several times a day",
    Frequency.SOMETIMES: "now and then",
    Frequency.ONCE: "it happened once",
}


class CameraSource(StrEnum):
    SCAN = "scan"
    """Identity read from the camera by a scan: serial, model and firmware are read-only."""
    MANUAL = "manual"
    """Typed in by hand (a camera that no longer enumerates)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", use_enum_values=False)


class Contact(_Model):
    name: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    shipping_address: str = ""
    """Where a repaired or replaced camera is shipped back to (several lines)."""
    country: str = ""


class Purchase(_Model):
    channel: PurchaseChannel | None = None
    dealer_name: str = ""
    dealer_email: str = ""
    """The dealer contact the dealer package's e-mail is addressed to."""


class CameraEntry(_Model):
    serial: str = ""
    model: str = ""
    firmware: str = ""
    vendor: str = ""
    source: CameraSource = CameraSource.MANUAL
    scanned: dict[str, Any] | None = None
    """The camera record as the scan saw it (``CameraRecord`` JSON) when ``source`` is scan."""
    demo: bool = False
    """A simulated demo camera: never allowed in a real request."""
    symptom: str = ""
    """What happens, in the user's words."""
    since: str = ""
    """Since when (a date, or an event such as "since the firmware update")."""
    frequency: Frequency | None = None
    error_messages: list[str] = Field(default_factory=list)
    """The exact error or warning messages, one per entry, as they appeared."""

    @property
    def read_only_fields(self) -> frozenset[str]:
        """Fields the user may not edit: a scanned camera's identity comes from the camera itself."""
        if self.source is CameraSource.SCAN:
            return frozenset({"serial", "model", "firmware", "vendor", "source", "scanned", "demo"})
        return frozenset({"source", "scanned", "demo"})

    @property
    def label(self) -> str:
        name = " ".join(p for p in (self.vendor, self.model) if p) or "camera"
        return f"{name} S/N {self.serial}" if self.serial else name


class SoftwareComponent(_Model):
    name: str
    version: str = ""


class SystemSummary(_Model):
    facts: dict[str, str] = Field(default_factory=dict)
    """Operating system, CPU, memory, USB controllers … as label → value, from the system report."""
    components: list[SoftwareComponent] = Field(default_factory=list)
    """Camera software, drivers, SDKs and GenTL producers with their versions."""


class Evidence(_Model):
    bundle_path: str | None = None
    """The support bundle (zip) built for this request, once built (by the review: the file the user saw)."""
    bundle_sha256: str | None = None
    """The SHA-256 of that file, as the review showed it."""
    reviewed_digest: str | None = None
    """What the request said when it was reviewed (``rma.reviewed_bundle.request_digest``): a request changed
    after its review gets a new bundle."""
    files: list[str] = Field(default_factory=list)
    """Files the user added (screenshots, logs), as absolute paths."""


class FindingNote(_Model):
    code: str
    title: str
    cameras: list[str] = Field(default_factory=list)


class RmaRequest(_Model):
    schema_version: int = SCHEMA_VERSION
    submission_id: uuid.UUID = Field(default_factory=uuid.uuid4, frozen=True)
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    contact: Contact = Field(default_factory=Contact)
    purchase: Purchase = Field(default_factory=Purchase)
    warranty: Warranty | None = None
    cameras: list[CameraEntry] = Field(default_factory=list)
    system: SystemSummary = Field(default_factory=SystemSummary)
    findings: list[FindingNote] = Field(default_factory=list)
    """What the app's checks noticed (from the scan), for support to see."""
    evidence: Evidence = Field(default_factory=Evidence)
    notes: str = ""
    """Anything else the user wants support to know."""
    filed_anyway: str = ""
    """Other open requests named one of these cameras and the user filed this one anyway: which ones, and why
    (shown at the top of the report, so support sees it before merging tickets by hand)."""

    @property
    def id(self) -> str:
        return str(self.submission_id)

    @property
    def is_dealer(self) -> bool:
        return self.purchase.channel is PurchaseChannel.DEALER

    def to_json(self) -> str:
        return self.model_dump_json()


class DraftFormatError(ValueError):
    """A stored draft cannot be read as a request (damaged, or not a draft at all)."""


def _migrate_v1(data: dict[str, Any]) -> dict[str, Any]:
    contact = dict(data.get("contact") or {})
    if "address" in contact and "shipping_address" not in contact:
        contact["shipping_address"] = contact.pop("address")
    cameras = []
    for camera in data.get("cameras") or ():
        camera = dict(camera)
        if "problem" in camera and "symptom" not in camera:
            camera["symptom"] = camera.pop("problem")
        cameras.append(camera)
    return {**data, "contact": contact, "cameras": cameras, "schema_version": 2}


_MIGRATIONS = {1: _migrate_v1}


def migrate_document(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a draft's JSON up to ``SCHEMA_VERSION``, one step at a time (pure; the input is not changed)."""
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        version = 1
    while version < SCHEMA_VERSION:
        data = _MIGRATIONS[version](data)
        version += 1
    return data


def load_request(data: dict[str, Any] | str | bytes) -> RmaRequest:
    """A request from its JSON form (text or parsed), migrated from older schema versions."""
    import json

    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise DraftFormatError(f"The draft is not valid JSON ({exc}).") from exc
    if not isinstance(data, dict):
        raise DraftFormatError("The draft is not a JSON object.")
    try:
        return RmaRequest.model_validate(migrate_document(data))
    except ValidationError as exc:
        raise DraftFormatError(describe_validation_error(exc)) from exc


def describe_validation_error(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "request"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


@dataclass(frozen=True)
class Problem:
    field: str
    """Dotted path of the field, e.g. ``"cameras.1.symptom"`` (``""`` for the request as a whole)."""
    message: str
    """What is wrong and what to do, in words a camera user understands."""


SERIAL_PATTERN = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9._-]{2,31}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}$")
_MIN_SYMPTOM = 10


def serial_problem(serial: str) -> str | None:
    """Why ``serial`` cannot be a camera serial number, or None when it can."""
    serial = serial.strip()
    if not serial:
        return "Enter the camera's serial number; it is printed on the bottom of the camera."
    if not SERIAL_PATTERN.match(serial):
        return (
            f"“{serial}” does not look like a serial number: use 3 to 32 letters and digits (dots and dashes "
            "allowed, no spaces), as printed on the bottom of the camera."
        )
    return None


def _email_problem(value: str, whose: str) -> str | None:
    if not value.strip():
        return f"Enter {whose} e-mail address."
    if not _EMAIL.match(value.strip()):
        return f"“{value}” is not an e-mail address; check {whose} e-mail address (like name@example.com)."
    return None


def _contact_problems(contact: Contact) -> list[Problem]:
    problems = []
    if not contact.name.strip():
        problems.append(Problem("contact.name", "Enter your name, so support knows whom to answer."))
    if message := _email_problem(contact.email, "your"):
        problems.append(Problem("contact.email", message))
    if contact.phone.strip() and not _PHONE.match(contact.phone.strip()):
        problems.append(
            Problem(
                "contact.phone", "The phone number may only hold digits, spaces, + ( ) - . and /; or leave it empty."
            )
        )
    if not contact.shipping_address.strip():
        problems.append(
            Problem("contact.shipping_address", "Enter the address a repaired or replaced camera should go back to.")
        )
    if not contact.country.strip():
        problems.append(Problem("contact.country", "Enter the country you are in (it decides shipping and customs)."))
    return problems


def _purchase_problems(purchase: Purchase) -> list[Problem]:
    if purchase.channel is None:
        return [
            Problem(
                "purchase.channel",
                "Say where the camera was bought: directly from the vendor, or from a dealer "
                "(dealer customers get help from their dealer).",
            )
        ]
    problems = []
    if purchase.channel is PurchaseChannel.DEALER:
        if not purchase.dealer_name.strip():
            problems.append(Problem("purchase.dealer_name", "Enter the name of the dealer you bought the camera from."))
        if message := _email_problem(purchase.dealer_email, "the dealer's"):
            problems.append(Problem("purchase.dealer_email", message))
    return problems


def _camera_problems(index: int, camera: CameraEntry) -> list[Problem]:
    at = f"cameras.{index}"
    problems = []
    if camera.demo:
        problems.append(
            Problem(
                at,
                f"Camera {index + 1} is a simulated demo camera; remove it. A real request can only name real cameras.",
            )
        )
    if message := serial_problem(camera.serial):
        problems.append(Problem(f"{at}.serial", message))
    if not camera.model.strip():
        problems.append(
            Problem(f"{at}.model", "Enter the camera model (e.g. from the label, or Pixelink Capture's About).")
        )
    if camera.source is CameraSource.SCAN and camera.scanned is not None:
        for name, key in (("serial", "serial"), ("model", "model"), ("firmware", "firmware_version")):
            seen = camera.scanned.get(key)
            if seen is not None and str(seen) != getattr(camera, name):
                problems.append(
                    Problem(
                        f"{at}.{name}",
                        f"The {name} was read from the camera as “{seen}” and cannot be changed; scan again if the "
                        "camera changed, or remove it and add it by hand.",
                    )
                )
    if len(camera.symptom.strip()) < _MIN_SYMPTOM:
        problems.append(
            Problem(
                f"{at}.symptom",
                f"Describe what happens with camera {index + 1} ({camera.label}) in a sentence or two: what you do, "
                "what you expect, what happens instead.",
            )
        )
    if not camera.since.strip():
        problems.append(Problem(f"{at}.since", "Say since when it happens (a date, or an event like an update)."))
    if camera.frequency is None:
        problems.append(
            Problem(f"{at}.frequency", "Say how often it happens: every time, often, now and then, or once.")
        )
    for n, message in enumerate(camera.error_messages):
        if not message.strip():
            problems.append(Problem(f"{at}.error_messages.{n}", "Remove this empty error message, or paste the text."))
    return problems


def length_problems(request: RmaRequest) -> list[Problem]:
    """A problem for every field longer than ``rma.limits`` allows, the bound in its message."""
    from pixrma_desktop.rma.limits import over_limits

    return [
        Problem(where, f"This {message}: shorten it (attach long logs as files instead).")
        for where, message in over_limits(request.model_dump(mode="json"))
    ]


def validate_request(request: RmaRequest) -> list[Problem]:
    """Every problem that stops this request from being sent (or handed to a dealer), all at once, in order.

    An empty list means the request is complete. Rules: contact name, e-mail, shipping address and country;
    where it was bought (a dealer needs a name and contact e-mail); the warranty as the user believes it;
    at least one camera; per camera a valid serial number (no two alike), the model, what happens, since when
    and how often; scanned identity unchanged; no demo cameras; attached files still present.
    """
    problems = [*_contact_problems(request.contact), *_purchase_problems(request.purchase)]
    if request.warranty is None:
        problems.append(
            Problem("warranty", "Say whether the camera is under warranty, out of warranty, or that you don't know.")
        )
    if not request.cameras:
        problems.append(
            Problem("cameras", "Add at least one camera: scan for attached cameras, or type in a serial number.")
        )
    seen: dict[str, int] = {}
    for index, camera in enumerate(request.cameras):
        problems.extend(_camera_problems(index, camera))
        key = camera.serial.strip().upper()
        if key and key in seen:
            problems.append(
                Problem(
                    f"cameras.{index}.serial",
                    f"Camera {index + 1} has the same serial number as camera {seen[key] + 1}; remove one of them.",
                )
            )
        seen.setdefault(key, index)
    problems.extend(length_problems(request))
    for n, name in enumerate(request.evidence.files):
        if not Path(name).is_file():
            problems.append(
                Problem(f"evidence.files.{n}", f"The attached file {name} is gone; attach it again or remove it.")
            )
    return problems
