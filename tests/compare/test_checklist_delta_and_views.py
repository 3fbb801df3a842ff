from __future__ import annotations

import json

import pytest

from bla_assistant.core.compare.changes_json import changes_to_dict
from bla_assistant.core.compare.checklist_delta import checklist_delta
from bla_assistant.core.compare.engine import compare_documents
from bla_assistant.core.compare.html_view import render_html
from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph

POSTING = ("A worker sent by an employer to the territory of the other Party shall remain "
           "subject to the legislation of the first Party for 36 months, as a detached worker.")


def draft(*articles: tuple[str, str], title: str = "Agreement on social security") -> DraftDocument:
    return DraftDocument(None, title, [
        Article(str(n), f"Article {n}", heading, (Paragraph(text),))
        for n, (heading, text) in enumerate(articles, 1)
    ])


DEFINITIONS = ("Definitions", "In this Agreement, the competent authority means the minister "
                              "responsible for social security in each Party.")
FINAL = ("Entry into force", "This Agreement enters into force on the first day of the third "
                             "month after the last notification.")


@pytest.fixture
def old():
    return draft(DEFINITIONS, ("Detached workers", POSTING), FINAL)


def delta(library, old, new):
    return checklist_delta(compare_documents(old, new), library, agreement_type="SSA",
                           use_gap_check=False)


def ids(result, key):
    return [item["element_id"] for item in result[key]]


def test_element_lost_when_its_article_goes(library, old):
    result = delta(library, old, draft(DEFINITIONS, FINAL))
    assert ids(result, "lost") == ["ssa.detached_workers"]
    assert "Article 2" in result["lost"][0]["detail"]
    assert result["method"].startswith("checklist cues")


def test_element_gained_when_an_article_provides_it(library, old):
    result = delta(library, draft(DEFINITIONS, FINAL), old)
    assert ids(result, "gained") == ["ssa.detached_workers"]


def test_element_weakened_when_its_wording_is_cut(library, old):
    cut = ("A worker shall remain subject to the legislation of the first Party for 36 months, "
           "as a detached worker.")
    result = delta(library, old, draft(DEFINITIONS, ("Detached workers", cut), FINAL))
    assert ids(result, "weakened") == ["ssa.detached_workers"]
    assert "wording removed" in result["weakened"][0]["detail"]


def test_element_changed_when_its_terms_change(library, old):
    result = delta(library, old, draft(DEFINITIONS, ("Detached workers",
                                                     POSTING.replace("36", "24")), FINAL))
    assert ids(result, "changed") == ["ssa.detached_workers"]
    assert "36 -> 24 months" in result["changed"][0]["detail"]
    assert not result["lost"] and not result["weakened"]


def test_html_view_escapes_text_and_marks_changes(old):
    new = draft(DEFINITIONS, ("Detached workers", POSTING.replace("36", "24") + " <script>"),
                FINAL)
    page = render_html(compare_documents(old, new), title_old="a.docx", title_new="b.docx")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<del>36</del>" in page and "<ins>24</ins>" in page
    assert page.startswith("<!DOCTYPE html>") and "http" not in page


def test_html_view_points_from_old_place_of_a_moved_article(old):
    new = draft(("Detached workers", POSTING), FINAL, DEFINITIONS)
    comparison = compare_documents(old, new)
    page = render_html(comparison)
    moved = [c for c in comparison.changes if c.moved]
    assert len(moved) == 1
    assert f"moved, now {moved[0].new[0].name}" in page


def test_changes_json_is_plain_json_with_format_and_version(old):
    new = draft(("Detached workers", POSTING), DEFINITIONS, FINAL)
    data = json.loads(json.dumps(changes_to_dict(compare_documents(old, new))))
    assert data["format"] == "bla-assistant/compare-changes" and data["version"] == 1
    moved = [c for c in data["changes"] if c["moved"]]
    assert len(moved) == 1 and moved[0]["renumbered"]
    assert {(c["old"][0]["number"], c["new"][0]["number"]) for c in moved} <= {("1", "2"),
                                                                                ("2", "1")}


def test_delta_uses_the_gap_check_on_a_real_agreement(library):
    from dataclasses import replace

    from compare_corpus import corpus_file, load, renumber, with_articles

    old = load(corpus_file("canada-india-2012.txt"))
    articles = list(old.articles)
    k = next(i for i, a in enumerate(articles) if a.number == "7")
    articles[k] = replace(articles[k], paragraphs=tuple(
        replace(p, text=p.text.replace("60 months", "36 months")) for p in articles[k].paragraphs))
    del articles[next(i for i, a in enumerate(articles) if a.number == "4")]
    new = with_articles(old, renumber(articles))
    result = checklist_delta(compare_documents(old, new), library)
    assert result["method"].startswith("gap check")
    assert ids(result, "lost") == ["ssa.equality_of_treatment"]
    assert result["lost"][0]["old_articles"] == ["Article 4"]
    changed = {item["element_id"]: item for item in result["changed"]}
    assert "for more than 60 -> 36 months" in changed["ssa.detached_workers"]["detail"]
    assert not result["gained"]
