"""The Settings page's background jobs: plain functions run in workers (the remembered contact profile).

They read and write the contact profile, never a widget. (Test connection is the application's
``accounts.check_connection``.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def load_profile_job(config_dir: Path) -> Any:
    from pixrma_desktop.rma.contact_profile import load_profile

    return load_profile(config_dir)


def save_profile_job(config_dir: Path, fields: dict[str, str]) -> None:
    """Remember the contact details (kept when every field is empty: nothing to remember)."""
    from pixrma_desktop.rma.contact_profile import ContactProfile, load_profile, save_profile
    from pixrma_desktop.rma.request import Contact, Purchase

    if not any(fields.values()) and load_profile(config_dir) is None:
        return
    old = load_profile(config_dir)
    purchase = (old.purchase if old else Purchase()).model_copy(
        update={"dealer_name": fields.pop("dealer_name"), "dealer_email": fields.pop("dealer_email")}
    )
    save_profile(config_dir, ContactProfile(Contact(**fields), purchase))
