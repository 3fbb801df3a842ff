"""Rendering clause texts: parties fill the context, missing values fail or show placeholders."""

from __future__ import annotations

import pytest
from project_fixtures import sample_project

from bla_assistant.core.drafting.render import RenderError, render_project, split_paragraphs
from bla_assistant.core.project import commands as c
from bla_assistant.core.project.project_document import project_to_document


def test_context_variables_come_from_the_parties(library):
    articles = render_project(sample_project(), library, "en", draft=False)
    fees = articles[0]
    assert fees.number == 1 and fees.heading == "Recruitment fees and related costs"
    assert "the Ministry of Labour of Kenya and the Ministry of Human Resources" in fees.text
    assert "within 30 days" in fees.text
    french = render_project(sample_project(), library, "fr", draft=False)[0]
    assert "le Ministère du Travail du Kenya et le Ministère des Ressources humaines" in french.text


def test_missing_parameter_in_final_mode_names_article_and_parameter(library):
    project = sample_project()
    c.set_override(project, "final", "This Agreement enters into force on {{ eif_date }}.", "en")
    with pytest.raises(RenderError) as caught:
        render_project(project, library, "en", draft=False)
    assert caught.value.number == 2 and caught.value.parameter == "eif_date"
    assert "Article 2 (Entry into force)" in str(caught.value)
    assert "eif_date" in str(caught.value)


def test_missing_parameter_in_draft_mode_is_a_placeholder_span(library):
    project = sample_project()
    # A clause parameter with no value anywhere: drop the clause default through a fresh clause
    c.set_override(project, "final", "Enters into force on {{ eif_date }} for {{ years }} years.",
                   "en")
    article = render_project(project, library, "en", draft=True)[1]
    spans = article.paragraphs[0].spans
    assert [s.text for s in spans if s.placeholder] == ["[eif_date]", "[years]"]
    assert article.placeholders == ("eif_date", "years")


def test_clause_missing_from_library_is_an_error_only_in_final_mode(library):
    project = sample_project()
    c.add_clause_article(project, "bla.not_written_yet")
    with pytest.raises(RenderError, match="not in the library"):
        render_project(project, library, "en", draft=False)
    last = render_project(project, library, "en", draft=True)[-1]
    assert last.source == "missing" and last.paragraphs[0].spans[0].placeholder


def test_withdrawn_articles_leave_the_numbering(library):
    project = sample_project()
    c.set_status(project, "fees", "withdrawn")
    articles = render_project(project, library, "en")
    assert [(a.number, a.uid) for a in articles] == [(1, "final")]


def test_paragraphs_points_and_typed_numbers():
    paras = split_paragraphs("1. First.\n\n2. Second:\n(a) one;\n(b) two.\n\n3. Third.")
    assert [(p.level, p.text) for p in paras] == [
        (1, "First."), (1, "Second:"), (2, "one;"), (2, "two."), (1, "Third.")]
    single = split_paragraphs("Only one paragraph.")
    assert [(p.level, p.text) for p in single] == [(0, "Only one paragraph.")]


def test_project_as_draft_document_for_gap_check_and_compare(library):
    document = project_to_document(sample_project(), library, "en")
    assert document.articles[0].kind == "preamble"
    numbered = document.numbered_articles
    assert [a.label for a in numbered] == ["Article 1", "Article 2"]
    assert [p.label for p in numbered[0].paragraphs] == ["1.", "2.", "3."]
    assert numbered[1].heading == "Entry into force"
    assert "Kenya" in document.articles[0].text
    assert document.word_count > 100


def test_plain_field_shortcut_renders_exactly_like_jinja2(library):
    """Every clause text in the library, both ways: the shortcut must never change a word."""
    from bla_assistant.core.drafting.render import _substitute_simple, shared_environment
    from bla_assistant.core.library.clause_template import context_defaults, render_variant

    checked = 0
    for clause in library.clauses.values():
        values = {**context_defaults("en"), **clause.default_parameters()}
        for variant in clause.variants:
            for lang, source in variant.text.items():
                fast = _substitute_simple(clause.id, source, values)
                if fast is None:
                    continue
                slow = render_variant(clause, variant.key, lang, values,
                                      env=shared_environment())
                assert fast == slow, (clause.id, variant.key, lang)
                checked += 1
    assert checked > 10


def test_a_paragraph_opening_with_a_context_value_starts_with_a_capital():
    paras = split_paragraphs("the Ministry shall act.\n\n(a) the first point;\n\n\ue000x\ue001 y")
    assert paras[0].text == "The Ministry shall act."
    assert paras[1].text == "the first point;"


def test_an_override_in_one_language_leaves_the_others_on_the_model_text(library):
    project = sample_project()
    c.set_override(project, "fees", "Texte négocié.", "fr")
    assert render_project(project, library, "fr")[0].text == "Texte négocié."
    english = render_project(project, library, "en")[0]
    assert english.source == "clause" and "recruitment fee" in english.text


def test_a_broken_field_in_user_text_is_a_clear_error(library):
    project = sample_project()
    c.set_override(project, "final", "In force for {{ years + 'x' }} years.", "en")
    c.set_parameter(project, "final", "years", 5)
    with pytest.raises(RenderError, match=r"Article 2 .*cannot be filled"):
        render_project(project, library, "en", draft=True)
