"""The benchmarks' shared scoring counts hits, misses, false alarms, ablations and evidence."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from benchmarks.accuracy_tally import AccuracyTally
from benchmarks.gap_accuracy import Case


@dataclass
class FakeEvidence:
    article: str


@dataclass
class FakeItem:
    status: str
    evidence: tuple[FakeEvidence, ...] = ()
    confidence: str = "high"


class FakeReport:
    def __init__(self, **items: FakeItem) -> None:
        self.items = items

    def item(self, element: str, checklist: str) -> FakeItem | None:
        assert checklist == "list"
        return self.items.get(element)


def test_hits_misses_false_alarms_ablation_and_evidence_are_counted() -> None:
    case = Case("x", "en", Path("x.txt"), present={"a": {"3"}, "b": {"4"}, "c": {"5"}},
                absent={"d"})
    tally = AccuracyTally("list")
    tally.score("x", case, FakeReport(
        a=FakeItem("present", (FakeEvidence("3"),)),   # hit, right article
        b=FakeItem("weak", (FakeEvidence("9"),)),      # hit, wrong article
        c=FakeItem("missing"),                         # miss
        d=FakeItem("present", (FakeEvidence("7"),)),   # false alarm
    ))
    tally.ablated("x", "a", FakeReport(a=FakeItem("missing")))
    tally.ablated("x", "b", FakeReport(b=FakeItem("present", (FakeEvidence("2"),))))
    result = tally.result()
    overall = result["overall"]
    assert (overall.tp, overall.fp, overall.fn) == (2, 1, 1)
    assert result["per_element"]["d"].precision() == 0.0
    assert result["per_element"]["c"].recall() == 0.0
    assert result["ablation"] == (1, 2)
    assert result["evidence"] == (1, 2)
    assert result["errors"] == [
        "x b: evidence 9 not in ['4']",
        "x c: MISSED (annotated ['5'])",
        "x d: FALSE POSITIVE (art. 7, present, high)",
        "x b: ABLATION still present via art. 2",
    ]


def test_evidence_is_named_as_the_annotations_name_it() -> None:
    case = Case("x", "en", Path("x.txt"), present={"a": {"preamble"}}, absent=set())
    tally = AccuracyTally("list", where=lambda e: e.article or "preamble")
    tally.score("x", case, FakeReport(a=FakeItem("present", (FakeEvidence(""),))))
    assert tally.result()["evidence"] == (1, 1)
