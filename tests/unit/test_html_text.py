"""HTML mail from support shown as text: nothing runs, nothing loads, every link shows where it goes."""

from __future__ import annotations

import socket

import pytest

from pixrma_desktop.support.html_text import link_target, sanitize_html


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_scripts_styles_and_their_text_are_gone(no_network):
    safe = sanitize_html(
        "<html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<p>Please update.</p><script>alert('x'); fetch('http://evil/')</script>"
        "<iframe src='http://evil/frame'>frame text</iframe><noscript>ns</noscript></body></html>"
    )
    assert safe.text == "Please update."
    for word in ("alert", "color", "evil", "frame", "ns", "<script", "T\n"):
        assert word not in safe.text
        assert word not in safe.html
    assert no_network == []


def test_a_remote_image_becomes_its_alt_text_and_nothing_is_fetched(no_network):
    safe = sanitize_html('<p>Look:<img src="http://tracker.example/pixel.png?id=42" alt="wiring  diagram"></p>')
    assert safe.text == "Look:[image: wiring diagram]"
    assert "tracker" not in safe.html
    assert "src" not in safe.html
    assert no_network == []


def test_links_show_their_real_target_even_behind_friendly_text():
    safe = sanitize_html('<p>Get <a href="https://downloads.evil.example/fw.exe">the official firmware</a>.</p>')
    assert safe.text == "Get the official firmware <https://downloads.evil.example/fw.exe>."
    assert "href" not in safe.html
    assert "&lt;https://downloads.evil.example/fw.exe&gt;" in safe.html


def test_a_link_whose_text_is_its_target_is_written_once():
    safe = sanitize_html('See <a href="https://pixelink.example/rma">https://pixelink.example/rma</a>')
    assert safe.text == "See https://pixelink.example/rma"


def test_javascript_and_data_links_keep_their_text_but_lose_the_target():
    safe = sanitize_html('<a href="javascript:steal()">click</a> <a href=" data:text/html,x">here</a>')
    assert safe.text == "click here"
    assert link_target("JavaScript:alert(1)") is None
    assert link_target("mailto:rma@vendor.example") == "mailto:rma@vendor.example"


def test_structure_survives_as_lines_and_the_html_subset_has_no_attributes():
    safe = sanitize_html(
        '<div style="x"><h2 onclick="x()">Steps</h2><ol><li>Unplug</li><li>Plug into <b>USB 3</b></li></ol>'
        "<ul><li>a</li></ul>line one<br>line two &amp; more</div>"
    )
    assert safe.text == "Steps\n\n1. Unplug\n2. Plug into USB 3\n\n- a\nline one\nline two & more"
    assert "onclick" not in safe.html
    assert "style" not in safe.html
    assert "<h2>Steps</h2>" in safe.html
    assert "<b>USB 3</b>" in safe.html


def test_text_that_looks_like_markup_is_escaped_in_the_html():
    safe = sanitize_html("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    assert safe.text == "<script>alert(1)</script>"
    assert "<script>" not in safe.html


def test_unclosed_and_nested_dropped_elements_do_not_leak_text():
    safe = sanitize_html("<p>ok</p><script><script>inner</script>still script</script><p>after</p><style>x")
    assert "inner" not in safe.text
    assert "after" in safe.text
    assert "x" not in safe.text.replace("after", "")
