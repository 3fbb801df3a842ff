"""Clarity rules: loaded from `clarity_rules/*.yaml`, validated, cues compiled once.

A rule is data (what it flags, why, the rewrite pattern, cues in English and French); the
engine only knows a closed set of check kinds (`rule_schema.CHECK_KINDS`) that rules choose from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from jsonschema import Draft202012Validator

from bla_assistant.core.clarity import rule_schema
from bla_assistant.core.library.model import Localised, Source, pick
from bla_assistant.core.library.problems import Problem
from bla_assistant.core.library.schema_messages import describe
from bla_assistant.core.library.yaml_source import YamlLoadError, load_yaml

RULES_FOLDER = "clarity_rules"
_VALIDATOR = Draft202012Validator(rule_schema.RULE_FILE)
_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Cues:
    """One language's compiled cues. Empty tuples mean "no condition"."""

    trigger: tuple[re.Pattern[str], ...] = ()
    with_: tuple[re.Pattern[str], ...] = ()
    unless: tuple[re.Pattern[str], ...] = ()
    article_with: tuple[re.Pattern[str], ...] = ()
    article_unless: tuple[re.Pattern[str], ...] = ()
    document_unless: tuple[re.Pattern[str], ...] = ()
    require: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    ignore: tuple[re.Pattern[str], ...] = ()
    ignore_before: tuple[re.Pattern[str], ...] = ()
    ignore_after: tuple[re.Pattern[str], ...] = ()
    min_uses: int = 1
    definition_markers: tuple[re.Pattern[str], ...] = ()
    external_markers: tuple[re.Pattern[str], ...] = ()
    limit: int | None = None


@dataclass(frozen=True)
class Scope:
    headings: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    text: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    exclude_headings: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    kinds: tuple[str, ...] = ("article", "annex", "protocol")


@dataclass(frozen=True)
class ClarityRule:
    id: str
    title: Localised
    flags: Localised
    why: Localised
    rewrite: Localised
    severity: str
    applies_to: tuple[str, ...]
    check: str
    cues: dict[str, Cues]
    scope: Scope = field(default_factory=Scope)
    clause: str | None = None
    fire_when: str = "any_missing"
    sources: tuple[Source, ...] = ()
    path: Path | None = None

    def cues_for(self, lang: str) -> Cues:
        return self.cues.get(lang) or self.cues["en"]

    def text(self, attribute: str, lang: str) -> str:
        return pick(getattr(self, attribute), lang)


@dataclass
class RuleSet:
    rules: list[ClarityRule] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def rule(self, rule_id: str) -> ClarityRule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


class _PatternErrors(Exception):
    pass


def _compile(patterns: Iterable[str], where: str, errors: list[str]) -> tuple[re.Pattern, ...]:
    compiled = []
    for index, pattern in enumerate(patterns):
        try:
            compiled.append(re.compile(pattern, _FLAGS))
        except re.error as exc:
            errors.append(f"{where}[{index}]: bad regular expression {pattern!r}: {exc}; "
                          "cues are Python regular expressions (escape '(' as '\\(')")
    return tuple(compiled)


def _by_lang(raw: dict | None, where: str, errors: list[str]) -> dict[str, tuple[re.Pattern, ...]]:
    return {lang: _compile(items, f"{where}.{lang}", errors) for lang, items in (raw or {}).items()}


def _cues(raw: dict, where: str, errors: list[str]) -> Cues:
    def c(name: str) -> tuple[re.Pattern, ...]:
        return _compile(raw.get(name, []), f"{where}.{name}", errors)

    return Cues(
        trigger=c("trigger"), with_=c("with"), unless=c("unless"),
        article_with=c("article_with"), article_unless=c("article_unless"),
        document_unless=c("document_unless"),
        require={name: _compile(items, f"{where}.require.{name}", errors)
                 for name, items in raw.get("require", {}).items()},
        ignore=c("ignore"), ignore_before=c("ignore_before"), ignore_after=c("ignore_after"),
        min_uses=raw.get("min_uses", 1), definition_markers=c("definition_markers"),
        external_markers=c("external_markers"), limit=raw.get("limit"),
    )


def _rule(raw: dict, path: Path, where: str, errors: list[str]) -> ClarityRule:
    scope_raw = raw.get("scope", {})
    scope = Scope(
        headings=_by_lang(scope_raw.get("headings"), f"{where}.scope.headings", errors),
        text=_by_lang(scope_raw.get("text"), f"{where}.scope.text", errors),
        exclude_headings=_by_lang(scope_raw.get("exclude_headings"),
                                  f"{where}.scope.exclude_headings", errors),
        kinds=tuple(scope_raw.get("kinds", ("article", "annex", "protocol"))),
    )
    return ClarityRule(
        id=raw["id"], title=raw["title"], flags=raw["flags"], why=raw["why"],
        rewrite=raw["rewrite"], severity=raw["severity"], applies_to=tuple(raw["applies_to"]),
        check=raw["check"],
        cues={lang: _cues(c, f"{where}.cues.{lang}", errors) for lang, c in raw["cues"].items()},
        scope=scope, clause=raw.get("clause"), fire_when=raw.get("fire_when", "any_missing"),
        sources=tuple(
            Source(instrument=s["instrument"], year=s["year"], article=s.get("article", ""),
                   section=s.get("section", ""), verified=s.get("verified", True),
                   note=s.get("note", ""))
            for s in raw.get("sources", [])
        ),
        path=path,
    )


def load_rule_file(path: Path, ruleset: RuleSet) -> None:
    try:
        doc = load_yaml(path)
    except YamlLoadError as exc:
        ruleset.problems.append(exc.problem)
        return
    errors = sorted(_VALIDATOR.iter_errors(doc.data), key=lambda e: list(map(str, e.path)))
    if errors:
        for error in errors:
            line, column = doc.where(tuple(error.absolute_path))
            ruleset.problems.append(Problem(path, line, column, describe(error)))
        return
    known = {r.id: r.path for r in ruleset.rules}
    for index, raw in enumerate(doc.data["rules"]):
        line, column = doc.where(("rules", index))
        if raw["id"] in known:
            ruleset.problems.append(Problem(
                path, line, column,
                f"duplicate clarity rule id '{raw['id']}' (first defined in {known[raw['id']]}); "
                "give this rule its own id"))
            continue
        pattern_errors: list[str] = []
        rule = _rule(raw, path, f"rules[{index}]", pattern_errors)
        if pattern_errors:
            ruleset.problems.extend(Problem(path, line, column, m) for m in pattern_errors)
            continue
        ruleset.rules.append(rule)
        known[rule.id] = path


def load_rules(folders: Iterable[Path] | None = None) -> RuleSet:
    """Load the shipped rules, or the given folders/files. Problems are collected, not raised."""
    if folders is None:
        from bla_assistant.core.resources import data_folder

        folders = [data_folder(RULES_FOLDER)]
    ruleset = RuleSet()
    for folder in folders:
        paths = [folder] if folder.is_file() else sorted(
            p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
        for path in paths:
            load_rule_file(path, ruleset)
    ruleset.problems.sort()
    return ruleset
