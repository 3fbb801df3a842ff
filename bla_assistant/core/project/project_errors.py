"""The one error a project file can raise: it names the file, the line and the field."""

from __future__ import annotations

from pathlib import Path


class ProjectFileError(Exception):
    def __init__(self, path: Path | str, line: int, field: str, message: str):
        self.path = Path(path)
        self.line = line
        self.field = field
        self.message = message
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {field + ': ' if field else ''}{message}")


def field_name(path: tuple[str | int, ...]) -> str:
    """("articles", 3, "status") -> "articles[3].status" (0-based, as in the file's list)."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
