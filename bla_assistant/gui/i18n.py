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


class TranslationSwitcher:
    """Installs the catalogue for a language on the application, replacing the previous one."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"

    def switch(self, language: str) -> bool:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.language = "en"
        if language == "en":
            return True
        translator = QTranslator(self._app)
        if not translator.load(str(TRANSLATIONS_DIR / f"bla_assistant_{language}.qm")):
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        self.language = language
        return True
