from __future__ import annotations

from dataclasses import replace

import pytest
from compare_corpus import corpus_file, load, renumber, with_articles

from bla_assistant.core.compare.engine import compare_documents
from bla_assistant.core.documents.model import Article, Paragraph


@pytest.fixture(scope="module")
def india():
    return load(corpus_file("canada-india-2012.txt"))


def index_of(document, number):
    return next(i for i, a in enumerate(document.articles) if a.number == number)


def change_of_old(comparison, number):
    return next(c for c in comparison.changes if any(r.number == number for r in c.old))


def test_identical_drafts_have_no_changes(india):
    comparison = compare_documents(india, india)
    assert all(not c.changed for c in comparison.changes)
    assert comparison.summary_lines == ["no differences in text"]


def test_renumbering_alone_is_not_an_edit(india):
    articles = list(india.articles)
    del articles[index_of(india, "4")]
    new = with_articles(india, renumber(articles))
    comparison = compare_documents(india, new)
    kinds = {c.kind for c in comparison.changes}
    assert kinds == {"unchanged", "deleted"}
    assert not any(c.moved for c in comparison.changes)
    renumbered = [c for c in comparison.changes if c.renumbered]
    assert renumbered and all(int(c.old[0].number) == int(c.new[0].number) + 1
                              for c in renumbered)
    assert comparison.summary_lines[0] == "Article 4 on Equality of Treatment deleted"
    assert comparison.summary_lines[-1].startswith("renumbered, text unchanged: Articles 4-")


def test_moved_and_edited_article_reports_old_and_new_numbers(india):
    articles = list(india.articles)
    source = articles.pop(index_of(india, "7"))
    paragraph = source.paragraphs[0]
    edited = replace(source, paragraphs=(
        replace(paragraph, text=paragraph.text.replace("60 months", "36 months")),))
    articles.insert(index_of(india, "15"), edited)
    new = with_articles(india, renumber(articles))
    comparison = compare_documents(india, new)
    change = change_of_old(comparison, "7")
    assert change.moved and change.kind == "modified"
    assert change.new[0].number == "15"
    assert change.summary == ("Article 15 (was 7), moved after Article 14: "
                              "for more than 60 -> 36 months")
    # Nothing else is reported as moved: the rest kept its order.
    assert [c for c in comparison.changes if c.moved] == [change]


def test_inserted_and_deleted_articles_are_named_by_topic(india):
    articles = list(india.articles)
    del articles[index_of(india, "12")]
    articles.insert(index_of(india, "20"), Article(
        "99", "ARTICLE 99", "Data sharing",
        (Paragraph("The competent institutions shall exchange data by secure electronic means."),)))
    new = with_articles(india, renumber(articles))
    lines = compare_documents(india, new).summary_lines
    assert "new Article 20 on data sharing" in lines
    assert any(line.startswith("Article 12 on Periods under the") and line.endswith("deleted")
               for line in lines)


def test_split_article_is_one_unit(india):
    articles = list(india.articles)
    k = index_of(india, "2")
    original = articles[k]
    first = replace(original, paragraphs=original.paragraphs[:2])
    second = Article("3", "ARTICLE 3", "Further legislation", original.paragraphs[2:])
    articles[k:k + 1] = [first, second]
    new = with_articles(india, renumber(articles))
    comparison = compare_documents(india, new)
    change = change_of_old(comparison, "2")
    assert change.kind == "split"
    assert [r.number for r in change.new] == ["2", "3"]
    assert change.summary.startswith("Article 2 split into Articles 2 and 3")
    # The only text change is the new heading line.
    assert [e.op for e in change.edits] == ["insert"]


def test_merged_articles_are_one_unit(india):
    articles = list(india.articles)
    k = index_of(india, "3")
    a3, a4 = articles[k], articles[k + 1]
    articles[k:k + 2] = [replace(a3, paragraphs=a3.paragraphs + a4.paragraphs)]
    new = with_articles(india, renumber(articles))
    comparison = compare_documents(india, new)
    change = change_of_old(comparison, "3")
    assert change.kind == "merged"
    assert [r.number for r in change.old] == ["3", "4"]
    assert change.summary.startswith("Articles 3 and 4 merged into Article 3")


def test_rewritten_text_keeps_its_place(india):
    articles = list(india.articles)
    k = index_of(india, "5")
    a5 = articles[k]
    articles[k] = replace(a5, paragraphs=(replace(
        a5.paragraphs[0], text=a5.paragraphs[0].text.replace("reduction", "cut")),)
        + a5.paragraphs[1:])
    comparison = compare_documents(india, with_articles(india, articles))
    change = change_of_old(comparison, "5")
    assert change.kind == "modified" and not change.moved and not change.renumbered
    assert [(e.old, e.new) for e in change.edits] == [("reduction", "cut")]


def test_french_draft_gets_french_summary_lines():
    old = load(corpus_file("../fr/canada-india-2012.txt"))
    assert old.language == "fr"
    articles = list(old.articles)
    k = index_of(old, "7")
    articles[k] = replace(articles[k], paragraphs=tuple(
        replace(p, text=p.text.replace("60 mois", "36 mois")) for p in articles[k].paragraphs))
    del articles[index_of(old, "4")]
    lines = compare_documents(old, with_articles(old, renumber(articles))).summary_lines
    assert lines[0] == "Article 4 (Égalité de traitement) supprimé"
    assert lines[1].startswith("Article 6 (ancien 7) : de plus de 60 -> 36 mois")
    assert lines[2] == ("renumérotés, texte inchangé : Articles 4-5 (ancien 5-6), "
                        "7-27 (ancien 8-28)")


def test_paragraph_renumbering_inside_an_article_is_not_an_edit(india):
    articles = list(india.articles)
    k = index_of(india, "5")
    a5 = articles[k]
    added = replace(a5.paragraphs[0], text="Benefits shall be paid without delay.")
    relabelled = [replace(p, label=str(int(p.label) + 1)) for p in a5.paragraphs]
    articles[k] = replace(a5, paragraphs=(added, *relabelled))
    change = change_of_old(compare_documents(india, with_articles(india, articles)), "5")
    assert change.kind == "modified"
    assert [(e.op, e.new) for e in change.edits] == [("insert", "1 Benefits shall be paid "
                                                                 "without delay.")]
