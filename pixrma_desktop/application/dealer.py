"""The dealer path: a camera bought from a dealer goes back through the dealer; write the package for them.

Nothing is sent to the vendor: ``rma.dealer`` writes the support bundle, the report, ``cameras.json`` and a
ready-to-send e-mail to the dealer into one folder (zipped next to it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pixrma_desktop.application.drafts import save_final
from pixrma_desktop.application.root import AppRoot

if TYPE_CHECKING:
    from pixrma_desktop.rma.dealer import DealerPackage
    from pixrma_desktop.rma.request import RmaRequest


def default_dealer_folder(root: AppRoot) -> Path:
    """Where the app writes dealer packages (``dealer-<id>`` folders below it)."""
    return root.paths.data_dir / "dealer"


def package_folder(root: AppRoot, request_id: str) -> Path | None:
    """The dealer package the app wrote for this request, if there is one."""
    folder = default_dealer_folder(root) / f"dealer-{request_id[:8]}"
    return folder if folder.is_dir() else None


def dealer_package(root: AppRoot, request: RmaRequest, out_dir: Path, *, save: bool = True) -> DealerPackage:
    """Write the dealer package for ``request`` below ``out_dir`` and remember the contact details; with
    ``save``, the request is saved as it stands first (the app's Submit for a dealer request)."""
    from pixrma_desktop.rma.contact_profile import remember_from
    from pixrma_desktop.rma.dealer import build_dealer_package

    if save:
        save_final(root, request)
    package = build_dealer_package(request, out_dir, root.bundle_maker())
    if not save:
        remember_from(root.paths.config_dir, request)
    return package
