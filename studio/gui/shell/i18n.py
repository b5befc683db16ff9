"""The interface language: the system's, or the user's override, loaded from compiled `.qm` files.

English is the source language, but it has a `.qm` too: it holds the plural forms ("%n line(s)" →
"1 line" / "3 lines"), which Qt only resolves through a translator.

The catalogues are made by `python packaging/translations.py` (lupdate, then lrelease); a string is
found only when the call holds it literally: `self.tr("...")`, `X.tr("...", "", n)` on a QObject class
for a module's texts, `QCoreApplication.translate("Context", "...")`, or `QT_TRANSLATE_NOOP` where it is
defined and a translate call where it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from studio.gui.kit import settings
from studio.paths import translations_dir

# Languages with a shipped translation, by code, in their own name (a menu lists them as such).
LANGUAGES = {"en": "English", "fr": "Français"}
_CATALOG = "dubbing_studio"


def chosen_language(system: QLocale | None = None) -> str:
    """The override from settings, else the system language when we ship it, else English."""
    override = settings.get(settings.LANGUAGE)
    if override:
        return override
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install_translator(app: QApplication, language: str | None = None) -> str:
    """Install our catalogue and Qt's own (button boxes, file dialogs) for language; return its code."""
    code = language or chosen_language()
    for old in getattr(app, "_studio_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"{_CATALOG}_{code}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    app._studio_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(code) if language or settings.get(settings.LANGUAGE) else QLocale.system())
    return code
