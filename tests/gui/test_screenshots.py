import pytest
from PySide6.QtGui import QImage

from tests.gui.screenshots import HEIGHT, WIDTH, render

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_screenshot_script_renders_every_page(qtbot, tmp_path):
    written = render(tmp_path)
    names = [p.stem for p in written]
    assert names == [
        "cameras",
        "camera-features",
        "request",
        "review",
        "outbox-offline",
        "outbox",
        "outbox-unread",
        "conversation",
        "conversation-case",
        "settings",
    ]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() >= 800
    cameras = QImage(str(tmp_path / "cameras.png"))
    assert (cameras.width(), cameras.height()) == (WIDTH, HEIGHT)
