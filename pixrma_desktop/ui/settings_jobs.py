"""The Settings page's background jobs: plain functions run in workers (test connection, contact profile).

They build a support backend or read and write the remembered contact profile, never a widget.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pixrma_desktop.settings import Settings


def check_connection_job(settings: Settings, credentials: Any) -> tuple[bool, str, list[str]]:
    """Build the configured backend and ask it whether it can reach the server (runs in a worker)."""
    from pixrma_desktop.support.factory import make_backend

    backend = make_backend(settings.support, credentials)
    check = getattr(backend, "check", None)
    if check is None:
        return True, "The settings are complete; this kind of backend is checked when the first request is sent.", []
    result = check()
    return bool(result.ok), str(result.message), [str(d) for d in result.details]


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
