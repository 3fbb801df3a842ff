"""The shipped library covers every element, is cited, is bilingual and renders."""

from __future__ import annotations

import pytest

from bla_assistant.core.library.clause_template import (
    context_defaults,
    make_environment,
    render_variant,
)
from bla_assistant.core.library.loader import load_library

LIBRARY = load_library()


def test_library_loads_without_problems():
    assert [str(p) for p in LIBRARY.problems] == []


@pytest.mark.parametrize("element_id", sorted(LIBRARY.elements))
def test_every_element_has_a_cited_bilingual_clause(element_id):
    clauses = LIBRARY.clauses_for_element(element_id)
    assert clauses, f"no clause covers {element_id}"
    for clause in clauses:
        assert clause.sources, f"{clause.id} has no citation"
        assert {"en", "fr"} <= set(clause.languages), f"{clause.id} lacks a French text"


@pytest.mark.parametrize("clause_id", sorted(LIBRARY.clauses))
def test_every_variant_renders_with_defaults_in_both_languages(clause_id):
    clause = LIBRARY.clauses[clause_id]
    assert len(clause.variants) >= 2, "each clause needs a protective and a baseline variant"
    kinds = {v.kind for v in clause.variants}
    assert {"protective", "baseline"} <= kinds
    strict = make_environment(draft=False)
    for lang in ("en", "fr"):
        for key in ("title",):
            assert getattr(clause, key).get(lang), f"{clause_id}: no {lang} {key}"
        for note_part in ("why_it_matters", "pushback", "fallback", "pitfalls"):
            assert getattr(clause.note, note_part).get(lang), f"{clause_id}: note {note_part}"
        values = {**context_defaults(lang), **clause.default_parameters()}
        for variant in clause.variants:
            text = render_variant(clause, variant.key, lang, values, env=strict)
            assert text.strip(), f"{clause_id}/{variant.key}/{lang} renders empty"


def test_checklists_cover_both_agreement_families():
    applies = {t for c in LIBRARY.checklists.values() for t in c.applies_to}
    assert {"BLA", "SSA"} <= applies
    for checklist in LIBRARY.checklists.values():
        for item in checklist.items:
            assert item.question.get("fr"), f"{checklist.id}/{item.element_id}: no French"
            assert item.clauses, f"{checklist.id}/{item.element_id}: no clause fills the gap"


def test_sector_packs_exist_for_each_sector():
    for sector in ("domestic_work", "health_care", "seasonal_agriculture", "construction"):
        assert any(sector in c.sectors for c in LIBRARY.clauses.values()), sector
