"""Score a group's findings against the answer key.

Credit per key finding: 1 for the right element in the right article, 0.5 for the right element
in another article (partial credit), 0 when missed. Each trainee finding earns credit once.
precision = credit earned / findings submitted; recall = weighted credit / weighted key size;
score = harmonic mean of the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bla_assistant.core.training.exercise import Exercise, KeyFinding
from bla_assistant.core.training.results_file import Results, TraineeFinding

FULL, PARTIAL = 1.0, 0.5
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_WORDS = {"premier": "1", "first": "1", "primeiro": "1", "unique": "1"}


def article_number(label: str) -> str:
    """'Art. 7', 'Article VII', 'article 1er', '7.' -> '7'; '' stays ''."""
    text = label.strip().lower()
    text = re.sub(r"^(article|art\.?|artigo|section|sec\.?)\s*", "", text).strip(" .:-")
    if text in _WORDS:
        return _WORDS[text]
    match = re.match(r"(\d+)", text)
    if match:
        return str(int(match.group(1)))
    if text and all(ch in _ROMAN for ch in text):
        total = 0
        for ch, nxt in zip(text, text[1:] + " ", strict=True):
            value = _ROMAN[ch]
            total += -value if nxt in _ROMAN and _ROMAN[nxt] > value else value
        return str(total)
    return text


def _element_matches(trainee: str, key: str) -> bool:
    trainee, key = trainee.strip().lower(), key.strip().lower()
    # A trainee naming the element of a sub-topic ("bla.insurance" for "bla.insurance.health")
    # has found it.
    return trainee == key or key.startswith(trainee + ".") or trainee.startswith(key + ".")


@dataclass(frozen=True)
class FindingFeedback:
    key: KeyFinding
    credit: float
    matched: TraineeFinding | None
    status: str  # found | wrong_article | missed


@dataclass
class Score:
    exercise: str
    group: str
    precision: float
    recall: float
    score: float
    feedback: list[FindingFeedback] = field(default_factory=list)
    unmatched: list[TraineeFinding] = field(default_factory=list)

    def as_dict(self, lang: str = "en") -> dict:
        from bla_assistant.core.library.model import pick

        return {
            "exercise": self.exercise,
            "group": self.group,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "score": round(self.score, 4),
            "feedback": [
                {
                    "key": f.key.id,
                    "element": f.key.element,
                    "article": f.key.article,
                    "status": f.status,
                    "credit": f.credit,
                    "your_article": f.matched.article if f.matched else None,
                    "why": pick(f.key.why, lang),
                    "reference": f.key.reference,
                    "model_fix": pick(f.key.model_fix, lang),
                }
                for f in self.feedback
            ],
            "not_in_key": [
                {"element": t.element, "article": t.article, "comment": t.comment}
                for t in self.unmatched
            ],
        }


def score_results(exercise: Exercise, results: Results) -> Score:
    findings = list(results.findings)
    used: set[int] = set()
    assignment: dict[str, tuple[float, int]] = {}

    # Exact matches first, so a partial match never steals a finding that fits exactly elsewhere.
    for want_exact in (True, False):
        for key in exercise.key:
            if key.id in assignment:
                continue
            for index, finding in enumerate(findings):
                if index in used or not _element_matches(finding.element, key.element):
                    continue
                same_article = (not key.article or
                                article_number(finding.article) == article_number(key.article))
                if want_exact and not same_article:
                    continue
                assignment[key.id] = (FULL if same_article else PARTIAL, index)
                used.add(index)
                break

    feedback = []
    for key in exercise.key:
        credit, index = assignment.get(key.id, (0.0, -1))
        matched = findings[index] if index >= 0 else None
        status = "found" if credit == FULL else "wrong_article" if credit else "missed"
        feedback.append(FindingFeedback(key, credit, matched, status))

    total_weight = sum(k.weight for k in exercise.key)
    recall = sum(f.credit * f.key.weight for f in feedback) / total_weight if total_weight else 0.0
    earned = sum(f.credit for f in feedback)
    precision = earned / len(findings) if findings else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        exercise=exercise.id, group=results.group, precision=precision, recall=recall,
        score=score, feedback=feedback,
        unmatched=[f for i, f in enumerate(findings) if i not in used],
    )
