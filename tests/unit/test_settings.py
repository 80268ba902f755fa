import json
import stat

import pytest

from pixrma_desktop.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path):
    loaded = load_settings(tmp_path / "settings.json")
    assert loaded.problem is None
    assert loaded.settings == Settings()


def test_round_trip_and_private_file(tmp_path):
    settings = Settings()
    settings.cameras.producer_paths = ["/opt/a.cti"]
    settings.support.rt_url = "https://support.example.com"
    path = tmp_path / "cfg" / "settings.json"
    save_settings(settings, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_settings(path).settings == settings


def test_wrong_types_fall_back_to_defaults_the_rest_is_kept_and_the_file_moved_aside(tmp_path):
    path = tmp_path / "settings.json"
    original = json.dumps(
        {
            "cameras": {"producer_paths": "not a list", "demo": "sometimes", "probe_timeout_s": 2, "nope": 1},
            "support": {"smtp_port": "25", "rt_url": "https://x", "timeout_s": float("nan")},
            "unknown_section": {},
        }
    )
    path.write_text(original)
    loaded = load_settings(path)
    settings = loaded.settings
    assert settings.cameras.producer_paths == []
    assert settings.cameras.demo == "off"
    assert settings.cameras.probe_timeout_s == 2.0
    assert settings.support.smtp_port == 587
    assert settings.support.timeout_s == 30.0
    assert settings.support.rt_url == "https://x"
    [aside] = tmp_path.glob("settings.damaged-*.json")
    assert aside.read_text() == original
    assert str(path) in loaded.problem
    assert str(aside) in loaded.problem
    assert "support.smtp_port must be a whole number (it was '25')" in loaded.problem
    assert "support.timeout_s must be a number from 0.1 to 3600 (it was nan)" in loaded.problem
    assert load_settings(path) == (settings, None), "the repaired settings were written back"


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (bytes(range(256)) * 4, "it is not UTF-8 text"),
        (b"[1, 2, 3]", "it holds a JSON list, not an object of settings"),
        (b"[" * 100_000 + b"]" * 100_000, "its JSON is nested too deeply"),
        (b'{"ui": {"language": "' + b"x" * 1_100_000 + b'"}}', "it is larger than 1000 KB"),
    ],
)
def test_a_damaged_file_is_moved_aside_and_defaults_are_used(tmp_path, content, why):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    [aside] = tmp_path.glob("settings.damaged-*.json")
    assert aside.read_bytes() == content
    assert not path.exists()
    assert loaded.problem == f"{path} cannot be used ({why}). It was moved to {aside}; the default settings are used."


def test_config_show_and_set_work_over_a_file_of_random_bytes(capsys):
    import random

    from pixrma_desktop.cli import main
    from pixrma_desktop.paths import resolve_paths

    path = resolve_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(random.Random(18).randbytes(4096))
    assert main(["config", "show"]) == 0
    captured = capsys.readouterr()
    [aside] = path.parent.glob("settings.damaged-*.json")
    assert f"warning: {path} cannot be used" in captured.err
    assert str(aside) in captured.err
    assert "cameras.probe_timeout_s = 5.0" in captured.out
    assert main(["config", "set", "support.rt_url", "https://rt.example.com"]) == 0
    assert load_settings(path).settings.support.rt_url == "https://rt.example.com"


def test_corrupt_file_is_reported_not_fatal(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ this is not json")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problem is not None
    assert "not valid JSON" in loaded.problem
