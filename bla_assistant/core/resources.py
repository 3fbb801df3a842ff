"""Where the shipped library data lives: a source checkout, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

DATA_FOLDERS = ("clauses", "checklists", "templates", "exercises", "examples", "clarity_rules")
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def data_root() -> Path:
    """The folder that holds `clauses/`, `checklists/`, `templates/`.

    A wheel carries them in `bla_assistant/_data`; a PyInstaller build puts them next to the
    executable's bundle; a source checkout keeps them at the repository root.
    """
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "bla_assistant" / "_data")
    candidates.append(_PACKAGE_DIR / "_data")
    candidates.append(_PACKAGE_DIR.parent)
    for candidate in candidates:
        if (candidate / "clauses").is_dir():
            return candidate
    raise FileNotFoundError(
        "The clause library was not found next to the program "
        f"(looked in: {', '.join(str(c) for c in candidates)}). Reinstall BLA Assistant."
    )


def data_folder(name: str) -> Path:
    return data_root() / name
