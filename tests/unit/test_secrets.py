import json

import pytest

from pixrma_desktop.diagnostics.secrets import MARK, scrub, scrub_secrets

RT_TOKEN = "1-14-0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"Authorization: token {RT_TOKEN}", RT_TOKEN),
        ("authorization=Basic Ym9iOnB3ZA==", "Ym9iOnB3ZA=="),
        ('{"Authorization": "Bearer abc.def.ghi123"}', "abc.def.ghi123"),
        ("Proxy-Authorization: Digest qwertyuiop123", "qwertyuiop123"),
        ("sending with Bearer eyJhbGciOiJIUzI1NiJ9x", "eyJhbGciOiJIUzI1NiJ9x"),
        ("using token abcdefgh1234 for RT", "abcdefgh1234"),
        ("password=hunter2 and more", "hunter2"),
        ("smtp_password: 's3cr3t pass'", "s3cr3t pass"),
        ('{"api_key": "AKIA1234"}', "AKIA1234"),
        ("rt_token=xyz123abc&next=1", "xyz123abc"),
        ("session_id: 77af8e", "77af8e"),
        ("GET https://bob:pw4rt@rt.example.com/REST/2.0/", "pw4rt"),
        (f"loaded {RT_TOKEN} from the keyring", RT_TOKEN),
        ("Pässwort ok; PASSWORD=Zürich2024", "Zürich2024"),
    ],
)
def test_secret_is_removed(text, secret):
    cleaned, count = scrub_secrets(text)
    assert secret not in cleaned
    assert MARK in cleaned
    assert count >= 1


@pytest.mark.parametrize(
    "text",
    [
        "the token expired, log in again",
        "the token is invalid",
        "usb 2-1: new SuperSpeed USB device number 3 using xhci_hcd",
        "keyboard connected; monkey business",
        "2026-11-26T10:00:00.123Z ticket 1234 created",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert scrub_secrets(text) == (text, 0)


def test_json_stays_valid_json():
    data = {"password": "a b", "token": RT_TOKEN, "authorization": "token abcdefgh123", "user": "bob"}
    cleaned = scrub(json.dumps(data))
    parsed = json.loads(cleaned)
    assert parsed["password"] == MARK
    assert parsed["user"] == "bob"
    assert RT_TOKEN not in cleaned


def test_scrubbing_twice_counts_nothing_new():
    once, count = scrub_secrets(f"password=abc123 Authorization: token {RT_TOKEN}")
    assert count == 2
    assert scrub_secrets(once) == (once, 0)
