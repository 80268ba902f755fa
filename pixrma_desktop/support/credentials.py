"""Support credentials (an API token, or a user name and password) in the operating system's keyring.

Secrets live only in the keyring: never in settings, logs, bundles or exception messages (``Credential``'s
repr hides them). When no secure keyring exists the user gets a clear message and nothing is stored: the
backends keyring would fall back to on its own (keyrings.alt's files, the fail and null backends, anything
keyring ranks below priority 1) are refused. A backend chosen on purpose, with keyring's own
``PYTHON_KEYRING_BACKEND`` variable or its keyringrc.cfg, is used as chosen (headless lab PCs, tests), and
``keyring_place`` then says plainly when that is a file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

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


@dataclass(frozen=True)
class KeyringPlace:
    """Where a stored secret goes, in words for the user."""

    backend: str
    """keyring's name for the backend, e.g. "SecretService Keyring"."""
    kind: Literal["keyring", "plaintext file", "encrypted file"] = "keyring"
    path: str = ""
    """The file, for the file backends."""
    chosen_by: str = ""
    """What chose the backend on purpose ("PYTHON_KEYRING_BACKEND", keyring's configuration file) or ""."""

    def __str__(self) -> str:
        chosen = f", chosen by {self.chosen_by}" if self.chosen_by else ""
        if self.kind == "plaintext file":
            return (
                f"a plaintext file, {self.path} ({self.backend}{chosen}): anyone who can read that file can read "
                "the secret"
            )
        if self.kind == "encrypted file":
            return f"an encrypted file, {self.path} ({self.backend}{chosen}), unlocked with its own password"
        return f"the system keyring ({self.backend}{chosen})"


def _backend_name(backend: Any) -> str:
    if type(backend).__module__.startswith("keyrings.alt"):
        return f"{type(backend).__module__}.{type(backend).__qualname__}"
    return str(getattr(backend, "name", "") or type(backend).__name__)


def _refusal(backend: Any) -> str | None:
    """Why ``backend`` is not a safe place for a secret when nobody chose it on purpose; None if it is."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return "it stores nothing"
    if isinstance(backend, chainer.ChainerBackend):
        return "it hands the secret to whichever backend takes it"
    if type(backend).__module__.startswith("keyrings.alt"):
        place = _place(backend, "")
        if place.kind == "plaintext file":
            return f"it keeps the secrets readable in a plaintext file ({place.path})"
        if place.kind == "encrypted file":
            return f"it keeps the secrets in a file ({place.path}) and asks for that file's password on the terminal"
        return "it is one of keyrings.alt's less secure stores"
    try:
        priority = float(backend.priority)
    except Exception:
        return "it is not usable here"
    if priority < 1:
        return f"keyring itself ranks it as a last resort (priority {priority:g})"
    return None


def _file_path(backend: Any) -> str:
    try:
        path = getattr(backend, "file_path", "")
    except Exception:
        return ""
    return path if isinstance(path, str) else ""


def _place(backend: Any, chosen_by: str) -> KeyringPlace:
    path = _file_path(backend) if type(backend).__module__.startswith("keyrings.alt") else ""
    if not path:
        return KeyringPlace(_backend_name(backend), "keyring", chosen_by=chosen_by)
    encrypted = "encrypt" in type(backend).__name__.lower()
    return KeyringPlace(_backend_name(backend), "encrypted file" if encrypted else "plaintext file", path, chosen_by)


def _secure(backends: Any) -> list[Any]:
    """The backends among ``backends`` that are safe for a secret, best first."""
    safe = [b for b in backends if _refusal(b) is None]
    return sorted(safe, key=lambda b: float(b.priority), reverse=True)


def _chosen_backend() -> tuple[Any, str]:
    """The backend chosen on purpose (PYTHON_KEYRING_BACKEND, then keyringrc.cfg) and what chose it, else the
    best secure one keyring finds; raises ``KeyringUnavailableError`` with the reason when there is none."""
    import keyring.backend
    import keyring.core
    from keyring.backends import chainer, fail, null

    try:
        backend = keyring.core.load_env()
    except Exception as exc:
        raise KeyringUnavailableError(
            f"The keyring backend chosen by PYTHON_KEYRING_BACKEND could not be loaded ({type(exc).__name__}). "
            + _NO_KEYRING
        ) from None
    chosen_by = "PYTHON_KEYRING_BACKEND" if backend is not None else ""
    if backend is None:
        backend = keyring.core.load_config()
        chosen_by = "keyring's configuration file (keyringrc.cfg)" if backend is not None else ""
    if backend is not None and not isinstance(backend, fail.Keyring | null.Keyring | chainer.ChainerBackend):
        return backend, chosen_by
    candidates = backend.backends if isinstance(backend, chainer.ChainerBackend) else []
    if backend is None:
        candidates = keyring.backend.get_all_keyring()
    safe = _secure(candidates)
    if safe:
        return safe[0], ""
    others = [b for b in candidates if not isinstance(b, fail.Keyring | null.Keyring | chainer.ChainerBackend)]
    refused = [f"{_backend_name(b)}: {_refusal(b)}" for b in others]
    if not refused:
        raise KeyringUnavailableError(_NO_KEYRING)
    plain = next((b for b in others if _file_path(b)), None)
    how = (
        f" To keep them in that file anyway, choose it on purpose: PYTHON_KEYRING_BACKEND="
        f"{type(plain).__module__}.{type(plain).__qualname__}."
        if plain is not None
        else ""
    )
    raise KeyringUnavailableError(
        "No secure keyring (the system's secret store) was found, so the credentials were not stored anywhere. "
        f"Only these were found, and they are not used unless chosen on purpose: {'; '.join(refused)}. "
        "On a desktop, install and unlock one (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager)."
        + how
    )


class KeyringCredentials:
    """``CredentialStore`` on the ``keyring`` package, one JSON secret per account."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend
        self._chosen_by = ""

    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        self._backend, self._chosen_by = _chosen_backend()
        return self._backend

    def place(self) -> KeyringPlace:
        """Where the secrets go (raises ``KeyringUnavailableError`` when nowhere safe)."""
        return _place(self._keyring(), self._chosen_by)

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


def keyring_place(store: object | None = None) -> str:
    """Where ``store`` (by default the keyring the app uses) keeps secrets, in words for the user; a store
    that does not say gets a plain "the credential store"."""
    if store is None:
        store = KeyringCredentials()
    place = getattr(store, "place", None)
    if place is None:
        return "the credential store"
    return str(place())
