"""Compare two files and write the outputs: the one entry point for the CLI and the GUI.

Long drafts take about a second; the GUI runs this in a worker and passes `progress(fraction,
message)` and `should_cancel()` plain callables (no Qt here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bla_assistant.core.compare.checklist_delta import checklist_delta
from bla_assistant.core.compare.engine import compare_documents
from bla_assistant.core.compare.inputs import load_draft
from bla_assistant.core.compare.model import Comparison
from bla_assistant.core.compare.redline_docx import RedlineStats, write_redline
from bla_assistant.core.library.model import Library

Progress = Callable[[float, str], None]
ShouldCancel = Callable[[], bool]


class CompareCancelled(Exception):
    """should_cancel() returned True."""


@dataclass
class CompareResult:
    comparison: Comparison
    checklist_delta: dict | None
    old_path: Path
    new_path: Path

    @property
    def summary_lines(self) -> list[str]:
        return self.comparison.summary_lines


def compare_files(old_path: Path, new_path: Path, library: Library, *, lang: str = "en",
                  agreement_type: str | None = None, checklist: bool = True,
                  progress: Progress | None = None,
                  should_cancel: ShouldCancel | None = None) -> CompareResult:
    """Load both drafts (.docx, .txt, .odt, .bla.yaml...), compare them, find the checklist delta.

    Raises `CompareInputError` naming the file when an input cannot be read.
    """
    steps = [("Reading the earlier draft", 0.0), ("Reading the later draft", 0.3),
             ("Aligning articles and comparing", 0.6), ("Checking the checklist", 0.9)]

    def step(k: int) -> None:
        if should_cancel and should_cancel():
            raise CompareCancelled()
        if progress:
            progress(steps[k][1], steps[k][0])

    step(0)
    old = load_draft(old_path, library=library, lang=lang)
    step(1)
    new = load_draft(new_path, library=library, lang=lang)
    step(2)
    comparison = compare_documents(old, new)
    delta = None
    if checklist:
        step(3)
        delta = checklist_delta(comparison, library, agreement_type=agreement_type)
    if progress:
        progress(1.0, "Done")
    return CompareResult(comparison, delta, Path(old_path), Path(new_path))


def write_outputs(result: CompareResult, *, redline: Path | None = None,
                  html: Path | None = None, changes: Path | None = None,
                  author_old: str | None = None, author_new: str | None = None,
                  moves: bool = True, date: datetime | None = None) -> RedlineStats | None:
    """Write whichever outputs are asked for; returns the redline's counts when one is written."""
    stats = None
    if redline is not None:
        template = result.new_path if result.new_path.suffix.lower() == ".docx" else None
        stats = write_redline(
            result.comparison, redline,
            author_old=author_old or f"A: {result.old_path.name}",
            author_new=author_new or f"B: {result.new_path.name}",
            date=date, moves=moves, template=template)
    if html is not None:
        from bla_assistant.core.compare.html_view import write_html

        write_html(result.comparison, html, title_old=result.old_path.name,
                   title_new=result.new_path.name, checklist_delta=result.checklist_delta)
    if changes is not None:
        from bla_assistant.core.compare.changes_json import write_changes_json

        write_changes_json(result.comparison, changes, checklist_delta=result.checklist_delta)
    return stats
