"""No text is cut off, in English or French, at 100 % and 150 % scale: every page and dialog is walked
(``tests/gui/every_view.py``) and every label, button, header section, table cell and field hint is measured
against the room it has (``tests/gui/clipping.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tests.gui.clipping import clipped_texts

pytestmark = pytest.mark.gui

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.parametrize("scale", ["1", "1.5"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_page_or_dialog_cuts_its_text(language, scale, tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_SCALE_FACTOR=scale,
        PIXRMA_DATA_DIR=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "tests.gui.every_view", language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    clipped = json.loads(proc.stdout.strip().splitlines()[-1])
    assert clipped == []


def test_the_check_finds_a_cut_button_and_leaves_wrapped_labels_alone(qtbot):
    page = QWidget()
    layout = QVBoxLayout(page)
    cut = QPushButton("Se renseigner sur cette demande…")
    cut.setFixedWidth(60)
    wrapped = QLabel("A long explanation that wraps onto as many lines as it needs " * 3)
    wrapped.setWordWrap(True)
    wrapped.setFixedWidth(80)
    whole = QPushButton("OK")
    for widget in (cut, wrapped, whole):
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    (problem,) = clipped_texts(page)
    assert "Se renseigner sur cette demande…" in problem
