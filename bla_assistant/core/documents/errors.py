"""Errors raised while reading a draft: each names the file and says what to do."""

from __future__ import annotations

from pathlib import Path


class DocumentReadError(Exception):
    """A draft could not be read. The message names the file and the way out."""

    def __init__(self, path: Path | str | None, problem: str, advice: str = "") -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        self.advice = advice
        name = self.path.name if self.path is not None else "document"
        message = f"{name}: {problem}"
        if advice:
            message += f" {advice}"
        super().__init__(message)


class ReadCancelled(Exception):
    """The caller's should_cancel() returned True while the document was being read."""
