"""Answers the app's questions in tests: every question is recorded, answers are scripted."""

from __future__ import annotations

from pathlib import Path


class ScriptedPrompts:
    def __init__(self):
        self.asked: list[tuple] = []
        self.save_changes_answer = "discard"
        self.recover_answer = True
        self.open_answer: Path | None = None
        self.save_answer: Path | None = None
        self.errors: list[tuple[str, str]] = []

    def save_changes(self, name: str) -> str:
        self.asked.append(("save_changes", name))
        return self.save_changes_answer

    def recover(self, when: str, original: str) -> bool:
        self.asked.append(("recover", when, original))
        return self.recover_answer

    def open_path(self, caption: str, filters: str = "") -> Path | None:
        self.asked.append(("open_path", caption))
        return self.open_answer

    def save_path(self, caption: str, suggested: str, filters: str = "") -> Path | None:
        self.asked.append(("save_path", caption, suggested))
        return self.save_answer

    def error(self, title: str, message: str, details: str = "") -> None:
        self.errors.append((title, message))

    def info(self, title: str, message: str) -> None:
        self.asked.append(("info", title, message))
