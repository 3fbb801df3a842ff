# ruff: noqa: E501  (the drafts hold one paragraph per line, as real text drafts do)
"""Detection on small synthetic drafts, in English and French, with evidence."""

from __future__ import annotations

import pytest

from bla_assistant.core.documents.reader import document_from_text
from bla_assistant.core.gapcheck.agreement_type import detect_agreement_type
from bla_assistant.core.gapcheck.cue_patterns import compile_cues, cue_regex
from bla_assistant.core.gapcheck.draft_check import GapChecker

CHECKLIST = "ssa-model-provisions"

EN_DRAFT = """Agreement on Social Security between Alphaland and Betaland

The Parties, wishing to coordinate their social security systems, have agreed as follows:

Article 1 - Definitions
"Competent authority" means the minister responsible for social security.
"Period of insurance" means any period of contributions recognised by the legislation.

Article 2 - Posting of workers
A worker who is sent by his employer to the territory of the other Party to carry out work there shall remain subject to the legislation of the first Party, provided that the posting does not exceed 24 months.

Article 3 - Adding up periods
Where the legislation of a Party makes the right to a benefit conditional on periods of insurance, the competent institution shall take into account periods completed under the legislation of the other Party, as if they were periods completed under its own legislation.

Article 4 - Entry into force
This Agreement shall enter into force on the first day of the third month after the last notification.
"""

FR_DRAFT = """Convention de sécurité sociale entre l'Alphalande et la Bêtalande

Les Parties sont convenues des dispositions suivantes :

Article premier - Définitions
« Autorité compétente » désigne le ministre chargé de la sécurité sociale.

Article 2 - Travailleurs détachés
Le travailleur envoyé par son employeur sur le territoire de l'autre Partie demeure soumis à la législation de la première Partie, à condition que la durée du détachement n'excède pas 24 mois.

Article 3 - Totalisation des périodes
Les périodes d'assurance accomplies sous la législation de l'autre Partie sont prises en compte pour l'ouverture du droit aux prestations.

Article 4 - Règlement des différends
Les difficultés relatives à l'interprétation de la présente Convention sont réglées par les autorités compétentes ; à défaut, le différend est soumis à l'arbitrage.
"""


@pytest.fixture(scope="module")
def checker(library):
    assert CHECKLIST in library.checklists
    return GapChecker(library)


def test_english_draft_elements_with_evidence(checker) -> None:
    report = checker.check_document(document_from_text(EN_DRAFT), "auto", [CHECKLIST])
    assert report.type == "SSA" and report.type_detected and report.language == "en"
    expected = {"ssa.definitions": "1", "ssa.detached_workers": "2", "ssa.aggregation": "3",
                "ssa.entry_into_force": "4"}
    for element, article in expected.items():
        item = report.item(element)
        assert item.status == "present", element
        assert item.evidence[0].article == article
        assert 0 < item.evidence[0].confidence <= 1
        assert item.evidence[0].quote  # a sentence quoted from the draft
    posted = report.item("ssa.detached_workers").evidence[0]
    assert posted.heading == "Posting of workers" and "sent by his employer" in posted.quote
    for element in ("ssa.currency_payment", "ssa.overpayment_recovery", "ssa.language"):
        item = report.item(element)
        assert item.status == "missing" and item.evidence == []
        assert item.suggestion == element  # the library clause that fills the gap
        title = checker.library.clauses[element].title["en"]
        assert item.suggestion_title == title and item.suggestion_label().startswith(title)


def test_french_draft_accents_and_case_ignored(checker) -> None:
    text = FR_DRAFT.replace("Totalisation", "TOTALISATION").replace("détachés", "detaches")
    report = checker.check_document(document_from_text(text), "ssa", [CHECKLIST], "auto")
    assert report.language == "fr"
    missing = report.item("ssa.currency_payment")
    assert missing.reason == "aucun article ne prévoit cet élément"
    assert missing.suggestion_title == checker.library.clauses[missing.suggestion].title["fr"]
    for element, article in {"ssa.definitions": "1", "ssa.detached_workers": "2",
                             "ssa.aggregation": "3", "ssa.dispute_settlement": "4"}.items():
        item = report.item(element)
        assert item.status == "present", element
        assert item.evidence[0].article == article


def test_element_mentioned_in_passing_is_not_present(checker) -> None:
    # The transitional rule mentions posting; no article provides a posting rule.
    text = ("Article 1 - Transitional provisions\nIn the case of a person sent to work in the "
            "other territory before the date of entry into force, periods of insurance "
            "completed before that date shall be taken into account.\n")
    report = checker.check_document(document_from_text(text), "ssa", [CHECKLIST], "en")
    assert report.item("ssa.detached_workers").status == "missing"
    assert report.item("ssa.transitional").status == "present"


def test_agreement_type_detection() -> None:
    assert detect_agreement_type(document_from_text(EN_DRAFT)) == "SSA"
    labour = ("Memorandum of Understanding on the recruitment of migrant workers\n"
              "Article 1 - Recruitment\nEmployers shall not charge recruitment fees to "
              "workers. The employment contract shall state the wages.\n")
    assert detect_agreement_type(document_from_text(labour)) == "MoU"
    bla = labour.replace("Memorandum of Understanding", "Agreement")
    assert detect_agreement_type(document_from_text(bla)) == "BLA"


def test_cue_syntax() -> None:
    import re

    assert re.search(cue_regex("periods ... taken into account"),
                     "periods of insurance shall be taken into account")
    assert not re.search(cue_regex("periods ... taken into account"),
                         "periods\nshall be taken into account")  # never across sentences
    assert re.search(cue_regex("détaché*"), "les travailleurs detaches")
    assert not re.search(cue_regex("detach*"), "undetached")
    assert re.search(cue_regex("(before|prior to) (the date of )?entry into force"),
                     "completed prior to the date of entry into force")
    cue = compile_cues([("(claim|appeal)* ... deemed", 1.0)])[0]
    assert len(cue.patterns) == 2 and cue.search("an appeal shall be deemed lodged")


def test_empty_document_reports_everything_missing(checker) -> None:
    report = checker.check_document(document_from_text(""), "ssa", [CHECKLIST], "en")
    assert report.items and all(i.status == "missing" for i in report.items)


def test_lenses_ask_each_type_of_agreement_only_its_own_items(checker) -> None:
    ssa = checker.check_document(document_from_text(EN_DRAFT), "ssa")
    assert {i.checklist for i in ssa.items} >= {"gender-lens", "sadc-portability"}
    assert ssa.items and all(i.element_id.startswith("ssa.") for i in ssa.items)
    assert all(i.severity for i in ssa.items)
    bla = checker.check_document(document_from_text(EN_DRAFT), "bla")
    assert "gender-lens" in {i.checklist for i in bla.items}
    assert bla.items and all(i.element_id.startswith("bla.") for i in bla.items)
    # A checklist asked for by name on the other type of agreement keeps all its items.
    forced = checker.check_document(document_from_text(EN_DRAFT), "bla", [CHECKLIST])
    assert len(forced.items) == len(checker.library.checklists[CHECKLIST].items)
