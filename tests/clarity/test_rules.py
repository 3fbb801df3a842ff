"""The shipped clarity rules load cleanly; broken rule files are reported with their line."""

from __future__ import annotations

from pathlib import Path

from bla_assistant.core.clarity.rule_schema import CHECK_KINDS
from bla_assistant.core.clarity.rules import load_rules

ISSUE_RULES = {
    "weak_modal_worker_right", "passive_no_duty_bearer", "duty_no_deadline",
    "undefined_capitalised_term", "unused_definition", "missing_cross_reference",
    "amount_without_currency", "wage_without_period", "insurance_incomplete",
    "social_security_national_law_only", "masculine_only_workers", "female_sector_no_women",
    "termination_silent_on_deployed_workers",
}
# Which cue each check kind cannot work without.
NEEDS = {"sentence": "trigger", "document": "trigger", "undefined_terms": "trigger",
         "unused_definitions": "definition_markers", "cross_references": "trigger",
         "annex_references": "trigger"}


def test_shipped_rules_load_without_problems() -> None:
    rules = load_rules()
    assert rules.problems == []
    assert len(rules.rules) >= 15
    assert ISSUE_RULES <= {r.id for r in rules.rules}


def test_every_rule_is_bilingual_and_complete() -> None:
    for rule in load_rules().rules:
        for field in ("title", "flags", "why", "rewrite"):
            assert getattr(rule, field)["en"] and getattr(rule, field)["fr"], (rule.id, field)
        assert rule.check in CHECK_KINDS
        for lang in ("en", "fr"):
            cues = rule.cues[lang]
            need = NEEDS.get(rule.check)
            if need:
                assert getattr(cues, need), (rule.id, lang, need)
            if rule.check == "article":
                assert cues.trigger or cues.require, (rule.id, lang)
            # A scope written for one language only would leave the other unscoped.
            for kind in ("headings", "text", "exclude_headings"):
                langs = set(getattr(rule.scope, kind))
                assert langs in (set(), {"en", "fr"}), (rule.id, kind, langs)


def test_group_patterns_capture_what_the_check_reads() -> None:
    groups = {"undefined_terms": "term", "cross_references": "nums"}
    for rule in load_rules().rules:
        for cues in rule.cues.values():
            if rule.check in groups:
                assert all(groups[rule.check] in p.groupindex for p in cues.trigger), rule.id
            for pattern in cues.definition_markers:
                assert "term" in pattern.groupindex, rule.id


def test_broken_rule_file_is_reported_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "rules:\n"
        "  - id: bad_rule\n"
        "    title: {en: T, fr: T}\n"
        "    flags: {en: F, fr: F}\n"
        "    why: {en: W, fr: W}\n"
        "    rewrite: {en: R, fr: R}\n"
        "    severity: urgent\n"
        "    applies_to: [BLA]\n"
        "    check: sentence\n"
        "    cues: {en: {trigger: ['x']}, fr: {trigger: ['x']}}\n",
        encoding="utf-8")
    rules = load_rules([bad])
    assert rules.rules == []
    assert len(rules.problems) == 1
    problem = rules.problems[0]
    assert problem.file == bad and problem.line == 7
    assert "severity" in problem.message


def test_bad_regular_expression_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "regex.yaml"
    bad.write_text(
        "rules:\n"
        "  - id: bad_regex\n"
        "    title: {en: T, fr: T}\n"
        "    flags: {en: F, fr: F}\n"
        "    why: {en: W, fr: W}\n"
        "    rewrite: {en: R, fr: R}\n"
        "    severity: low\n"
        "    applies_to: [BLA]\n"
        "    check: sentence\n"
        "    cues: {en: {trigger: ['(unclosed']}, fr: {trigger: ['x']}}\n",
        encoding="utf-8")
    rules = load_rules([bad])
    assert rules.rules == []
    assert "cues.en.trigger[0]" in rules.problems[0].message
    assert rules.problems[0].line == 2


def test_duplicate_rule_id_is_refused(tmp_path: Path) -> None:
    shipped = next(iter(load_rules().rules))
    copy = tmp_path / "copy.yaml"
    copy.write_text(Path(shipped.path).read_text(encoding="utf-8"), encoding="utf-8")
    rules = load_rules([Path(shipped.path), copy])
    assert any("duplicate clarity rule id" in p.message for p in rules.problems)
