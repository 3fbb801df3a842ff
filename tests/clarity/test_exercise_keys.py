"""The trainers' exercises, written independently of the rules, as a recall check: the clarity
check finds most drafting weaknesses their answer keys list (`clarity.<rule>` findings)."""

from __future__ import annotations

from bla_assistant.core.clarity.engine import check_clarity
from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph
from bla_assistant.core.training.exercise_file import load_exercises

# The exercises' names for drafting weaknesses -> the clarity rules that report them.
RULES_FOR_KEY = {
    "clarity.weak_modal": {"weak_modal_worker_right", "unilateral_discretion"},
    "clarity.no_duty_bearer": {"passive_no_duty_bearer"},
    "clarity.no_deadline": {"duty_no_deadline", "meeting_no_periodicity"},
    "clarity.undefined_term": {"undefined_capitalised_term"},
    "clarity.masculine_only": {"masculine_only_workers"},
    "clarity.amount_without_currency": {"amount_without_currency", "wage_without_period"},
    "clarity.missing_cross_reference": {"missing_cross_reference", "missing_annex"},
    "clarity.social_security_national_law_only": {"social_security_national_law_only"},
}


def test_most_exercise_keys_are_found(library) -> None:
    exercises, _problems = load_exercises()
    hits, total, missed = 0, 0, []
    for exercise in exercises:
        keys = [k for k in exercise.key if k.element.startswith("clarity.")]
        for lang, articles in exercise.draft.items():
            document = DraftDocument(
                path=None, title=exercise.title.get(lang, ""), language=lang,
                articles=[Article(number=str(a.number), label=f"Article {a.number}",
                                  heading=a.heading,
                                  paragraphs=tuple(Paragraph(t) for t in a.text.split("\n")
                                                   if t.strip()))
                          for a in articles])
            found = {(f.rule_id, f.article)
                     for f in check_clarity(document, library=library,
                                            agreement_type=exercise.agreement_type)}
            for key in keys:
                assert key.element in RULES_FOR_KEY, f"unknown drafting rule {key.element}"
                total += 1
                if any((rule, str(key.article)) in found for rule in RULES_FOR_KEY[key.element]):
                    hits += 1
                else:
                    missed.append((exercise.id, lang, key.element, key.article))
    assert total >= 10, "exercises with drafting keys are missing"
    # Known misses: a capitalised term used once, a weak modal outside a worker's-right
    # article, French masculine wording reported once per draft at its first use.
    assert hits / total >= 0.6, missed


def test_a_partys_own_treaty_powers_are_not_weak_wording(library) -> None:
    from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph

    def findings(text: str, lang: str, heading: str = "") -> list[str]:
        heading = heading or ("Duration and termination" if lang == "en"
                              else "Durée et dénonciation")
        article = Article("9", "Article 9", heading, (Paragraph(text),))
        document = DraftDocument(None, "t", [article], language=lang)
        return [f.rule_id for f in check_clarity(document, library=library, agreement_type="BLA")]

    assert "weak_modal_worker_right" not in findings(
        "Either Party may terminate this Agreement by written notice.", "en")
    assert "weak_modal_worker_right" not in findings(
        "Chaque Partie peut dénoncer le présent Accord par notification écrite.", "fr")
    # A worker's right written as an option for the employer is still flagged.
    assert "weak_modal_worker_right" in findings(
        "The employer may pay the return ticket of the migrant worker.", "en",
        "Return and repatriation")
