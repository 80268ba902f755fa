import io
import json

import pytest

from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes
from pixrma_desktop.paths import resolve_paths
from pixrma_desktop.settings import load_settings
from tests.fakes import memory_keyring


def saved():
    return load_settings(resolve_paths().settings_file).settings


def test_config_set_writes_typed_values(capsys):
    assert main(["config", "set", "support.rt_url", "https://rt.vendor.example/"]) == exit_codes.OK
    assert main(["config", "set", "support.timeout_s", "12.5"]) == exit_codes.OK
    assert main(["config", "set", "support.rt_rma_link", "DependsOn"]) == exit_codes.OK
    assert main(["config", "set", "cameras.gige_hosts", "10.0.0.5, 10.0.0.6"]) == exit_codes.OK
    assert main(["config", "set", "evidence.redact_ip", "no"]) == exit_codes.OK

    settings = saved()
    assert settings.support.rt_url == "https://rt.vendor.example/"
    assert settings.support.timeout_s == 12.5
    assert settings.support.rt_rma_link == "DependsOn"
    assert settings.cameras.gige_hosts == ["10.0.0.5", "10.0.0.6"]
    assert settings.evidence.redact_ip is False
    assert "pixrma login" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("support.rt_ulr", "https://x", "Did you mean support.rt_url"),
        ("support.rt_url", "http://rt.vendor.example", "plain HTTP"),
        ("support.smtp_security", "tls", "starttls, ssl, none"),
        ("support.smtp_port", "many", "whole number"),
        ("support.ca_bundle", "/no/such/ca.pem", "does not exist"),
        ("nosection", "x", "no setting"),
        ("cameras.probe_timeout_s", "nan", "must be a number from 0.1 to 600"),
        ("cameras.probe_timeout_s", "inf", "must be a number from 0.1 to 600"),
        ("cameras.probe_timeout_s", "0", "must be a number from 0.1 to 600"),
        ("cameras.probe_timeout_s", "1e308", "must be a number from 0.1 to 600"),
        ("support.smtp_port", "70000", "from 1 to 65535"),
        ("support.rt_support_queue", "q" * 2001, "at most 2000 characters"),
    ],
)
def test_config_set_refuses_bad_keys_and_values(capsys, key, value, words):
    assert main(["config", "set", key, value]) == exit_codes.USAGE
    assert words in capsys.readouterr().err
    assert not resolve_paths().settings_file.exists()


def test_config_unset_restores_the_default():
    main(["config", "set", "support.rt_support_queue", "Help Desk"])
    assert saved().support.rt_support_queue == "Help Desk"
    assert main(["config", "unset", "support.rt_support_queue"]) == exit_codes.OK
    assert saved().support.rt_support_queue == "Support"


def test_config_show_never_shows_secrets(capsys, monkeypatch):
    main(["config", "set", "support.rt_url", "https://rt.vendor.example"])
    monkeypatch.setattr("sys.stdin", io.StringIO("1-5-topsecret\n"))
    assert main(["login", "--token-stdin", "--no-check"]) == exit_codes.OK
    capsys.readouterr()

    assert main(["config", "show", "support"]) == exit_codes.OK
    out = capsys.readouterr().out
    assert "support.rt_url = https://rt.vendor.example" in out
    assert "API token stored in the system keyring (memory keyring MemoryKeyring" in out
    assert "topsecret" not in out
    assert "cameras." not in out
    assert main(["config", "show", "--json"]) == exit_codes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["support"]["rt_cf_serials"] == "Serial Numbers"
    assert "topsecret" not in json.dumps(data)
    assert "topsecret" not in resolve_paths().settings_file.read_text()


def test_login_needs_a_server_first(capsys):
    assert main(["login", "--token-stdin"]) == exit_codes.NOT_CONFIGURED
    assert "support.rt_url" in capsys.readouterr().err


def test_login_from_a_prompt_and_logout(capsys, monkeypatch):
    main(["config", "set", "support.rt_url", "https://rt.vendor.example"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: "1-5-prompted")
    assert main(["login", "--no-check"]) == exit_codes.OK
    assert json.loads(memory_keyring.SECRETS[("pixrma-desktop", "rt:https://rt.vendor.example")])["token"] == (
        "1-5-prompted"
    )
    assert "1-5-prompted" not in capsys.readouterr().out

    assert main(["logout"]) == exit_codes.OK
    assert "Removed" in capsys.readouterr().out
    assert memory_keyring.SECRETS == {}
    assert main(["logout"]) == exit_codes.OK
    assert "No credentials were stored" in capsys.readouterr().out


def test_login_with_user_and_password(monkeypatch):
    main(["config", "set", "support.rt_url", "https://rt.vendor.example"])
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert main(["login", "--user", "alice", "--password-stdin", "--no-check"]) == exit_codes.OK
    stored = json.loads(memory_keyring.SECRETS[("pixrma-desktop", "rt:https://rt.vendor.example")])
    assert (stored["user"], stored["password"]) == ("alice", "pw")


def test_empty_token_is_not_stored(capsys, monkeypatch):
    main(["config", "set", "support.rt_url", "https://rt.vendor.example"])
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main(["login", "--token-stdin", "--no-check"]) == exit_codes.USAGE
    assert memory_keyring.SECRETS == {}


def test_login_without_a_keyring_says_so_and_writes_nothing(capsys, monkeypatch):
    main(["config", "set", "support.rt_url", "https://rt.vendor.example"])
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr("sys.stdin", io.StringIO("1-5-secret\n"))
    assert main(["login", "--token-stdin", "--no-check"]) == exit_codes.FAILED
    err = capsys.readouterr().err
    assert "No usable keyring" in err
    assert "1-5-secret" not in err
    assert "1-5-secret" not in resolve_paths().settings_file.read_text()


def test_smtp_login_stores_the_mail_password(monkeypatch):
    for key, value in [("support.backend", "smtp"), ("support.smtp_host", "mail.lab"), ("support.smtp_user", "me")]:
        main(["config", "set", key, value])
    monkeypatch.setattr("sys.stdin", io.StringIO("mailpw\n"))
    assert main(["login", "--password-stdin"]) == exit_codes.OK
    assert ("pixrma-desktop", "smtp:me@mail.lab:587") in memory_keyring.SECRETS


def _only_a_plaintext_keyring(monkeypatch):
    """A machine without a Secret Service where keyrings.alt is installed: keyring itself would pick the file."""
    from keyring.backends import fail
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: [PlaintextKeyring(), fail.Keyring()])


def test_login_refuses_a_plaintext_keyring_nobody_chose(capsys, monkeypatch, isolated_state):
    main(["config", "set", "support.rt_url", "https://rt.vendor.example"])
    _only_a_plaintext_keyring(monkeypatch)
    monkeypatch.setattr("sys.stdin", io.StringIO("1-5-secret\n"))
    assert main(["login", "--token-stdin", "--no-check"]) == exit_codes.FAILED
    captured = capsys.readouterr()
    assert "No secure keyring" in captured.err
    assert "plaintext file" in captured.err
    assert "PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring" in captured.err, "how to choose it anyway"
    assert "Stored" not in captured.out
    assert [p for p in (isolated_state / "xdg-data").rglob("*") if p.is_file()] == []
    assert "1-5-secret" not in captured.err


def test_login_with_the_plaintext_keyring_chosen_says_it_is_a_file(capsys, monkeypatch, isolated_state):
    main(["config", "set", "support.rt_url", "https://rt.vendor.example"])
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setattr("sys.stdin", io.StringIO("1-5-secret\n"))
    assert main(["login", "--token-stdin", "--no-check"]) == exit_codes.OK
    out = capsys.readouterr().out
    path = isolated_state / "xdg-data" / "python_keyring" / "keyring_pass.cfg"
    assert path.is_file()
    assert f"in a plaintext file, {path} (keyrings.alt.file.PlaintextKeyring, chosen by PYTHON_KEYRING_BACKEND)" in out
    assert "anyone who can read that file can read the secret" in out
