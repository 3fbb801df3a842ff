"""What the whole GUI shares: settings, the library (loaded on first use), the translations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bla_assistant.core.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    from bla_assistant.core.library.model import Library
    from bla_assistant.gui.i18n import TranslationSwitcher


def load_library_safely() -> Library:
    """The library, or an empty one carrying the reason: the app starts either way."""
    from bla_assistant.core.library.library_cache import load_built_in_library
    from bla_assistant.core.library.model import Library
    from bla_assistant.core.library.problems import Problem

    try:
        return load_built_in_library()
    except Exception as exc:  # noqa: BLE001 - a missing data folder must not stop the app
        library = Library()
        library.problems.append(Problem(Path("<library>"), 0, 0, str(exc)))
        return library


class AppContext:
    """The library is read when something first asks for it, which is after the first paint of
    the main window: the window shell needs only the settings."""

    def __init__(self, settings: Settings, library: Library | None = None,
                 translations: TranslationSwitcher | None = None,
                 settings_problems: list[str] | None = None):
        self.settings = settings
        self._library = library
        self.translations = translations
        self.settings_problems = settings_problems if settings_problems is not None else []
        # `--lang` applies to one run only and is never saved as the user's choice.
        self.session_language: str | None = None

    @classmethod
    def create(cls, translations: TranslationSwitcher | None = None) -> AppContext:
        settings, problems = load_settings()
        return cls(settings, None, translations, problems)

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = load_library_safely()
        return self._library

    @library.setter
    def library(self, library: Library) -> None:
        self._library = library

    @property
    def library_loaded(self) -> bool:
        return self._library is not None

    @property
    def lang(self) -> str:
        return self.session_language or self.settings.language

    def save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.settings_problems.append(f"settings could not be saved: {exc}")
