import base64
import json

import pytest

from pixrma_desktop.support.json_body import FileContent, StreamedJsonBody
from pixrma_desktop.support.transport import UnsafeTransportError, check_base_url, is_loopback_host, verify_option


@pytest.mark.parametrize(
    "url",
    [
        "https://support.example.com",
        "https://support.example.com/rt/",
        "http://127.0.0.1:8080",
        "http://[::1]:80",
        "http://localhost:9000",
    ],
)
def test_accepted_addresses(url):
    assert check_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://support.example.com", "plain HTTP"),
        ("http://10.0.0.5", "plain HTTP"),
        ("ftp://support.example.com", "not a web address"),
        ("support.example.com", "not a web address"),
        ("https://user:pw@support.example.com", "pixrma login"),
        ("https://support.example.com/?x=1", "query"),
    ],
)
def test_refused_addresses(url, words):
    with pytest.raises(UnsafeTransportError, match=words):
        check_base_url(url)


def test_loopback_hosts():
    assert is_loopback_host("127.0.0.2")
    assert is_loopback_host("[::1]")
    assert not is_loopback_host("192.168.1.1")
    assert not is_loopback_host("localhost.example.com")


def test_verification_is_always_on(tmp_path):
    assert verify_option("") is True
    bundle = tmp_path / "ca.pem"
    bundle.write_text("pem")
    assert verify_option(str(bundle)) == str(bundle)
    with pytest.raises(UnsafeTransportError, match="does not exist"):
        verify_option(str(tmp_path / "missing.pem"))


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 786431, 786432, 786433, 2_000_000])
def test_streamed_body_is_exactly_the_json_with_base64(tmp_path, size):
    data = bytes((i * 7) % 256 for i in range(size))
    path = tmp_path / "f.bin"
    path.write_bytes(data)
    document = {"Subject": 'Ümlaut "quoted"', "Attachments": [{"FileName": "f.bin", "FileContent": FileContent(path)}]}

    body = StreamedJsonBody(document)
    raw = b"".join(body)

    assert len(raw) == len(body)
    parsed = json.loads(raw)
    assert parsed["Subject"] == 'Ümlaut "quoted"'
    assert base64.b64decode(parsed["Attachments"][0]["FileContent"]) == data


def test_streamed_body_with_two_files_in_order(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"first")
    b.write_bytes(b"second!")
    body = StreamedJsonBody({"files": [FileContent(a), FileContent(b)]})
    assert json.loads(b"".join(body)) == {
        "files": [base64.b64encode(b"first").decode(), base64.b64encode(b"second!").decode()]
    }


def test_a_file_that_changes_size_is_not_sent_half(tmp_path):
    path = tmp_path / "f.bin"
    path.write_bytes(b"12345")
    body = StreamedJsonBody({"f": FileContent(path)})
    path.write_bytes(b"123")
    with pytest.raises(OSError, match="changed while it was being sent"):
        b"".join(body)
