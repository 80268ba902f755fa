"""A keyring backend that keeps secrets in this process's memory: the tests' stand-in for the OS keyring.

Selected with ``PYTHON_KEYRING_BACKEND=tests.fakes.memory_keyring.MemoryKeyring`` (tests/conftest.py does so
for every test). All instances share one dict, so a secret stored by one part of the app is seen by another.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

SECRETS: dict[tuple[str, str], str] = {}


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return SECRETS.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        SECRETS[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if SECRETS.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
