"""Training exercises: a scenario, a flawed draft, tasks, and the answer key."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

Localised = dict[str, str]


@dataclass(frozen=True)
class DraftArticle:
    number: str
    heading: str
    text: str


@dataclass(frozen=True)
class KeyFinding:
    """One planted gap or ambiguity the trainees should find."""

    id: str
    # An element id ("bla.insurance") for a gap, or "clarity.<rule>" for a drafting weakness.
    element: str
    # Where it is: the article that is weak, or where the missing provision belongs ("" = anywhere).
    article: str
    why: Localised
    reference: str
    model_fix: Localised
    weight: float = 1.0


@dataclass(frozen=True)
class Scenario:
    corridor: Localised
    sector: str
    interests: dict[str, Localised]  # party name -> its interests


@dataclass
class Exercise:
    id: str
    title: Localised
    languages: tuple[str, ...]
    scenario: Scenario
    tasks: Localised
    time_box_minutes: int
    agreement_type: str
    key: tuple[KeyFinding, ...]
    draft: dict[str, tuple[DraftArticle, ...]] = field(default_factory=dict)
    folder: Path | None = None

    def draft_file(self, lang: str) -> Path | None:
        if self.folder is None:
            return None
        path = self.folder / f"draft.{lang}.docx"
        return path if path.exists() else None

    def key_finding(self, finding_id: str) -> KeyFinding | None:
        return next((k for k in self.key if k.id == finding_id), None)
