# ruff: noqa: E501  (the drafts hold one paragraph per line, as real text drafts do)
"""What surrounds a sentence changes what it provides: a list item under a definition, a
reference that only says which persons are meant, a list of benefit branches."""

from __future__ import annotations

import pytest

from bla_assistant.core.documents.reader import document_from_text
from bla_assistant.core.gapcheck.draft_check import GapChecker
from bla_assistant.core.gapcheck.indexed_draft import CARVE_OUT, CROSS_REFERENCE

CHECKLIST = "ssa-model-provisions"

DEFINITION_ONLY = """Agreement on Social Security between Alphaland and Betaland

Article 1 - Definitions
For the purposes of this Agreement:
    (a) "period of coverage" means:
        (i) for Alphaland, a period of contributions used to acquire the right to a benefit;
        (ii) for Betaland, any period of residence which is taken into account for entitlement to a benefit, and any period of insurance which is added for that purpose.
    (b) "benefit" means any pension provided under the legislation of a Party.

Article 2 - Entry into force
This Agreement shall enter into force on the first day of the third month after the last notification.
"""

AGGREGATION_RULE = """
Article 3 - Adding up periods
For entitlement to a benefit, the competent institution of each Party shall take into account periods of coverage completed under the legislation of the other Party.
"""

LIAISON_FR = """Convention de sécurité sociale entre l'Alphalande et la Bêtalande

Article 1 - Organismes de liaison
Les organismes de liaison chargés de l'application de la présente Convention sont désignés par chaque Partie.

Article 2 - Entrée en vigueur
La présente Convention entre en vigueur le premier jour du troisième mois suivant la dernière notification.
"""


@pytest.fixture(scope="module")
def checker(library):
    return GapChecker(library)


def status(checker, text: str, element: str, lang: str = "en") -> str:
    report = checker.check_document(document_from_text(text), "ssa", [CHECKLIST], lang)
    return report.item(element).status


def test_items_under_a_definition_do_not_provide_the_rule_they_mention(checker):
    assert status(checker, DEFINITION_ONLY, "ssa.aggregation") == "missing"
    assert status(checker, DEFINITION_ONLY + AGGREGATION_RULE, "ssa.aggregation") == "present"


def test_designated_liaison_bodies_are_not_a_definition(checker):
    # « désigne » (means) marks a definition; « sont désignés » (are designated) does not.
    assert status(checker, LIAISON_FR, "ssa.administrative_arrangement", "fr") == "present"


@pytest.mark.parametrize(("sentence", "refers"), [
    ("periods credited as provided in article 12 shall be added", True),
    ("the persons referred to in article 3 shall receive equal treatment", False),
    ("les personnes visees aux alineas a) et b) de l'article 3 recoivent un traitement egal",
     False),
    ("subject to articles 7 to 10, the legislation of the party applies", False),
])
def test_a_reference_that_says_who_is_meant_is_not_a_cross_reference(sentence, refers):
    assert (CROSS_REFERENCE.search(CARVE_OUT.sub(" ", sentence)) is not None) is refers


RECITALS_ONLY = """Agreement on Social Security between Alphaland and Betaland

The Parties, desiring to guarantee the rights acquired or in the course of acquisition by their insured persons in respect of old age, invalidity and survivors' pensions, and to terminate any double coverage, have agreed as follows:

Article 1 - Entry into force
This Agreement shall enter into force on the first day of the third month after the last notification.
"""


def test_recitals_do_not_provide_an_operative_rule(checker):
    document = document_from_text(RECITALS_ONLY)
    assert document.articles[0].kind == "preamble"
    report = checker.check_document(document, "ssa", [CHECKLIST], "en")
    for element in ("ssa.duration_termination", "ssa.material_scope"):
        assert report.item(element).status == "missing", element
        assert all(e.kind != "preamble" for e in report.item(element).evidence)


def test_a_preamble_still_states_the_objectives_of_a_labour_agreement(checker):
    text = ("Agreement between Alphaland and Betaland on labour migration\n\n"
            "The Parties, desiring to organise the orderly recruitment of workers and to "
            "protect their rights, have agreed as follows:\n\n"
            "Article 1 - Entry into force\nThis Agreement shall enter into force on signature.\n")
    report = checker.check_document(document_from_text(text), "bla", ["ilo-blma"], "en")
    objectives = report.item("bla.objectives")
    assert objectives.status != "missing"
    assert objectives.evidence[0].kind == "preamble"
