"""Behaviour of the clarity engine on small drafts written for each case."""

from __future__ import annotations

import pytest

from bla_assistant.core.clarity.document_checks import norm_term, roman_to_int
from bla_assistant.core.clarity.engine import check_clarity, guess_agreement_type
from bla_assistant.core.clarity.rules import load_rules
from bla_assistant.core.clarity.sentences import split_sentences
from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def draft(*articles: tuple[str, str, str], title: str = "Agreement on Labour Migration",
          language: str = "en") -> DraftDocument:
    return DraftDocument(
        path=None, title=title, language=language,
        articles=[Article(number=n, label=f"Article {n}", heading=h,
                          paragraphs=tuple(Paragraph(t) for t in text.split("\n")))
                  for n, h, text in articles])


def rule_ids(findings) -> list[str]:
    return [f.rule_id for f in findings]


def test_sentence_split_keeps_abbreviations_together() -> None:
    text = "See Art. 5 of the Act. The employer shall pay. No. 12 applies."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "See Art. 5 of the Act.", "The employer shall pay.", "No. 12 applies."]


def test_roman_numbers_and_terms() -> None:
    assert roman_to_int("XIV") == 14 and roman_to_int("IX") == 9
    assert roman_to_int("ABC") is None
    assert norm_term("Competent Authorities") == norm_term("competent authority")


@pytest.mark.parametrize(("title", "expected"), [
    ("Agreement on Social Security between A and B", "SSA"),
    ("Accord de sécurité sociale entre A et B", "SSA"),
    ("Memorandum of Understanding on the Recruitment of Workers", "MoU"),
    ("Agreement on the Employment of Domestic Workers", "BLA"),
])
def test_agreement_type_is_guessed_from_the_title(title: str, expected: str) -> None:
    assert guess_agreement_type(draft(("1", "Scope", "Text."), title=title)) == expected


def test_cross_references_roman_ranges_and_other_instruments(rules) -> None:
    doc = draft(
        ("1", "Scope", "This applies subject to Articles II to 3."),
        ("2", "Rights", "As provided in Article 7 of the Labour Code, and in Article 3 of this "
                        "Agreement."),
        ("3", "Disputes", "Disputes are settled under Article 9."),
    )
    findings = check_clarity(doc, rules=rules, only=["missing_cross_reference"],
                             agreement_type="BLA")
    # Article 7 of the Labour Code is another instrument; Articles II to 3 both exist.
    assert [(f.article, f.details) for f in findings] == [("3", ("9",))]


def test_french_cross_reference_article_premier(rules) -> None:
    doc = draft(("1", "Objet", "Voir l'article premier et l'article 4 du présent Accord."),
                title="Accord relatif à la migration de main-d'œuvre", language="fr")
    findings = check_clarity(doc, rules=rules, only=["missing_cross_reference"],
                             agreement_type="BLA")
    assert [f.details for f in findings] == [("4",)]


def test_weak_modal_only_in_articles_about_a_workers_right(rules) -> None:
    text = "The Parties shall endeavour to exchange information."
    about_right = draft(("4", "Accommodation", "The employer shall endeavour to provide housing."))
    about_cooperation = draft(("4", "Exchange of information", text))
    assert rule_ids(check_clarity(about_right, rules=rules, agreement_type="BLA",
                                  only=["weak_modal_worker_right"])) == ["weak_modal_worker_right"]
    assert check_clarity(about_cooperation, rules=rules, agreement_type="BLA",
                         only=["weak_modal_worker_right"]) == []


def test_may_not_and_no_employer_may_are_prohibitions(rules) -> None:
    doc = draft(("5", "Identity documents",
                 "No employer may retain the passport of a worker.\n"
                 "The employer may not withhold wages."))
    assert check_clarity(doc, rules=rules, agreement_type="BLA",
                         only=["weak_modal_worker_right"]) == []


def test_passive_duty_with_agent_is_not_flagged(rules) -> None:
    doc = draft(("7", "Travel", "Return travel shall be provided by the employer.\n"
                               "Medical care shall be provided free of charge."))
    findings = check_clarity(doc, rules=rules, agreement_type="BLA",
                             only=["passive_no_duty_bearer"])
    assert [f.words for f in findings] == ["shall be provided"]
    assert "free of charge" in findings[0].quote


def test_rules_for_blas_do_not_run_on_ssas(rules) -> None:
    doc = draft(("5", "Insurance", "The worker shall be insured."),
                title="Agreement on Social Security")
    assert "insurance_incomplete" not in rule_ids(check_clarity(doc, rules=rules))
    assert "insurance_incomplete" in rule_ids(check_clarity(doc, rules=rules,
                                                            agreement_type="BLA"))


def test_insurance_with_risk_payer_and_beneficiary_is_complete(rules) -> None:
    doc = draft(("5", "Insurance",
                 "The employer shall pay the premium of an insurance covering the worker "
                 "against work injury and death."))
    assert check_clarity(doc, rules=rules, agreement_type="BLA",
                         only=["insurance_incomplete"]) == []


def test_defined_term_used_with_another_determiner_counts_as_used(rules) -> None:
    doc = draft(("1", "Definitions", "“member of the family” means a spouse or child;"),
                ("2", "Benefits", "Benefits are paid to members of his or her family."))
    assert check_clarity(doc, rules=rules, agreement_type="SSA",
                         only=["unused_definition"]) == []


def test_hereinafter_counts_as_a_definition(rules) -> None:
    doc = draft(("1", "Parties", "The ministry (hereinafter the “Sending Authority”) acts."),
                ("2", "Duties", "The Sending Authority keeps records. The Sending Authority "
                                "informs the Receiving Unit."),
                ("3", "Reports", "The Receiving Unit publishes them."))
    findings = check_clarity(doc, rules=rules, agreement_type="BLA",
                             only=["undefined_capitalised_term"])
    assert [f.words for f in findings] == ["Receiving Unit"]


def test_masculine_wording_and_its_neutral_form(rules) -> None:
    doc = draft(("3", "Claims", "A worker shall submit his claim.\n"
                               "A worker shall submit his or her claim."))
    findings = check_clarity(doc, rules=rules, agreement_type="BLA",
                             only=["masculine_only_workers"])
    assert [f.quote for f in findings] == ["A worker shall submit his claim."]


def test_findings_are_in_document_order_and_serialise(rules) -> None:
    doc = draft(("1", "Wages", "The employer shall pay a wage of 300 within 7 days."),
                ("2", "Committee", "The Joint Committee shall meet regularly."))
    findings = check_clarity(doc, rules=rules, agreement_type="BLA")
    assert [f.article for f in findings] == sorted(f.article for f in findings)
    data = findings[0].to_dict()
    assert {"rule", "article", "quote", "suggestion", "severity"} <= set(data)
    assert data["quote"][data["span"][0]:data["span"][1]] == data["words"]


def test_french_weak_modal_and_prohibition(rules) -> None:
    doc = draft(("6", "Logement", "L'employeur peut fournir un logement au travailleur.\n"
                                 "L'employeur ne peut retenir le passeport du travailleur.\n"
                                 "Aucun employeur ne peut exiger de frais."),
                title="Accord relatif à l'emploi", language="fr")
    findings = check_clarity(doc, rules=rules, agreement_type="BLA",
                             only=["weak_modal_worker_right"])
    assert [f.quote for f in findings] == ["L'employeur peut fournir un logement au travailleur."]


def test_french_passive_with_agent_is_not_flagged(rules) -> None:
    doc = draft(("7", "Voyage", "Le billet sera pris en charge par l'employeur.\n"
                               "Le billet sera pris en charge à l'arrivée."),
                title="Accord relatif à l'emploi", language="fr")
    findings = check_clarity(doc, rules=rules, agreement_type="BLA",
                             only=["passive_no_duty_bearer"])
    assert [f.quote for f in findings] == ["Le billet sera pris en charge à l'arrivée."]
