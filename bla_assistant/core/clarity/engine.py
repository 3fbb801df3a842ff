"""The drafting clarity check: runs every applicable rule over a DraftDocument.

Rules are data (`clarity_rules/`); this module implements the check kinds they choose from:
- `sentence`: a sentence matches a trigger cue and none of its `unless` cues;
- `article`: an article in scope lacks one (or all) of the `require` cue groups;
- `document`: the whole draft matches a trigger but lacks a `require` group (reported once);
- `undefined_terms`, `unused_definitions`, `cross_references`, `annex_references`: the
  document-structure checks in `document_checks.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bla_assistant.core.clarity.findings import ClarityFinding, sort_findings
from bla_assistant.core.clarity.rules import ClarityRule, Cues, RuleSet, load_rules
from bla_assistant.core.clarity.sentences import Sentence, article_sentences
from bla_assistant.core.clarity.suggestions import SuggestionMaker
from bla_assistant.core.documents.model import Article, DraftDocument
from bla_assistant.core.library.model import Library


@dataclass
class ArticleView:
    """An article with its text and sentences computed once per run."""

    article: Article
    paragraphs: list[str]
    text: str
    sentences: list[Sentence]
    heading: str


class CheckContext:
    def __init__(self, document: DraftDocument, lang: str, agreement_type: str,
                 library: Library | None) -> None:
        self.document = document
        self.lang = lang
        self.agreement_type = agreement_type
        self.views = [self._view(a) for a in document.articles]
        self.full_text = "\n".join(v.text for v in self.views)
        self.suggestions = SuggestionMaker(library, lang, agreement_type)
        self.findings: list[ClarityFinding] = []

    @staticmethod
    def _view(article: Article) -> ArticleView:
        paragraphs = [p.text for p in article.paragraphs if p.origin != "heading"]
        return ArticleView(article, paragraphs, "\n".join(paragraphs),
                           article_sentences(paragraphs), article.heading or "")

    def in_scope(self, rule: ClarityRule, view: ArticleView) -> bool:
        scope = rule.scope
        if view.article.kind not in scope.kinds:
            return False
        if _any(scope.exclude_headings.get(self.lang, ()), view.heading):
            return False
        headings = scope.headings.get(self.lang, ())
        texts = scope.text.get(self.lang, ())
        if not headings and not texts:
            return True
        return _any(headings, view.heading) or _any(texts, view.text)

    def emit(self, rule: ClarityRule, view: ArticleView | None, sentence: Sentence | None,
             span: tuple[int, int], details: Iterable[str] = (), extra: str = "") -> None:
        message = rule.text("flags", self.lang)
        details = tuple(details)
        if extra:
            message = f"{message} {extra}"
        elif details:
            label = "Manque :" if self.lang == "fr" else "Missing:"
            message = f"{message} {label} {', '.join(details)}."
        article = view.article if view else None
        suggestion, model = self.suggestions.suggestion(rule, article)
        quote = sentence.text if sentence else (article.title_line if article else "")
        self.findings.append(ClarityFinding(
            rule_id=rule.id, severity=rule.severity,
            article=article.number if article else "",
            article_title=article.title_line if article else "",
            quote=quote, span=span if sentence else (0, 0), message=message,
            suggestion=suggestion, model_clause=model, details=details,
            paragraph=sentence.paragraph if sentence else 0,
            offset=sentence.start if sentence else 0,
        ))


def _any(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def first_match(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    best = None
    for pattern in patterns:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    return best


def _missing(cues: Cues, text: str) -> list[str]:
    return [name for name, patterns in cues.require.items() if not _any(patterns, text)]


def _fires(rule: ClarityRule, cues: Cues, missing: list[str]) -> bool:
    if not missing:
        return False
    return rule.fire_when == "any_missing" or len(missing) == len(cues.require)


def check_sentences(rule: ClarityRule, ctx: CheckContext) -> None:
    cues = rule.cues_for(ctx.lang)
    if _any(cues.document_unless, ctx.full_text):
        return
    count = 0
    for view in ctx.views:
        if not ctx.in_scope(rule, view):
            continue
        if cues.article_with and not _any(cues.article_with, view.text):
            continue
        if _any(cues.article_unless, view.text):
            continue
        for sentence in view.sentences:
            match = first_match(cues.trigger, sentence.text)
            if match is None:
                continue
            if cues.with_ and not _any(cues.with_, sentence.text):
                continue
            if _any(cues.unless, sentence.text):
                continue
            ctx.emit(rule, view, sentence, match.span())
            count += 1
            if cues.limit and count >= cues.limit:
                return


def check_articles(rule: ClarityRule, ctx: CheckContext) -> None:
    cues = rule.cues_for(ctx.lang)
    if _any(cues.document_unless, ctx.full_text):
        return
    count = 0
    for view in ctx.views:
        if not ctx.in_scope(rule, view) or not view.sentences:
            continue
        if cues.article_with and not _any(cues.article_with, view.text):
            continue
        if _any(cues.article_unless, view.text):
            continue
        sentence, span = view.sentences[0], (0, 0)
        if cues.trigger:
            hit = next(((s, m) for s in view.sentences
                        if (m := first_match(cues.trigger, s.text))), None)
            if hit is None:
                continue
            sentence, span = hit[0], hit[1].span()
        missing = _missing(cues, view.text)
        if _fires(rule, cues, missing):
            ctx.emit(rule, view, sentence, span, details=missing)
            count += 1
            if cues.limit and count >= cues.limit:
                return


def check_document(rule: ClarityRule, ctx: CheckContext) -> None:
    cues = rule.cues_for(ctx.lang)
    if _any(cues.document_unless, ctx.full_text):
        return
    for view in ctx.views:
        if not ctx.in_scope(rule, view):
            continue
        for sentence in view.sentences:
            match = first_match(cues.trigger, sentence.text)
            if match is None:
                continue
            missing = _missing(cues, ctx.full_text)
            if _fires(rule, cues, missing) or not cues.require:
                ctx.emit(rule, view, sentence, match.span(), details=missing)
            return


def guess_agreement_type(document: DraftDocument) -> str:
    """SSA, MoU or BLA, decided as the gap check decides it; the user can override it."""
    from bla_assistant.core.gapcheck.agreement_type import detect_agreement_type

    return detect_agreement_type(document)


def _checks():
    from bla_assistant.core.clarity import document_checks

    return {
        "sentence": check_sentences,
        "article": check_articles,
        "document": check_document,
        "undefined_terms": document_checks.check_undefined_terms,
        "unused_definitions": document_checks.check_unused_definitions,
        "cross_references": document_checks.check_cross_references,
        "annex_references": document_checks.check_annex_references,
    }


def check_clarity(
    document: DraftDocument,
    rules: RuleSet | None = None,
    library: Library | None = None,
    agreement_type: str | None = None,
    only: Iterable[str] | None = None,
) -> list[ClarityFinding]:
    """Findings for `document`, in document order. `only` limits the run to some rule ids."""
    rules = rules if rules is not None else load_rules()
    lang = "fr" if document.language.lower().startswith("fr") else "en"
    agreement_type = agreement_type or guess_agreement_type(document)
    ctx = CheckContext(document, lang, agreement_type, library)
    wanted = set(only) if only is not None else None
    checks = _checks()
    for rule in rules.rules:
        if wanted is not None and rule.id not in wanted:
            continue
        if agreement_type not in rule.applies_to:
            continue
        checks[rule.check](rule, ctx)
    order = {a.number: i for i, a in enumerate(document.articles)}
    return sort_findings(ctx.findings, order)
