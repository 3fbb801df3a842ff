"""The flat sequence of paragraphs every reader produces before articles are found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bla_assistant.core.documents.errors import ReadCancelled

Progress = Callable[[float, str], None]
ShouldCancel = Callable[[], bool]


@dataclass(slots=True)
class Block:
    text: str
    # Label computed from Word numbering ("Article 3", "1.", "(a)"); typed labels stay in text.
    label: str = ""
    level: int = 0
    style: str = ""
    # 1-9 when the paragraph is a heading (style or outline level), else 0.
    heading_level: int = 0
    # "body", "table", "footnote", "content_control"
    origin: str = "body"
    bold: bool = False

    @property
    def full_text(self) -> str:
        return f"{self.label} {self.text}".strip() if self.label else self.text


class Ticker:
    """Reports progress at most every `every` steps and honours cancellation."""

    def __init__(self, progress: Progress | None, should_cancel: ShouldCancel | None,
                 start: float, end: float, message: str, every: int = 500) -> None:
        self.progress = progress
        self.should_cancel = should_cancel
        self.start, self.end, self.message, self.every = start, end, message, every

    def tick(self, done: int, total: int) -> None:
        if done % self.every:
            return
        if self.should_cancel is not None and self.should_cancel():
            raise ReadCancelled()
        if self.progress is not None and total:
            share = min(done / total, 1.0)
            self.progress(self.start + (self.end - self.start) * share, self.message)
