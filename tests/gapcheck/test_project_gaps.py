"""Gap check of projects built in the app: covered / weak / missing, with reasons."""

from __future__ import annotations

from bla_assistant.core.gapcheck.project_gaps import check_project
from bla_assistant.core.project.model import Article, Project

CHECKLIST = "ssa-model-provisions"


def _project(*articles: Article) -> Project:
    project = Project(title={"en": "Agreement on social security"}, agreement_type="SSA")
    for article in articles:
        project.articles.append(article)
    return project


def test_covered_weak_and_missing_with_reasons(library) -> None:
    project = _project(
        Article(uid="def", clause_id="ssa.definitions"),
        Article(uid="post", clause_id="ssa.detached_workers", variant="protective",
                parameters={"posting_months": 72}),
        Article(uid="agg", clause_id="ssa.aggregation", status="contested"),
    )
    report = check_project(project, library, [CHECKLIST])
    assert report.item("ssa.definitions").status == "present"
    assert report.item("ssa.definitions").evidence[0].article == "1"
    posted = report.item("ssa.detached_workers")
    assert posted.status == "weak" and "unusual" in posted.reason and "72" in posted.reason
    assert posted.suggestion == "ssa.detached_workers" and posted.suggestion_variant
    assert "contested" in report.item("ssa.aggregation").reason
    missing = report.item("ssa.language")
    assert missing.status == "missing" and missing.suggestion == "ssa.language"
    summary = report.checklists[0]
    assert summary.present + summary.weak + summary.missing == len(
        library.checklists[CHECKLIST].items)


def test_fallback_variant_and_empty_key_parameter(library) -> None:
    clause = library.clauses["ssa.detached_workers"]
    fallback = clause.variant_of_kind("fallback")
    project = _project(Article(uid="post", clause_id=clause.id, variant=fallback.key))
    item = check_project(project, library, [CHECKLIST]).item("ssa.detached_workers")
    assert item.status == "weak" and "fallback" in item.reason
    in_french = check_project(project, library, [CHECKLIST], "fr").item("ssa.detached_workers")
    assert "variante de repli" in in_french.reason
    key = next(p for p in clause.parameters if p.key)
    project = _project(Article(uid="post", clause_id=clause.id, variant="protective",
                               parameters={key.name: None}))
    item = check_project(project, library, [CHECKLIST]).item("ssa.detached_workers")
    assert item.status == "weak" and "empty" in item.reason


def test_withdrawn_articles_do_not_count(library) -> None:
    project = _project(Article(uid="def", clause_id="ssa.definitions", status="withdrawn"))
    assert check_project(project, library, [CHECKLIST]).item(
        "ssa.definitions").status == "missing"
