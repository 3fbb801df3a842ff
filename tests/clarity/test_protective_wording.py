"""Protective drafting that uses "may" / "peut" is not weak wording of a worker's right.

Each protective sentence has a weak counterpart in the same article, so a rule loosened too far
(or a test that can no longer fail) shows up as a missing finding.
"""

from __future__ import annotations

import pytest

from bla_assistant.core.clarity.engine import check_clarity
from bla_assistant.core.clarity.rules import load_rules
from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph
from bla_assistant.core.library.clause_template import context_defaults, render_variant

WEAK = "weak_modal_worker_right"
HEADING = {"en": "Rights of migrant workers", "fr": "Droits des travailleurs migrants"}


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def findings(rules, text: str, lang: str, heading: str = "", only: str = WEAK) -> list[str]:
    article = Article("4", "Article 4", heading or HEADING[lang],
                      tuple(Paragraph(t) for t in text.split("\n") if t.strip()))
    document = DraftDocument(None, "Agreement", [article], language=lang)
    return [f.quote for f in check_clarity(document, rules=rules, agreement_type="BLA",
                                           only=[only])]


PROTECTIVE = [
    ("en", "Every contract shall contain at least the following terms, which the employer may "
           "improve but not reduce."),
    ("en", "The wage set by the employer may only be improved."),
    ("en", "The terms set by the employer may be improved upon, but not reduced."),
    ("en", "The employer may exceed but not fall below the standards set in the Annex."),
    ("en", "The employer may offer more favourable terms than those of the standard contract."),
    ("en", "The Ministry of Labour shall verify each job order and may refuse one whose terms "
           "fall below this Agreement."),
    ("en", "Complaints against recruitment agencies may be lodged in either country."),
    ("en", "A person residing in the territory of a Party may lodge a claim with the "
           "institution of the place of residence."),
    ("en", "The worker is entitled to home leave with a return ticket at the employer's cost, "
           "and may communicate freely with his or her family."),
    ("en", "The Parties shall encourage cooperation between workers' organisations in both "
           "countries."),
    ("fr", "Tout contrat comporte au moins les clauses suivantes, que l'employeur peut améliorer "
           "mais non réduire."),
    ("fr", "Les conditions fixées par l'employeur peuvent être améliorées mais pas réduites."),
    ("fr", "Le salaire prévu par l'employeur ne peut qu'être amélioré."),
    ("fr", "Les conditions fixées par l'employeur peuvent seulement être améliorées."),
    ("fr", "L'employeur peut prévoir des conditions plus favorables que celles du contrat type."),
    ("fr", "Le Ministère du Travail vérifie l'offre et peut refuser une offre dont les "
           "conditions sont inférieures à celles du présent Accord."),
    ("fr", "Les plaintes contre les agences de recrutement peuvent être déposées dans l'un ou "
           "l'autre pays."),
    ("fr", "La personne qui réside sur le territoire d'une Partie peut présenter une demande de "
           "prestation auprès de l'institution du lieu de résidence."),
    ("fr", "Le travailleur a droit à un congé avec un billet à la charge de l'employeur, et peut "
           "communiquer librement avec sa famille."),
    ("fr", "Les Parties encouragent la coopération entre les organisations de travailleurs des "
           "deux pays."),
]

WEAK_COUNTERPART = {
    "en": "The employer may provide accommodation to the worker.",
    "fr": "L'employeur peut fournir un logement au travailleur.",
}


@pytest.mark.parametrize(("lang", "text"), PROTECTIVE)
def test_protective_wording_is_not_flagged_but_weak_wording_beside_it_is(
        rules, lang: str, text: str) -> None:
    weak = WEAK_COUNTERPART[lang]
    assert findings(rules, f"{text}\n{weak}", lang) == [weak]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The employer may improve the accommodation of the worker."),
    ("en", "The employer may submit an application for the worker's visa."),
    ("en", "The employer may pay the return ticket, at the employer's discretion."),
    ("fr", "L'employeur peut améliorer le logement du travailleur."),
    ("fr", "L'employeur peut présenter une demande de visa pour le travailleur."),
])
def test_the_exceptions_are_narrow(rules, lang: str, text: str) -> None:
    assert findings(rules, text, lang) == [text]


@pytest.mark.parametrize(("lang", "heading"), [("fr", "Besoins de main-d'œuvre")])
def test_a_heading_containing_soins_inside_a_word_is_not_about_health(
        rules, lang: str, heading: str) -> None:
    text = "L'employeur peut fournir un logement au travailleur."
    assert findings(rules, text, lang, heading=heading) == []
    assert findings(rules, text, lang, heading="Soins médicaux") == [text]


def test_meet_a_standard_is_not_a_meeting(rules) -> None:
    text = ("Accommodation shall meet the housing standards of Betaland.\n"
            "The employer shall meet its obligations under the legislation that applies.\n"
            "The Joint Committee shall meet as needed.")
    assert findings(rules, text, "en", heading="Joint Committee",
                    only="meeting_no_periodicity") == ["The Joint Committee shall meet as needed."]


def test_the_librarys_protective_clauses_carry_no_weak_wording(rules, library) -> None:
    flagged = []
    for clause in library.clauses.values():
        variant = clause.variant_of_kind("protective")
        if variant is None:
            continue
        for lang in clause.languages:
            values = {**context_defaults(lang), **clause.default_parameters()}
            text = render_variant(clause, variant.key, lang, values, draft=True)
            heading = clause.heading.get(lang) or clause.title.get(lang, "")
            agreement_type = clause.agreement_types[0]
            article = Article("1", "Article 1", heading,
                              tuple(Paragraph(t) for t in text.split("\n") if t.strip()))
            document = DraftDocument(None, "Agreement", [article], language=lang)
            flagged += [(clause.id, lang, f.rule_id, f.marked_quote())
                        for f in check_clarity(document, rules=rules,
                                               agreement_type=agreement_type,
                                               only=[WEAK, "meeting_no_periodicity"])]
    assert flagged == []
