"""The support server's credentials: log in (check, then store in the keyring), log out, test the connection.

Secrets live only in the credential store (the operating system's keyring unless a test injects another);
they are never written to a file or kept by these functions. Reading a secret from the user (a hidden prompt,
standard input, a password field) is the adapter's part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from pixrma_desktop.application.root import AppRoot
from pixrma_desktop.settings import Settings

if TYPE_CHECKING:
    from pixrma_desktop.support.credentials import Credential, CredentialStore


class ConnectionCheck(NamedTuple):
    ok: bool
    message: str
    details: tuple[str, ...] = ()


def login_account(settings: Settings, user: str | None = None) -> str:
    """The keyring entry a login stores for the configured server (``user``: the mail user, when given)."""
    from pixrma_desktop.support.credentials import rt_account, smtp_account

    support = settings.support
    if support.backend == "smtp":
        return smtp_account(support.smtp_host, support.smtp_port, user or support.smtp_user)
    return rt_account(support.rt_url)


def check_login(root: AppRoot, credential: Credential) -> ConnectionCheck:
    """Ask the Request Tracker server whether it accepts ``credential`` before it is stored. Raises
    ``AuthError`` when refused, ``TransientError`` when the server cannot be reached now."""
    from pixrma_desktop.support.rt import RtBackend

    check = RtBackend(root.settings.support, credential).check()
    return ConnectionCheck(bool(check.ok), str(check.message), tuple(str(d) for d in check.details))


def store_login(root: AppRoot, account: str, credential: Credential) -> str:
    """Store ``credential``; where it went, in words for the user (the keyring's name, or that it is a file)."""
    from pixrma_desktop.support.credentials import keyring_place

    store = root.credentials()
    store.put(account, credential)
    return keyring_place(store)


def server_set_up(settings: Settings) -> bool:
    """Whether a support server is set up (its address; for e-mail, the server and both addresses). Whether
    its credentials are stored is another question (the keyring is not opened here)."""
    support = settings.support
    if support.backend == "smtp":
        return bool(support.smtp_host and support.smtp_to and support.smtp_from)
    return bool(support.rt_url)


def configured_accounts(settings: Settings) -> list[str]:
    """Every keyring entry the settings point at (the server's and the mail server's)."""
    from pixrma_desktop.support.credentials import rt_account, smtp_account

    support = settings.support
    accounts = []
    if support.rt_url:
        accounts.append(rt_account(support.rt_url))
    if support.smtp_host and support.smtp_user:
        accounts.append(smtp_account(support.smtp_host, support.smtp_port, support.smtp_user))
    return accounts


def logout(root: AppRoot) -> tuple[list[str], list[str]]:
    """Remove the stored credentials of every configured server: (the accounts looked at, those removed)."""
    accounts = configured_accounts(root.settings)
    if not accounts:
        return [], []
    store = root.credentials()
    return accounts, [account for account in accounts if store.delete(account)]


def check_connection(settings: Settings, credentials: CredentialStore) -> ConnectionCheck:
    """Build the backend ``settings`` choose (the form's, maybe not saved yet) and ask whether it can reach
    the server. Raises ``SupportError`` (e.g. ``NotConfiguredError``) when it cannot even be built."""
    from pixrma_desktop.support.factory import make_backend

    backend = make_backend(settings.support, credentials)
    check = getattr(backend, "check", None)
    if check is None:
        return ConnectionCheck(
            True, "The settings are complete; this kind of backend is checked when the first request is sent."
        )
    result = check()
    return ConnectionCheck(bool(result.ok), str(result.message), tuple(str(d) for d in result.details))
