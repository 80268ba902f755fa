"""The remembered contact profile: who the user is and where they buy, offered on the next request.

Stored as JSON in the config folder, readable by the user only (0600), written atomically. A damaged or
missing file simply means no profile; it never stops a request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from pixrma_desktop.private_file import write_private_text
from pixrma_desktop.rma.request import Contact, Purchase, RmaRequest

FILENAME = "contact-profile.json"


@dataclass(frozen=True)
class ContactProfile:
    contact: Contact
    purchase: Purchase


def profile_path(config_dir: Path) -> Path:
    return config_dir / FILENAME


def load_profile(config_dir: Path) -> ContactProfile | None:
    """The remembered profile, or None when there is none (or it cannot be read)."""
    try:
        data = json.loads(profile_path(config_dir).read_text(encoding="utf-8"))
        return ContactProfile(
            Contact.model_validate(data.get("contact") or {}), Purchase.model_validate(data.get("purchase") or {})
        )
    except (OSError, ValueError, AttributeError, ValidationError):
        return None


def save_profile(config_dir: Path, profile: ContactProfile) -> Path:
    """Remember the profile (0600, atomic replace)."""
    path = profile_path(config_dir)
    text = json.dumps(
        {"contact": profile.contact.model_dump(mode="json"), "purchase": profile.purchase.model_dump(mode="json")},
        indent=2,
    )
    write_private_text(path, text + "\n")
    return path


def remember_from(config_dir: Path, request: RmaRequest) -> Path:
    """Remember the contact and purchase details of a request the user has completed."""
    return save_profile(config_dir, ContactProfile(request.contact, request.purchase))
