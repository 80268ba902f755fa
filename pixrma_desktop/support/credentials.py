"""Support credentials (an API token, or a user name and password) in the operating system's keyring.

Secrets live only in the keyring: never in settings, logs, bundles or exception messages (``Credential``'s
repr hides them). When no usable keyring exists the user gets a clear message; there is no plaintext
fallback. The keyring backend follows keyring's own ``PYTHON_KEYRING_BACKEND`` variable, so headless lab PCs
and tests can choose one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Protocol

from pixrma_desktop.support.backend import SupportError

SERVICE = "pixrma-desktop"


class KeyringUnavailableError(SupportError):
    """No secure place to keep the secret; nothing was stored anywhere."""


@dataclass(frozen=True)
class Credential:
    token: str = field(default="", repr=False)
    user: str = ""
    password: str = field(default="", repr=False)

    @property
    def kind(self) -> str:
        if self.token:
            return "token"
        if self.user and self.password:
            return "password"
        return "none"

    def __str__(self) -> str:
        return {"token": "API token", "password": f"password for {self.user}", "none": "no credentials"}[self.kind]


class CredentialStore(Protocol):
    def get(self, account: str) -> Credential | None: ...

    def put(self, account: str, credential: Credential) -> None: ...

    def delete(self, account: str) -> bool: ...


def rt_account(url: str) -> str:
    """The keyring entry for a Request Tracker server."""
    return f"rt:{url.rstrip('/')}"


def smtp_account(host: str, port: int, user: str) -> str:
    return f"smtp:{user}@{host}:{port}"


_NO_KEYRING = (
    "No usable keyring (the system's secret store) was found, so the credentials cannot be stored safely "
    "and were not stored anywhere. On a desktop, install and unlock one (GNOME Keyring, KWallet, macOS Keychain, "
    "Windows Credential Manager); on a headless machine choose a keyring backend with the "
    "PYTHON_KEYRING_BACKEND environment variable."
)


class KeyringCredentials:
    """``CredentialStore`` on the ``keyring`` package, one JSON secret per account."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring.core
        from keyring.backends import chainer, fail

        try:
            backend = keyring.core.load_env() or keyring.get_keyring()
        except Exception as exc:
            raise KeyringUnavailableError(
                f"The keyring backend chosen by PYTHON_KEYRING_BACKEND could not be loaded ({type(exc).__name__}). "
                + _NO_KEYRING
            ) from None
        if isinstance(backend, fail.Keyring) or (isinstance(backend, chainer.ChainerBackend) and not backend.backends):
            raise KeyringUnavailableError(_NO_KEYRING)
        self._backend = backend
        return backend

    def get(self, account: str) -> Credential | None:
        try:
            raw = self._keyring().get_password(SERVICE, account)
        except KeyringUnavailableError:
            raise
        except Exception as exc:
            raise KeyringUnavailableError(
                f"The keyring could not be read ({type(exc).__name__}). " + _NO_KEYRING
            ) from None
        if not raw:
            return None
        return _decode(raw)

    def put(self, account: str, credential: Credential) -> None:
        if credential.kind == "none":
            raise ValueError("nothing to store: give a token, or a user name and password")
        secret = json.dumps({"token": credential.token, "user": credential.user, "password": credential.password})
        try:
            self._keyring().set_password(SERVICE, account, secret)
        except KeyringUnavailableError:
            raise
        except Exception as exc:
            raise KeyringUnavailableError(
                f"The keyring refused to store the secret ({type(exc).__name__}). " + _NO_KEYRING
            ) from None

    def delete(self, account: str) -> bool:
        """True if something was removed."""
        backend = self._keyring()
        try:
            if backend.get_password(SERVICE, account) is None:
                return False
            backend.delete_password(SERVICE, account)
        except KeyringUnavailableError:
            raise
        except Exception as exc:
            raise KeyringUnavailableError(f"The keyring could not remove the secret ({type(exc).__name__}).") from None
        return True


def _decode(raw: str) -> Credential | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return Credential(token=raw)  # a bare token put there by hand
    if not isinstance(data, dict):
        return None
    cred = Credential(
        token=str(data.get("token") or ""), user=str(data.get("user") or ""), password=str(data.get("password") or "")
    )
    return cred if cred.kind != "none" else None
