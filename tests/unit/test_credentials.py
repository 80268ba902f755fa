import pytest

from pixrma_desktop.settings import SupportSettings
from pixrma_desktop.support.credentials import Credential, KeyringCredentials, KeyringUnavailableError, rt_account
from pixrma_desktop.support.factory import NotConfiguredError, make_backend
from pixrma_desktop.support.rt import RtBackend
from tests.fakes import memory_keyring


def test_round_trip_through_the_keyring_chosen_by_the_environment():
    store = KeyringCredentials()
    store.put(rt_account("https://rt.example.com/"), Credential(token="1-2-abc"))

    assert store.get("rt:https://rt.example.com") == Credential(token="1-2-abc")
    assert list(memory_keyring.SECRETS) == [("pixrma-desktop", "rt:https://rt.example.com")]
    assert store.delete("rt:https://rt.example.com") is True
    assert store.delete("rt:https://rt.example.com") is False
    assert store.get("rt:https://rt.example.com") is None


def test_user_and_password():
    store = KeyringCredentials()
    store.put("smtp:me@mail:587", Credential(user="me", password="pw"))
    credential = store.get("smtp:me@mail:587")
    assert credential.kind == "password"
    assert credential.user == "me"


def test_secrets_never_show_in_repr_or_str():
    credential = Credential(token="tok-123", user="u", password="pw-456")
    for text in (repr(credential), str(credential)):
        assert "tok-123" not in text
        assert "pw-456" not in text


@pytest.mark.parametrize(
    "backend", ["keyring.backends.fail.Keyring", "keyring.backends.chainer.ChainerBackend", "no.such.Backend"]
)
def test_no_usable_keyring_is_a_clear_error_and_nothing_is_written(monkeypatch, tmp_path, backend):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    monkeypatch.setattr("keyring.backends.chainer.ChainerBackend.backends", [], raising=False)
    monkeypatch.chdir(tmp_path)
    store = KeyringCredentials()
    with pytest.raises(KeyringUnavailableError, match="PYTHON_KEYRING_BACKEND") as caught:
        store.put("rt:https://rt.example.com", Credential(token="secret-token"))
    assert "secret-token" not in str(caught.value)
    assert list(tmp_path.rglob("*")) == []
    assert memory_keyring.SECRETS == {}


def test_nothing_to_store():
    with pytest.raises(ValueError, match="nothing to store"):
        KeyringCredentials().put("x", Credential())


def test_factory_needs_an_address_and_a_token():
    with pytest.raises(NotConfiguredError, match=r"support\.rt_url"):
        make_backend(SupportSettings())
    settings = SupportSettings(rt_url="https://rt.example.com/")
    with pytest.raises(NotConfiguredError, match="pixrma login"):
        make_backend(settings)
    KeyringCredentials().put(rt_account(settings.rt_url), Credential(token="t"))
    backend = make_backend(settings)
    assert isinstance(backend, RtBackend)
    assert backend.base_url == "https://rt.example.com"


def test_factory_for_email():
    with pytest.raises(NotConfiguredError, match=r"support\.smtp_host"):
        make_backend(SupportSettings(backend="smtp"))
    settings = SupportSettings(
        backend="smtp",
        smtp_host="mail.example.com",
        smtp_to="support@vendor.example",
        smtp_from="me@lab.example",
        smtp_user="me",
    )
    with pytest.raises(NotConfiguredError, match="password"):
        make_backend(settings)
    assert make_backend(SupportSettings(**{**settings.__dict__, "smtp_user": ""})).name == "smtp"


class _Backend:
    """A stand-in keyring backend of a given priority."""

    def __init__(self, name, priority):
        self.name, self.priority = name, priority


def test_without_a_choice_only_secure_backends_are_used(monkeypatch):
    from keyring.backends import fail, null
    from keyrings.alt.file import PlaintextKeyring

    from pixrma_desktop.support.credentials import keyring_place

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    system = memory_keyring.MemoryKeyring()
    found = [PlaintextKeyring(), fail.Keyring(), null.Keyring(), _Backend("last resort", 0.9), system]
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: found)
    store = KeyringCredentials()
    store.put("rt:x", Credential(token="t"))
    assert memory_keyring.SECRETS == {("pixrma-desktop", "rt:x"): '{"token": "t", "user": "", "password": ""}'}
    assert keyring_place(store) == "the system keyring (memory keyring MemoryKeyring)"


def test_low_priority_backends_are_refused_with_their_reason(monkeypatch):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: [_Backend("last resort", 0.9)])
    with pytest.raises(KeyringUnavailableError, match=r"last resort: keyring itself ranks it as a last resort"):
        KeyringCredentials().put("rt:x", Credential(token="t"))


def test_a_chainer_chosen_on_purpose_skips_its_plaintext_member(monkeypatch):
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.chainer.ChainerBackend")
    members = [PlaintextKeyring(), memory_keyring.MemoryKeyring()]
    monkeypatch.setattr("keyring.backends.chainer.ChainerBackend.backends", members, raising=False)
    KeyringCredentials().put("rt:x", Credential(token="t"))
    assert ("pixrma-desktop", "rt:x") in memory_keyring.SECRETS


def test_stores_that_do_not_say_where_get_a_plain_name():
    from pixrma_desktop.support.credentials import keyring_place

    assert keyring_place(object()) == "the credential store"
