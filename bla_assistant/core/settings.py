"""User settings as a typed model, stored as YAML in the per-user config folder.

`BLA_ASSISTANT_CONFIG` names another folder (tests set it so they never touch a real profile).
Window geometry stays in Qt's own store; everything the user chooses lives here.

The app writes the file in JSON style, which is YAML too: the settings are read before the first
window paints, and the json module reads them without importing a YAML parser. A file edited by
hand in block style is still read, through PyYAML.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
SETTINGS_FILE = "settings.yaml"
RECOVERY_FOLDER = "recovery"
MAX_RECENT = 10


def config_dir() -> Path:
    override = os.environ.get("BLA_ASSISTANT_CONFIG")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("bla-assistant"))


def recovery_dir() -> Path:
    return config_dir() / RECOVERY_FOLDER


class Settings:
    """The user's choices. A plain class, not a dataclass: settings are read before the first
    paint of the window, where importing `dataclasses` alone costs some milliseconds."""

    def __init__(self, schema_version: int = SCHEMA_VERSION, language: str = "en",
                 recent_files: list[str] | None = None, autosave_minutes: int = 1,
                 show_welcome: bool = True, author: str = ""):
        self.schema_version = schema_version
        self.language = language  # UI language: en | fr
        self.recent_files: list[str] = list(recent_files or [])
        self.autosave_minutes = autosave_minutes
        self.show_welcome = show_welcome
        self.author = author

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and vars(self) == vars(other)

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    # Version 0 (unversioned) files stored the language under "ui_language".
    if raw.get("schema_version", 0) < 1 and "ui_language" in raw:
        raw.setdefault("language", raw.pop("ui_language"))
    raw["schema_version"] = SCHEMA_VERSION
    return raw


def _is_json(text: str) -> bool:
    return text.lstrip().startswith("{")


def _parse(text: str) -> Any:
    """JSON as the app writes it, else YAML; a YAML syntax error is raised as ValueError."""
    if _is_json(text):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # a flow mapping written by hand may be YAML that is not JSON
    import yaml

    try:
        return yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from exc


def load_settings(folder: Path | None = None) -> tuple[Settings, list[str]]:
    """The saved settings, or defaults; problems are returned as messages, never raised."""
    path = (folder or config_dir()) / SETTINGS_FILE
    if not path.is_file():
        return Settings(), []
    try:
        text = path.read_text(encoding="utf-8")
        raw = _parse(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return Settings(), [f"{path}: could not be read ({exc}); default settings are used"]
    if not isinstance(raw, dict):
        return Settings(), [f"{path}: expected a mapping of settings; default settings are used"]
    raw = _migrate(raw)
    known = Settings().to_dict()
    problems = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            problems.append(f"{path}: unknown setting '{key}' ignored")
            continue
        expected = type(known[key])
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            problems.append(
                f"{path}: setting '{key}' should be {expected.__name__}, got {value!r}; "
                "the default is used"
            )
            continue
        values[key] = value
    settings = Settings(**values)
    if settings.language not in ("en", "fr"):
        problems.append(f"{path}: language '{settings.language}' unknown; use en or fr")
        settings.language = "en"
    if not problems and not _is_json(text):
        # Rewritten once in the JSON style, so later starts read it without PyYAML.
        try:
            save_settings(settings, path.parent)
        except OSError:
            pass
    return settings, problems


def save_settings(settings: Settings, folder: Path | None = None) -> Path:
    """Write atomically so a crash mid-write never leaves a half file."""
    folder = folder or config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SETTINGS_FILE
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(json.dumps(settings.to_dict(), ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
    os.replace(tmp, path)
    return path
