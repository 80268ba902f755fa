import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from installer import translations as tool
from pixrma_desktop.ui.translations import install_translators, pick_language

pytestmark = pytest.mark.gui


@pytest.fixture
def french(qapp):
    installed = install_translators(qapp, "fr")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_french_strings_load_into_the_window(qtbot, make_window, french):
    assert french, "pixrma_fr.qm must load"
    window = make_window()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Caméras", "Demande", "Envois et tickets", "Paramètres"]
    assert window.cameras_page.scan_button.text() == "&Rechercher les caméras"
    header = window.camera_model.headerData(1, *_horizontal_display())
    assert header == "Numéro de série"
    window.status.set_waiting(2)
    assert window.status.waiting.text() == "2 demandes en attente d\u2019envoi"
    window.status.set_waiting(1)
    assert window.status.waiting.text() == "1 demande en attente d\u2019envoi"


def _horizontal_display():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole


def test_english_is_the_fallback_for_unshipped_languages():
    assert pick_language("fr") == "fr"
    assert pick_language("xx") in ("en", "fr")
    assert QCoreApplication.translate("MainWindow", "Cameras") == "Cameras"


def test_every_visible_string_has_a_french_translation(tmp_path):
    """lupdate over today's code finds no string that the French file does not translate."""
    needs_tool = shutil.which("pyside6-lupdate") or (tool.Path(tool.sys.executable).parent / "pyside6-lupdate").exists()
    assert needs_tool, "pyside6-lupdate ships with PySide6"
    ts = tmp_path / "pixrma_fr.ts"
    shutil.copy(tool.ts_file("fr"), ts)
    tool.update([ts])
    untranslated = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == []


def test_shipped_qm_files_match_their_sources(tmp_path):
    for language in tool.LANGUAGES:
        fresh = tmp_path / f"{language}.qm"
        tool.release(tool.ts_file(language), fresh)
        assert fresh.read_bytes() == tool.ts_file(language).with_suffix(".qm").read_bytes(), (
            f"run `python3 installer/translations.py release` and commit pixrma_{language}.qm"
        )
