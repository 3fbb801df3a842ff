"""Scoring a gap check run against annotations: precision/recall, ablation and evidence.

Shared by the SSA benchmark (gap_accuracy.py) and the labour-agreement one
(gap_accuracy_bla.py), so both count a hit, a miss or a false alarm the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from benchmarks.gap_accuracy import Case


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def article_of(evidence: Any) -> str:
    return evidence.article


@dataclass
class AccuracyTally:
    """Scores of one run. `where` names an evidence's article as the annotations name it."""

    checklist: str
    where: Callable[[Any], str] = article_of
    per_element: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    overall: Tally = field(default_factory=Tally)
    ablation_ok: int = 0
    ablation_total: int = 0
    evidence_ok: int = 0
    evidence_total: int = 0
    errors: list[str] = field(default_factory=list)

    def score(self, label: str, case: Case, report: Any) -> None:
        """Count `report` (the check of the whole text) against the case's annotations."""
        for element in sorted(set(case.present) | case.absent):
            item = report.item(element, self.checklist)
            if item is None:
                continue
            found = item.status != "missing"
            tally = self.per_element[element]
            if element in case.present and found:
                tally.tp += 1
                self.overall.tp += 1
                self.evidence_total += 1
                top = self.where(item.evidence[0]) if item.evidence else None
                if top in case.present[element]:
                    self.evidence_ok += 1
                else:
                    self.errors.append(f"{label} {element}: evidence {top} not in "
                                       f"{sorted(case.present[element])}")
            elif element in case.present:
                tally.fn += 1
                self.overall.fn += 1
                self.errors.append(f"{label} {element}: MISSED (annotated "
                                   f"{sorted(case.present[element])})")
            elif found:
                tally.fp += 1
                self.overall.fp += 1
                where = self.where(item.evidence[0]) if item.evidence else "?"
                self.errors.append(f"{label} {element}: FALSE POSITIVE "
                                   f"(art. {where}, {item.status}, {item.confidence})")

    def ablated(self, label: str, element: str, report: Any) -> None:
        """Count the check of the text without `element`'s annotated articles: it should miss."""
        item = report.item(element, self.checklist)
        self.ablation_total += 1
        if item is not None and item.status == "missing":
            self.ablation_ok += 1
        else:
            where = self.where(item.evidence[0]) if item and item.evidence else "?"
            self.errors.append(f"{label} {element}: ABLATION still "
                               f"{item.status if item else '?'} via art. {where}")

    def result(self) -> dict:
        """The scores in the shape `gap_accuracy.print_results` reads."""
        return {"per_element": self.per_element, "overall": self.overall,
                "ablation": (self.ablation_ok, self.ablation_total),
                "evidence": (self.evidence_ok, self.evidence_total),
                "errors": self.errors}
