"""What the whole GUI shares: settings, the loaded library, the translation switcher."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bla_assistant.core.library.library_cache import load_built_in_library
from bla_assistant.core.library.model import Library
from bla_assistant.core.library.problems import Problem
from bla_assistant.core.settings import Settings, load_settings, save_settings
from bla_assistant.gui.i18n import TranslationSwitcher


def load_library_safely() -> Library:
    """The library, or an empty one carrying the reason: the app starts either way."""
    try:
        return load_built_in_library()
    except Exception as exc:  # noqa: BLE001 - a missing data folder must not stop the app
        library = Library()
        library.problems.append(Problem(Path("<library>"), 0, 0, str(exc)))
        return library


@dataclass
class AppContext:
    settings: Settings
    library: Library
    translations: TranslationSwitcher | None = None
    settings_problems: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, translations: TranslationSwitcher | None = None) -> AppContext:
        settings, problems = load_settings()
        return cls(settings, load_library_safely(), translations, problems)

    # `--lang` applies to one run only and is never saved as the user's choice.
    session_language: str | None = None

    @property
    def lang(self) -> str:
        return self.session_language or self.settings.language

    def save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.settings_problems.append(f"settings could not be saved: {exc}")
