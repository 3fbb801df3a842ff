"""Planted-defect drafts: every planted defect is caught; the clean counterparts are not flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bla_assistant.core.clarity.engine import check_clarity
from bla_assistant.core.clarity.rules import load_rules
from bla_assistant.core.documents.reader import read_document

DATA = Path(__file__).resolve().parent.parent / "data" / "clarity"
EXPECTED = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules():
    ruleset = load_rules()
    assert not ruleset.problems, [str(p) for p in ruleset.problems]
    return ruleset


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_planted_defect_is_caught_and_nothing_else(name: str, rules, library) -> None:
    findings = check_clarity(read_document(DATA / name), rules=rules, library=library)
    found = [(f.rule_id, f.article, f.words) for f in findings]
    for want in EXPECTED[name]:
        hits = [f for f in found if f[0] == want["rule"] and f[1] == want["article"]
                and want["words"].lower() in f[2].lower()]
        assert hits, f"{name}: planted {want} not caught; found {found}"
    expected_keys = {(w["rule"], w["article"]) for w in EXPECTED[name]}
    extra = [f for f in found if (f[0], f[1]) not in expected_keys]
    assert not extra, f"{name}: unexpected findings {extra}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_clean_counterpart_is_not_flagged(name: str, rules, library) -> None:
    clean = DATA / name.replace("planted_", "clean_")
    findings = check_clarity(read_document(clean), rules=rules, library=library)
    assert findings == [], [(f.rule_id, f.article, f.marked_quote()) for f in findings]


def test_planted_set_covers_every_rule_in_both_languages(rules) -> None:
    covered: dict[str, set[str]] = {}
    for name, wants in EXPECTED.items():
        lang = "fr" if "_fr" in name else "en"
        for want in wants:
            covered.setdefault(want["rule"], set()).add(lang)
    missing = {r.id: {"en", "fr"} - covered.get(r.id, set()) for r in rules.rules}
    assert {k: v for k, v in missing.items() if v} == {}


def test_findings_carry_quote_span_and_suggestion(rules, library) -> None:
    findings = check_clarity(read_document(DATA / "planted_bla_en.txt"), rules=rules,
                             library=library)
    insurance = next(f for f in findings if f.rule_id == "insurance_incomplete")
    assert insurance.quote == ("The Domestic Worker shall be insured during the period "
                               "of employment.")
    assert insurance.marked_quote().count("[") == 1
    assert set(insurance.details) == {"the risks covered", "who pays the premium"}
    # The library's insurance clause is offered as the rewrite.
    assert insurance.model_clause is not None
    assert insurance.model_clause.clause_id == "bla.insurance"
    assert "bla.insurance" in insurance.suggestion
    assert insurance.model_clause.text
    cross = next(f for f in findings if f.rule_id == "missing_cross_reference")
    assert cross.details == ("14",)


@pytest.mark.parametrize("name", ["planted_bla_en.txt", "planted_bla_fr.txt"])
def test_same_findings_when_the_draft_is_a_word_file(name: str, rules, library,
                                                     tmp_path: Path) -> None:
    from benchmarks.corpus_docx import text_to_docx

    text = (DATA / name).read_text(encoding="utf-8")
    docx = text_to_docx(text, tmp_path / name.replace(".txt", ".docx"))
    from_text = check_clarity(read_document(DATA / name), rules=rules, library=library)
    from_word = check_clarity(read_document(docx), rules=rules, library=library)
    assert [(f.rule_id, f.article, f.words) for f in from_word] == \
        [(f.rule_id, f.article, f.words) for f in from_text]
