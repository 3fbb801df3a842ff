"""Suggested rewrites: the rule's rewrite pattern, plus the library's model clause when one fits."""

from __future__ import annotations

from bla_assistant.core.clarity.findings import ModelClause
from bla_assistant.core.clarity.rules import ClarityRule
from bla_assistant.core.documents.model import Article
from bla_assistant.core.library.model import Clause, Library, pick

# Below this similarity an article heading is not taken to be about a clause's topic.
_HEADING_MATCH = 80
_PREFERRED_KINDS = ("protective", "baseline", "fallback")


class SuggestionMaker:
    """Builds suggestion text for findings; caches rendered clauses for one check run."""

    def __init__(self, library: Library | None, lang: str, agreement_type: str = "") -> None:
        self.library = library
        self.lang = lang
        self.agreement_type = agreement_type
        self._models: dict[str, ModelClause | None] = {}

    def clause_for(self, rule: ClarityRule, article: Article | None) -> Clause | None:
        if self.library is None or not rule.clause:
            return None
        if rule.clause != "from_article":
            clause = self._clause_for_element(rule.clause)
        elif article is None:
            return None
        else:
            clause = self._clause_for_heading(article.heading)
        # A BLA clause is no model for an SSA, and the other way round.
        if clause and self.agreement_type and self.agreement_type not in clause.agreement_types:
            return None
        return clause

    def _clause_for_element(self, element_id: str) -> Clause | None:
        assert self.library is not None
        if element_id in self.library.clauses:
            return self.library.clauses[element_id]
        candidates = self.library.clauses_for_element(element_id)
        return sorted(candidates, key=lambda c: c.id)[0] if candidates else None

    def _clause_for_heading(self, heading: str) -> Clause | None:
        assert self.library is not None
        wanted = heading.lower().strip()
        if not wanted:
            return None
        # The gap checklists already say which headings name which element: reuse them.
        for checklist in self.library.checklists.values():
            for item in checklist.items:
                for cue in item.cues.headings.get(self.lang, ()):
                    if cue.lower() in wanted:
                        clause = self._clause_for_element(item.element_id)
                        if clause is not None:
                            return clause
        from rapidfuzz import fuzz

        best, best_score = None, 0.0
        for clause in self.library.clauses.values():
            for text in (pick(clause.heading, self.lang), pick(clause.title, self.lang)):
                if not text:
                    continue
                score = fuzz.token_set_ratio(wanted, text.lower())
                if score > best_score:
                    best, best_score = clause, score
        if best is None or best_score < _HEADING_MATCH:
            return None
        # Offer the element's main clause rather than one of its specialised variants.
        return self._clause_for_element(best.element_ids[0]) or best

    def model(self, clause: Clause) -> ModelClause | None:
        if clause.id in self._models:
            return self._models[clause.id]
        from bla_assistant.core.library.clause_template import context_defaults, render_variant

        variant = next((clause.variant_of_kind(k) for k in _PREFERRED_KINDS
                        if clause.variant_of_kind(k)), clause.variants[0])
        values = {**context_defaults(self.lang), **clause.default_parameters()}
        try:
            text = render_variant(clause, variant.key, self.lang, values, draft=True)
        except (ValueError, KeyError):
            text = ""
        model = ModelClause(clause.id, pick(clause.title, self.lang), variant.key, text) \
            if text else None
        self._models[clause.id] = model
        return model

    def suggestion(self, rule: ClarityRule,
                   article: Article | None) -> tuple[str, ModelClause | None]:
        text = rule.text("rewrite", self.lang)
        clause = self.clause_for(rule, article)
        model = self.model(clause) if clause else None
        if model:
            if self.lang == "fr":
                text += f" Clause type : {model.clause_id} ({model.title})."
            else:
                text += f" Model clause: {model.clause_id} ({model.title})."
        return text, model
