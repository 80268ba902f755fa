import io

import pytest

from pixrma_desktop.cli import main
from pixrma_desktop.commands import exit_codes
from tests.fakes import memory_keyring

pytestmark = pytest.mark.rt


def test_login_checks_the_token_with_the_server(rt_server, capsys, monkeypatch):
    assert main(["config", "set", "support.rt_url", rt_server.url]) == exit_codes.OK

    monkeypatch.setattr("sys.stdin", io.StringIO("1-35-0000000000000000000000000000dead\n"))
    assert main(["login", "--token-stdin"]) == exit_codes.FAILED
    assert "Nothing was stored" in capsys.readouterr().err
    assert memory_keyring.SECRETS == {}

    monkeypatch.setattr("sys.stdin", io.StringIO(rt_server.app_token + "\n"))
    assert main(["login", "--token-stdin"]) == exit_codes.OK
    out = capsys.readouterr().out
    assert "the Support queue and its fields exist" in out
    assert rt_server.app_token not in out
    assert len(memory_keyring.SECRETS) == 1


def test_login_warns_about_field_names_the_server_lacks(rt_server, capsys, monkeypatch):
    main(["config", "set", "support.rt_url", rt_server.url])
    main(["config", "set", "support.rt_cf_model", "Model"])
    monkeypatch.setattr("sys.stdin", io.StringIO(rt_server.app_token + "\n"))
    assert main(["login", "--token-stdin"]) == exit_codes.OK
    assert "support.rt_cf_model = 'Model' is not a custom field" in capsys.readouterr().err
