"""Test-wide isolation: every test gets its own data folder, keyring and offscreen Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the developer's real settings, drafts, logs or keyring."""
    root = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("PIXRMA_DATA_DIR", str(root / "pixrma"))
    monkeypatch.setenv("HOME", str(root / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "xdg-cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(root / "xdg-state"))
    monkeypatch.delenv("GENICAM_GENTL64_PATH", raising=False)
    # No test sends GigE Vision broadcasts onto the machine's real network (the GigE lab tests broadcast inside
    # their own network namespaces), and none picks up a Pixelink SDK installed on the machine.
    monkeypatch.setenv("PIXRMA_GIGE_INTERFACES", "none")
    monkeypatch.delenv("PIXELINK_SDK_LIB", raising=False)
    from tests.fakes import memory_keyring

    memory_keyring.SECRETS.clear()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fakes.memory_keyring.MemoryKeyring")
    return root
