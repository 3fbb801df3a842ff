"""What a gap check found: per checklist item a status, evidence and a suggested clause."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("present", "weak", "missing")


@dataclass
class Evidence:
    # Article number as the draft numbers it, in Arabic digits ("12" for "XII", "P-3" for
    # protocol item 3); "" for the preamble or closing.
    article: str
    heading: str
    quote: str
    confidence: float
    label: str = ""
    kind: str = "article"


@dataclass
class GapItem:
    checklist: str
    element_id: str
    question: str
    severity: str
    status: str
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    suggestion: str | None = None
    suggestion_variant: str | None = None
    reason: str = ""
    # The suggested clause's title, in the report's language.
    suggestion_title: str = ""

    def suggestion_label(self, with_id: bool = True) -> str:
        """"Entry into force (ssa.entry_into_force) [protective]" for a printed report."""
        if not self.suggestion:
            return ""
        label = self.suggestion_title or self.suggestion
        if with_id and self.suggestion_title:
            label += f" ({self.suggestion})"
        return label + (f" [{self.suggestion_variant}]" if self.suggestion_variant else "")


@dataclass
class ChecklistSummary:
    id: str
    title: str
    present: int = 0
    weak: int = 0
    missing: int = 0


@dataclass
class GapReport:
    file: str
    type: str
    type_detected: bool = False
    language: str = "en"
    title: str = ""
    checklists: list[ChecklistSummary] = field(default_factory=list)
    items: list[GapItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    word_count: int = 0
    error: str | None = None

    def item(self, element_id: str, checklist: str | None = None) -> GapItem | None:
        return next((i for i in self.items if i.element_id == element_id
                     and (checklist is None or i.checklist == checklist)), None)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["type"] = self.type.lower()
        if self.error is None:
            del data["error"]
        return data


def error_report(file: str, message: str) -> GapReport:
    return GapReport(file=file, type="", error=message)
