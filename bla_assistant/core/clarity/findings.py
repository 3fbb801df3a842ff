"""What the clarity check reports: one finding per weak passage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class ModelClause:
    clause_id: str
    title: str
    variant: str
    text: str


@dataclass(frozen=True)
class ClarityFinding:
    rule_id: str
    severity: str
    # Article number as the draft numbers it ("7"); "" for the preamble or closing.
    article: str
    article_title: str
    # The sentence quoted in full, and the offending words' offsets inside it.
    quote: str
    span: tuple[int, int]
    # What is wrong here, in the document's language (rule text plus specifics).
    message: str
    suggestion: str
    model_clause: ModelClause | None = None
    details: tuple[str, ...] = field(default_factory=tuple)
    # Where the quote sits: paragraph index in the article and offset in the paragraph.
    paragraph: int = 0
    offset: int = 0

    @property
    def words(self) -> str:
        return self.quote[self.span[0]:self.span[1]]

    def marked_quote(self, left: str = "[", right: str = "]") -> str:
        a, b = self.span
        if a == b:
            return self.quote
        return f"{self.quote[:a]}{left}{self.quote[a:b]}{right}{self.quote[b:]}"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule_id,
            "article": self.article,
            "article_title": self.article_title,
            "quote": self.quote,
            "words": self.words,
            "span": list(self.span),
            "message": self.message,
            "suggestion": self.suggestion,
            "severity": self.severity,
        }
        if self.details:
            data["details"] = list(self.details)
        if self.model_clause:
            data["model_clause"] = {
                "id": self.model_clause.clause_id, "title": self.model_clause.title,
                "variant": self.model_clause.variant, "text": self.model_clause.text,
            }
        return data


def sort_findings(findings: list[ClarityFinding], order: dict[str, int]) -> list[ClarityFinding]:
    """Document order, then severity; `order` maps article numbers to their position."""
    return sorted(findings, key=lambda f: (order.get(f.article, -1), f.paragraph, f.offset,
                                           SEVERITY_ORDER.get(f.severity, 3), f.rule_id))
