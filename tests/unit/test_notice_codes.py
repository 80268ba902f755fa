"""Every warning and finding code has its English words, its French translation and a line in the README."""

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pixrma_desktop.notices import english
from pixrma_desktop.notices.codes import ADVICE_ONLY, IN_USE_CODES, PERMISSION_CODES, Code
from pixrma_desktop.notices.notice import legacy, notice, notice_from_dict, notice_to_dict

ROOT = Path(__file__).resolve().parents[2]
FRENCH = ROOT / "resources" / "translations" / "pixrma_fr.ts"


def _templates() -> list[tuple[Code, str]]:
    return [(code, t) for code, tpl in english.TEMPLATES.items() for t in (tpl.text, tpl.hint) if t is not None]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _french() -> dict[str, str]:
    root = ET.parse(FRENCH).getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") != english.CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                out[message.findtext("source")] = translation.text
    return out


def test_every_code_has_english_words():
    assert set(english.TEMPLATES) == set(Code)
    assert all(english.TEMPLATES[code].text for code in Code)


def test_codes_are_stable_lowercase_words():
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(code)) for code in Code)
    assert set(Code) >= IN_USE_CODES | PERMISSION_CODES | ADVICE_ONLY


def test_templates_name_their_parameters_plainly():
    """No format specs or conversions: a translation fills the same names in any order."""
    for code, template in _templates():
        for _, name, spec, conversion in string.Formatter().parse(template):
            assert not spec, (code, template)
            assert not conversion, (code, template)
            assert name is None or name.isidentifier(), (code, template)


def test_every_code_has_a_french_translation_with_the_same_parameters():
    french = _french()
    missing = [template for _, template in _templates() if template not in french]
    assert missing == [], "translate them in pixrma_fr.ts (installer/translations.py update, then release)"
    for _, template in _templates():
        assert _fields(french[template]) == _fields(template), template
        if template not in ("{text}", "{hint}"):
            assert french[template] != template, f"not translated: {template}"


def test_the_readme_lists_every_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Warning and finding codes", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([a-z0-9-]+)` \|", section, flags=re.MULTILINE))
    assert listed == {str(code) for code in Code}


def test_parameters_fill_the_english_words():
    found = notice(Code.USB_IN_USE, device="2-1.4 (1996:0755)")
    assert str(found) == "The USB camera 2-1.4 (1996:0755) is in use by another program."
    assert english.hint(Code.USB_IN_USE).startswith("Close the program")
    assert english.hint(Code.USB_NO_ENDPOINTS, {"device": "x"}) is None


def test_a_missing_parameter_shows_its_name_instead_of_failing():
    assert english.text(Code.USB_IN_USE) == "The USB camera {device} is in use by another program."


@pytest.mark.parametrize(
    "item",
    [
        notice(Code.GIGE_MTU, nic="eth0", mtu=1500, jumbo=9000),
        legacy("In use by another program.", "Close it."),
        notice(Code.PROBE_TIMED_OUT, probe="gentl", seconds="2.5"),
    ],
)
def test_json_round_trip(item):
    assert notice_from_dict(notice_to_dict(item)) == item


def test_legacy_text_keeps_its_words_and_has_no_hint_unless_given():
    assert str(legacy("Hot.")) == "Hot."
    assert english.hint(Code.LEGACY_TEXT, legacy("Hot.").args) is None
    assert english.hint(Code.LEGACY_TEXT, legacy("Hot.", "Cool it.").args) == "Cool it."
