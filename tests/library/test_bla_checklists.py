"""The BLA checklists (ILO BLMA, AU, SADC portability) and the three lenses: loading, content rules,
and what the gap check finds with their cues in real and typical labour agreements."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.corpus_docx import corpus_text, text_to_docx

REPO = Path(__file__).resolve().parents[2]
OWN = ("ilo-blma", "au-bla", "gender-lens", "insurance-lens", "irregular-situation-lens",
       "sadc-portability")
LENS_NAMES = {"gender": "gender-lens", "insurance": "insurance-lens",
              "irregular_situation": "irregular-situation-lens"}
BLA_TEXTS = REPO / "benchmarks" / "data" / "bla" / "texts"


def test_own_checklists_load_without_problems(library):
    for checklist_id in OWN:
        assert checklist_id in library.checklists, f"{checklist_id} did not load"
    own_files = {f"{c}.yaml" for c in OWN}
    problems = [str(p) for p in library.problems if Path(p.file).name in own_files]
    assert problems == []


def test_every_item_is_bilingual_with_cues_in_both_languages(library):
    for checklist_id in OWN:
        checklist = library.checklists[checklist_id]
        assert checklist.title.get("fr") and checklist.description.get("fr")
        for item in checklist.items:
            where = f"{checklist_id}/{item.element_id}"
            assert item.question.get("en") and item.question.get("fr"), where
            if item.element_id.startswith("bla."):  # SSA items are copied as the SSA list has them
                assert item.why.get("fr"), where
            for lang in ("en", "fr"):
                assert item.cues.headings.get(lang), f"{where}: no {lang} heading cue"
                assert item.cues.phrases.get(lang) or item.cues.strong.get(lang), where


def test_au_checklist_covers_every_bla_element(library):
    bla_elements = {e for e in library.elements if e.startswith("bla.")}
    covered = {i.element_id for i in library.checklists["au-bla"].items}
    assert covered == bla_elements
    ilo = {i.element_id for i in library.checklists["ilo-blma"].items}
    assert ilo <= bla_elements and len(ilo) >= len(bla_elements) - 1


def _lens_lists(guidance: str) -> dict[str, set[str]]:
    section = guidance.split("## 5.", 1)[1].split("## 6.", 1)[0]
    lists = {}
    for lens in LENS_NAMES:
        match = re.search(rf"\*\*{lens}\*\* covers:(.*?)\.\s", section, re.S)
        assert match, f"lens {lens} not found in guidance-facts section 5"
        lists[lens] = set(re.findall(r"(?:bla|ssa)\.[a-z_]+", match.group(1)))
    return lists


def test_lens_membership_follows_guidance_facts(library, shared_dir):
    guidance = (shared_dir / "reference" / "guidance-facts.md").read_text(encoding="utf-8")
    for lens, elements in _lens_lists(guidance).items():
        checklist = library.checklists[LENS_NAMES[lens]]
        assert checklist.lens == lens
        assert {i.element_id for i in checklist.items} == elements, lens


def test_lens_ssa_items_are_those_of_the_ssa_checklist(library):
    ssa = {i.element_id: i for i in library.checklists["ssa-model-provisions"].items}
    for checklist_id in OWN:
        for item in library.checklists[checklist_id].items:
            if item.element_id.startswith("ssa."):
                model = ssa[item.element_id]
                assert item.question == model.question
                assert item.cues == model.cues  # shared by library.loader.share_cues


def test_unverifiable_guidance_is_cited_as_unverified(library):
    for checklist_id in ("ilo-blma", "au-bla", "sadc-portability"):
        main_source = library.checklists[checklist_id].sources[0]
        assert main_source.verified is False, checklist_id


@pytest.fixture(scope="module")
def checker(library):
    from bla_assistant.core.gapcheck.draft_check import GapChecker

    return GapChecker(library)


def _check(checker, text: str, tmp_path: Path, lang: str, name: str = "draft"):
    from bla_assistant.core.documents.reader import read_document

    document = read_document(text_to_docx(text, tmp_path / f"{name}.docx"))
    return checker.check_document(document, "bla", ["au-bla"], lang)


def _where(report, element: str) -> tuple[str, str | None]:
    item = report.item(element, "au-bla")
    return item.status, (item.evidence[0].article if item.evidence else None)


def test_old_french_recruitment_convention(checker, tmp_path):
    text = corpus_text(BLA_TEXTS / "netherlands-tunisia-1971.txt")
    report = _check(checker, text, tmp_path, "fr", "tunisia")
    assert _where(report, "bla.social_security") == ("present", "16")
    assert _where(report, "bla.remittances")[1] == "17"
    assert _where(report, "bla.entry_into_force")[1] == "29"
    assert _where(report, "bla.joint_committee")[1] == "25"
    for absent in ("bla.domestic_workers", "bla.violence_harassment", "bla.data_protection",
                   "bla.gender_women_workers"):
        assert _where(report, absent)[0] == "missing", absent


# A typical modern labour MoU, as a ministry would draft it (captioned articles, one line each).
MODERN_MOU = "\n\n".join([
    "Memorandum of Understanding between the Government of A and the Government of B"
    " on the Recruitment and Employment of Workers",
    "The Parties, desiring to promote fair recruitment and to protect the rights of migrant"
    " workers, have agreed as follows:",
    "Article 1 — Definitions\nFor the purposes of this Memorandum, \"employer\" means a person"
    " who employs a worker under this Memorandum.",
    "Article 2 — Recruitment costs\nNo recruitment fees or related costs shall be charged to"
    " workers, directly or indirectly. Employers shall bear the cost of visas and air tickets.",
    "Article 3 — Employment contract\nEach worker shall sign a standard employment contract,"
    " written in a language the worker understands, before departure.",
    "Article 4 — Travel documents\nEmployers shall not retain the passports or identity"
    " documents of workers.",
    "Article 5 — Women workers\nWomen workers shall enjoy maternity protection, and no worker"
    " shall be dismissed because of pregnancy.",
    "Article 6 — Joint Working Group\nThe Parties shall establish a Joint Working Group which"
    " shall meet at least once a year, alternately in each country.",
    "Article 7 — Entry into force and termination\nThis Memorandum shall enter into force on"
    " the date of signature and shall remain in force for three years. Either Party may"
    " terminate it by written notice through diplomatic channels.",
    # A passing mention of social security, permits and trafficking: none of them is provided.
    "Article 8 — Competent authorities\nThe Ministries of Labour are responsible for"
    " implementing this Memorandum and shall coordinate with the bodies in charge of"
    " immigration, work permits, social security and the fight against trafficking.",
])


def test_typical_modern_mou_in_english(checker, tmp_path):
    report = _check(checker, MODERN_MOU, tmp_path, "en", "mou")
    expected = {"bla.definitions": "1", "bla.fair_recruitment_no_fees": "2",
                "bla.employment_contract": "3", "bla.identity_documents_retention": "4",
                "bla.gender_women_workers": "5", "bla.joint_committee": "6",
                "bla.entry_into_force": "7", "bla.duration_renewal_termination": "7",
                "bla.competent_authorities": "8"}
    for element, article in expected.items():
        status, where = _where(report, element)
        assert status != "missing" and where == article, (element, status, where)
    for absent in ("bla.social_security", "bla.remittances", "bla.domestic_workers",
                   "bla.migration_status_job_mobility", "bla.irregular_migration_trafficking"):
        assert _where(report, absent)[0] == "missing", absent


DRAFTS = Path(__file__).resolve().parents[1] / "data" / "drafts"


@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("domestic-workers-mou.en.txt", "en", {
        "bla.recruitment_agencies_licensing": "3", "bla.fair_recruitment_no_fees": "4",
        "bla.employment_contract": "5", "bla.contract_substitution_prohibited": "5",
        "bla.wages_payment": "6", "bla.working_time_rest_leave": "7",
        "bla.identity_documents_retention": "8", "bla.health_care": "9", "bla.insurance": "9",
        "bla.complaints_access_to_justice": "10", "bla.return_reintegration": "11",
        "bla.orientation_pre_departure_post_arrival": "12", "bla.joint_committee": "13",
        "bla.dispute_settlement_parties": "14", "bla.amendment": "15",
        "bla.entry_into_force": "16"}),
    ("labour-migration-accord.fr.txt", "fr", {
        "bla.objectives": "1", "bla.definitions": "2", "bla.fair_recruitment_no_fees": "3",
        "bla.recruitment_agencies_licensing": "3", "bla.employment_contract": "4",
        "bla.non_discrimination_equal_treatment": "5", "bla.social_security": "6",
        "bla.remittances": "7", "bla.return_reintegration": "8",
        "bla.irregular_migration_trafficking": "9", "bla.joint_committee": "10",
        "bla.dispute_settlement_parties": "11", "bla.duration_renewal_termination": "12"}),
])
def test_modern_drafts_in_captioned_articles(checker, tmp_path, name, lang, expected):
    """Drafts written the way ministries write labour agreements today (plural agencies,
    a contract 'replaced or altered to the detriment' of the worker, licensed agencies in
    French), each element in the article that provides it."""
    text = (DRAFTS / name).read_text(encoding="utf-8")
    report = _check(checker, text, tmp_path, lang, name.split(".")[0])
    for element, article in expected.items():
        assert _where(report, element) == ("present", article), element
