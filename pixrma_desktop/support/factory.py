"""Builds the configured support backend from the settings and the stored credentials."""

from __future__ import annotations

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.backend import SupportBackend, SupportError


class NotConfiguredError(SupportError):
    """No support backend is set up yet: the user must enter its address (and log in)."""


def make_backend(settings: SupportSettings) -> SupportBackend:
    raise NotConfiguredError(
        "No support backend is configured yet. Set its address with `pixrma config set support.rt_url URL` "
        "and log in with `pixrma login`."
    )
