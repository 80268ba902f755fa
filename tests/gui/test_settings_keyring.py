"""The access token goes to the keyring (the test keyring backend chosen in tests/conftest.py) and nowhere else."""

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def test_token_goes_to_the_keyring_and_never_into_the_settings_file(qtbot, make_window, ctx):
    import keyring

    from pixrma_desktop.support.credentials import SERVICE, KeyringCredentials, rt_account

    token = "1-42-0123456789abcdef0123456789abcdef"
    window = make_window(credentials_factory=KeyringCredentials)
    page = window.settings_page
    page.rt_url.setFocus()
    qtbot.keyClicks(page.rt_url, "https://support.example.com")
    qtbot.keyClick(page.rt_url, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.secret_state.text() == "Nothing stored yet.", timeout=10_000)
    qtbot.keyClicks(page.secret, token)
    assert page.secret.echoMode() == page.secret.EchoMode.Password
    qtbot.mouseClick(page.save_secret_button, Qt.MouseButton.LeftButton)
    assert page.secret.text() == "", "the token is never shown again"
    stored_text = (
        "Stored in the system keyring (memory keyring MemoryKeyring, chosen by PYTHON_KEYRING_BACKEND). "
        "It is never shown again."
    )
    qtbot.waitUntil(lambda: page.secret_state.text() == stored_text, timeout=10_000)
    qtbot.waitUntil(lambda: not page.support_box.keyring_worker.running, timeout=10_000)
    stored = KeyringCredentials().get(rt_account("https://support.example.com"))
    assert stored is not None
    assert stored.token == token
    assert token in (keyring.get_password(SERVICE, rt_account("https://support.example.com")) or "")
    page.save()
    assert token not in ctx.paths.settings_file.read_text()
    for path in ctx.paths.config_dir.rglob("*"):
        if path.is_file():
            assert token not in path.read_text(errors="replace"), path
    worker = page.support_box.forget_secret()
    qtbot.waitUntil(lambda: not worker.running, timeout=10_000)
    qtbot.waitUntil(lambda: page.secret_state.text() == "Nothing stored yet.", timeout=10_000)
    assert KeyringCredentials().get(rt_account("https://support.example.com")) is None
    assert page.secret_state.text() == "Nothing stored yet."


def test_test_connection_reports_what_is_missing(qtbot, make_window):
    from pixrma_desktop.support.credentials import KeyringCredentials

    window = make_window(credentials_factory=KeyringCredentials)
    page = window.settings_page
    page.rt_url.setText("http://127.0.0.1:9")
    assert page.support_box.test_connection() is not None
    qtbot.waitUntil(lambda: page.support_box.check_worker is None, timeout=20_000)
    assert "token" in page.test_result.text().lower()
    assert page.test_button.isEnabled()


def test_storing_a_token_sends_what_waits(qtbot, make_window):
    from pixrma_desktop.support.credentials import KeyringCredentials

    window = make_window(credentials_factory=KeyringCredentials)
    window.show()
    qtbot.waitUntil(lambda: window.is_started, timeout=10_000)
    qtbot.waitUntil(lambda: not window.outbox.sending, timeout=10_000)  # the start-up pass is over
    attempts = []
    window.outbox.sending_changed.connect(lambda busy: attempts.append(busy))
    page = window.settings_page
    page.rt_url.setText("https://support.example.com")
    qtbot.keyClicks(page.secret, "1-42-abc")
    with qtbot.waitSignal(page.secret_stored, timeout=10_000):
        page.support_box.store_secret()
    assert True in attempts, "a send pass starts as soon as the token is stored"


def test_a_plaintext_keyring_chosen_on_purpose_is_called_a_file(qtbot, make_window, monkeypatch, isolated_state):
    from pixrma_desktop.support.credentials import KeyringCredentials

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    window = make_window(credentials_factory=KeyringCredentials)
    page = window.settings_page
    page.rt_url.setText("https://support.example.com")
    page.secret.setText("1-42-abc")
    with qtbot.waitSignal(page.support_box.secret_stored, timeout=10_000):
        page.support_box.store_secret()
    path = isolated_state / "xdg-data" / "python_keyring" / "keyring_pass.cfg"
    qtbot.waitUntil(lambda: page.secret_state.text().startswith("Stored in a plaintext file"), timeout=10_000)
    assert str(path) in page.secret_state.text()
    assert "anyone who can read that file can read the secret" in page.secret_state.text()


def test_a_plaintext_keyring_nobody_chose_is_refused_and_the_page_says_why(qtbot, make_window, monkeypatch):
    from keyrings.alt.file import PlaintextKeyring

    from pixrma_desktop.support.credentials import KeyringCredentials

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: [PlaintextKeyring()])
    window = make_window(credentials_factory=KeyringCredentials)
    page = window.settings_page
    page.rt_url.setText("https://support.example.com")
    page.secret.setText("1-42-abc")
    page.support_box.store_secret()
    qtbot.waitUntil(lambda: page.secret_state.text().startswith("No secure keyring"), timeout=10_000)
    assert "PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring" in page.secret_state.text()
