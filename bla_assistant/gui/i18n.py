"""UI translations: every visible string goes through `tr`, compiled catalogues load as .qm.

All strings share one context so the catalogue is a flat list a translator can work through.
"""

from __future__ import annotations

from pathlib import Path

from bla_assistant.gui.qt import QCoreApplication, QTranslator

CONTEXT = "BlaAssistant"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"en": "English", "fr": "Français"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def N_(text: str) -> str:
    """Marks a string for the catalogue where it is defined; `tr` translates it where shown."""
    return text


class TranslationSwitcher:
    """Installs the catalogue for a language on the application, replacing the previous one."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = "en"
        if language == "en":
            return True
        ours = QTranslator(self._app)
        if not ours.load(str(TRANSLATIONS_DIR / f"bla_assistant_{language}.qm")):
            return False
        # Qt's own catalogue translates the standard buttons (OK, Cancel, Next, Finish...).
        from bla_assistant.gui.qt import QLibraryInfo

        qt_own = QTranslator(self._app)
        if qt_own.load(f"qtbase_{language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_own)
            self._installed.append(qt_own)
        self._app.installTranslator(ours)
        self._installed.append(ours)
        self.language = language
        return True
