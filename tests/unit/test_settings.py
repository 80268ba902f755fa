import json
import stat

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


def test_wrong_types_and_unknown_keys_fall_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "cameras": {"producer_paths": "not a list", "demo": "sometimes", "probe_timeout_s": 2, "nope": 1},
                "support": {"smtp_port": "25", "rt_url": "https://x"},
                "unknown_section": {},
            }
        )
    )
    settings = load_settings(path).settings
    assert settings.cameras.producer_paths == []
    assert settings.cameras.demo == "off"
    assert settings.cameras.probe_timeout_s == 2.0
    assert settings.support.smtp_port == 587
    assert settings.support.rt_url == "https://x"


def test_corrupt_file_is_reported_not_fatal(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ this is not json")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problem is not None
    assert "not valid JSON" in loaded.problem
