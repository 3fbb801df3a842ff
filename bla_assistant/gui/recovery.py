"""Autosave to a recovery file every minute; offer it back after a crash."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import yaml

from bla_assistant.core.settings import recovery_dir

RECOVERY_FILE = "autosave.bla.yaml"
INFO_FILE = "autosave.info.yaml"


def recovery_paths() -> tuple[Path, Path]:
    folder = recovery_dir()
    return folder / RECOVERY_FILE, folder / INFO_FILE


def write_recovery(text: str, original: Path | None) -> Path:
    """Runs on a worker thread: the project text was dumped on the GUI thread."""
    data_path, info_path = recovery_paths()
    data_path.parent.mkdir(parents=True, exist_ok=True)
    for path, content in (
        (data_path, text),
        (info_path, yaml.safe_dump({
            "original": str(original) if original else "",
            "saved_at": datetime.datetime.now().isoformat(timespec="seconds"),
        })),
    ):
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    return data_path


def pending_recovery() -> tuple[Path, str, str] | None:
    """(recovery file, when, original path) when a previous session left unsaved work."""
    data_path, info_path = recovery_paths()
    if not data_path.is_file():
        return None
    info: dict = {}
    try:
        info = yaml.safe_load(info_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        pass
    when = str(info.get("saved_at", "")).replace("T", " ")
    return data_path, when, str(info.get("original", ""))


def clear_recovery() -> None:
    for path in recovery_paths():
        path.unlink(missing_ok=True)
