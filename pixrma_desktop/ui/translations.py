"""Loading the app's translations (resources/translations/pixrma_<lang>.qm) and Qt's own ones."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pixrma_desktop.ui.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
"""Shipped languages, by code, in their own names."""


def pick_language(setting: str) -> str:
    """The setting, or the system's language when it is empty and shipped, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; returns them (keep them alive as long as the app)."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"pixrma_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation for %s in %s", language, translations_dir())
    if language == "en":
        return installed  # English needs only our plural forms; Qt's own strings are English already
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
