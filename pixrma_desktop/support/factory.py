"""Builds the configured support backend from the settings and the stored credentials."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.backend import SupportBackend, SupportError
from pixrma_desktop.support.credentials import CredentialStore, KeyringCredentials, rt_account, smtp_account

if TYPE_CHECKING:
    from pixrma_desktop.support.server_profile import ServerProfile


class NotConfiguredError(SupportError):
    """No support backend is set up yet: the user must enter its address (and log in)."""


def make_backend(
    settings: SupportSettings, credentials: CredentialStore | None = None, *, profile: ServerProfile | None = None
) -> SupportBackend:
    """The backend the settings choose; ``NotConfiguredError`` says what is missing and how to add it.
    ``profile``: what the server said it keeps (``server_profile``), for Request Tracker."""
    store = credentials if credentials is not None else KeyringCredentials()
    if settings.backend == "smtp":
        return _make_smtp(settings, store)
    if not settings.rt_url:
        raise NotConfiguredError(
            "No support backend is configured yet. Set its address with `pixrma config set support.rt_url URL` "
            "and log in with `pixrma login`."
        )
    from pixrma_desktop.support.rt import RtBackend
    from pixrma_desktop.support.transport import check_base_url

    credential = store.get(rt_account(check_base_url(settings.rt_url)))
    if credential is None:
        raise NotConfiguredError(
            f"No API token for {settings.rt_url} is stored. Log in with `pixrma login` (or `pixrma login --user NAME`)."
        )
    return RtBackend(settings, credential, profile=profile)


def _make_smtp(settings: SupportSettings, store: CredentialStore) -> SupportBackend:
    missing = [key for key in ("smtp_host", "smtp_to", "smtp_from") if not getattr(settings, key)]
    if missing:
        keys = ", ".join(f"support.{key}" for key in missing)
        raise NotConfiguredError(f"E-mail support is chosen but not set up: set {keys} with `pixrma config set`.")
    from pixrma_desktop.support.smtp import SmtpBackend

    credential = None
    if settings.smtp_user:
        credential = store.get(smtp_account(settings.smtp_host, settings.smtp_port, settings.smtp_user))
        if credential is None:
            raise NotConfiguredError(
                f"No password for {settings.smtp_user} on {settings.smtp_host} is stored. Log in with `pixrma login`."
            )
    return SmtpBackend(settings, credential)
