"""Gap check of a project built in the app: which checklist items its articles cover.

Each item is "present" (covered by a library clause), "weak" (covered, but the variant is a
fallback, a key parameter is empty or unusual, or the article is contested) or "missing", with
the reason, and each gap with a suggested clause and variant. Articles the user wrote as free
text are read like an imported draft: when only free text seems to provide an element, it is
reported weak ("check the free text") rather than covered.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bla_assistant.core.gapcheck.draft_check import GapChecker, choose_checklists
from bla_assistant.core.gapcheck.gap_reasons import gap_reason
from bla_assistant.core.gapcheck.report import ChecklistSummary, Evidence, GapItem, GapReport
from bla_assistant.core.library.model import Clause, Library, pick
from bla_assistant.core.project.model import Article, Project, text_in


def _value(project: Project, article: Article, clause: Clause, name: str) -> Any:
    if name in article.parameters:
        return article.parameters[name]
    if name in project.parameters:
        return project.parameters[name]
    parameter = clause.parameter(name)
    return parameter.default if parameter else None


def article_weaknesses(project: Project, article: Article, clause: Clause,
                       lang: str = "en") -> list[str]:
    """Why a clause article only weakly provides its elements (empty when it is fine)."""
    reasons: list[str] = []
    variant_key = article.variant or (clause.variants[0].key if clause.variants else None)
    variant = next((v for v in clause.variants if v.key == variant_key), None)
    if variant is not None and variant.kind == "fallback":
        reasons.append(gap_reason("fallback_variant", lang, key=variant.key,
                                  label=pick(variant.label, lang)))
    for parameter in clause.parameters:
        value = _value(project, article, clause, parameter.name)
        label = pick(parameter.label, lang) or parameter.name
        if parameter.key and (value is None or (isinstance(value, str) and not value.strip())):
            reasons.append(gap_reason("empty_key_parameter", lang, label=label))
            continue
        if isinstance(value, int | float) and not isinstance(value, bool):
            unit = f" {parameter.unit}" if parameter.unit else ""
            for key, limit, beyond in (
                    ("unusual_above", parameter.unusual_above, lambda v, x: v > x),
                    ("unusual_below", parameter.unusual_below, lambda v, x: v < x)):
                if limit is not None and beyond(value, limit):
                    reasons.append(gap_reason(key, lang, label=label, value=f"{value:g}{unit}",
                                              limit=f"{limit:g}{unit}"))
    if article.status == "contested":
        reasons.append(gap_reason("contested", lang))
    return reasons


def check_project(project: Project, library: Library,
                  checklists: Iterable[str] | None = None, lang: str = "en") -> GapReport:
    checker = GapChecker(library)
    kind = project.agreement_type
    chosen = choose_checklists(library, kind, list(checklists or []))
    live = project.live_articles
    report = GapReport(file="", type=kind, type_detected=False, language=lang,
                       title=text_in(project.title, lang))
    free_text = _free_text_statuses(project, library, chosen, lang, checker)
    for checklist in chosen:
        summary = ChecklistSummary(checklist.id, pick(checklist.title, lang))
        for item in checklist.items_for(kind):
            covering: list[tuple[int, Article, Clause, list[str]]] = []
            for number, article in enumerate(live, start=1):
                clause = library.clauses.get(article.clause_id or "")
                if clause is not None and item.element_id in clause.element_ids:
                    covering.append((number, article, clause,
                                     article_weaknesses(project, article, clause, lang)))
            clause_id, variant = checker.suggestion(item)
            evidence: list[Evidence] = []
            reason = ""
            if covering:
                covering.sort(key=lambda c: len(c[3]))
                best_reasons = covering[0][3]
                status = "weak" if best_reasons else "present"
                reason = "; ".join(best_reasons)
                for number, article, clause, reasons in covering[:3]:
                    heading = text_in(article.heading, lang) or pick(clause.heading, lang) \
                        or pick(clause.title, lang)
                    evidence.append(Evidence(article=str(number), heading=heading,
                                             quote=pick(clause.summary, lang) or heading,
                                             confidence=0.5 if reasons else 1.0))
                if status == "weak":
                    # Suggest the protective variant of the clause already chosen.
                    clause = covering[0][2]
                    protective = clause.variant_of_kind("protective")
                    clause_id, variant = clause.id, protective.key if protective else variant
            elif item.element_id in free_text:
                status = "weak"
                evidence = free_text[item.element_id]
                reason = gap_reason("free_text_only", lang)
            else:
                status = "missing"
                reason = gap_reason("no_project_article", lang)
            setattr(summary, status, getattr(summary, status) + 1)
            report.items.append(GapItem(
                checklist=checklist.id, element_id=item.element_id,
                question=pick(item.question, lang), severity=item.severity_for(kind) or "",
                status=status, confidence=1.0 if status == "present" else
                (0.5 if status == "weak" else 0.0),
                evidence=evidence,
                suggestion=clause_id if status != "present" else None,
                suggestion_variant=variant if status != "present" else None,
                reason=reason,
                suggestion_title=(checker.clause_title(clause_id, lang)
                                  if status != "present" else "")))
        report.checklists.append(summary)
    return report


def _free_text_statuses(project: Project, library: Library, checklists, lang: str,
                        checker: GapChecker) -> dict[str, list[Evidence]]:
    """Elements the project's free-text articles seem to provide, with their evidence."""
    free_numbers = {str(n) for n, a in enumerate(project.live_articles, start=1) if a.is_free}
    if not free_numbers:
        return {}
    try:
        from bla_assistant.core.project.project_document import project_to_document

        document = project_to_document(project, library, lang)
    except Exception:  # noqa: BLE001 - rendering problems are reported by the editor itself
        return {}
    report = checker.check_document(document, project.agreement_type,
                                    [c.id for c in checklists], lang)
    found: dict[str, list[Evidence]] = {}
    for item in report.items:
        evidence = [e for e in item.evidence if e.article in free_numbers]
        if item.status != "missing" and evidence:
            found[item.element_id] = evidence
    return found
