from __future__ import annotations

import subprocess
import zipfile
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from compare_corpus import corpus_file, load, renumber, with_articles
from lxml import etree

from bla_assistant.core.compare.engine import compare_documents
from bla_assistant.core.compare.lines import document_text
from bla_assistant.core.compare.redline_docx import write_redline
from bla_assistant.core.compare.revisions import (
    W,
    count_revisions,
    document_xml,
    paragraph_texts,
    revision_ids,
)
from bla_assistant.core.documents.model import Article, Paragraph


@pytest.fixture(scope="module")
def drafts():
    """Draft A: a real agreement. Draft B: edited, one article moved, one deleted, one new."""
    old = load(corpus_file("canada-india-2012.txt"))
    articles = list(old.articles)
    k7 = next(i for i, a in enumerate(articles) if a.number == "7")
    a7 = articles.pop(k7)
    a7 = replace(a7, paragraphs=(replace(
        a7.paragraphs[0], text=a7.paragraphs[0].text.replace("60 months", "36 months")),))
    articles.insert(k7 + 8, a7)
    del articles[next(i for i, a in enumerate(articles) if a.number == "12")]
    articles.insert(20, Article("99", "ARTICLE 99", "Data sharing", (
        Paragraph("The competent institutions shall exchange data by secure electronic means."),)))
    return old, with_articles(old, renumber(articles))


@pytest.fixture(scope="module")
def comparison(drafts):
    return compare_documents(*drafts)


@pytest.mark.parametrize("moves", [True, False])
def test_accept_all_gives_b_and_reject_all_gives_a(tmp_path, drafts, comparison, moves):
    old, new = drafts
    target = tmp_path / "redline.docx"
    write_redline(comparison, target, moves=moves)
    assert paragraph_texts(target, "accepted") == document_text(new)
    assert paragraph_texts(target, "original") == document_text(old)


def test_revisions_carry_author_per_draft_date_and_unique_ids(tmp_path, comparison):
    target = tmp_path / "redline.docx"
    when = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    write_redline(comparison, target, author_old="Ministry A", author_new="Ministry B", date=when)
    root = document_xml(target)
    authors = {}
    for tag in ("ins", "del", "moveFrom", "moveTo"):
        for element in root.iter(f"{{{W}}}{tag}"):
            authors.setdefault(tag, set()).add(element.get(f"{{{W}}}author"))
            assert element.get(f"{{{W}}}date") == "2026-03-14T09:30:00Z"
    assert authors == {"ins": {"Ministry B"}, "del": {"Ministry A"},
                       "moveFrom": {"Ministry A"}, "moveTo": {"Ministry B"}}
    ids = revision_ids(target)
    assert len(ids) == len(set(ids))
    # Each move range opens and closes with the same id, and both ends share the move name.
    starts = {e.get(f"{{{W}}}id"): e.get(f"{{{W}}}name")
              for tag in ("moveFromRangeStart", "moveToRangeStart")
              for e in root.iter(f"{{{W}}}{tag}")}
    ends = {e.get(f"{{{W}}}id") for tag in ("moveFromRangeEnd", "moveToRangeEnd")
            for e in root.iter(f"{{{W}}}{tag}")}
    assert set(starts) == ends and sorted(starts.values()) == ["move1", "move1"]


def test_moved_article_is_marked_as_a_move_and_the_edit_inside_it_as_an_insertion(
        tmp_path, comparison):
    target = tmp_path / "redline.docx"
    write_redline(comparison, target)
    counts = count_revisions(target)
    assert counts["moveFrom"] >= 1 and counts["moveTo"] >= 1
    root = document_xml(target)
    inserted = ["".join(e.itertext()) for e in root.iter(f"{{{W}}}ins")]
    assert "36" in inserted
    fallback = tmp_path / "plain.docx"
    write_redline(comparison, fallback, moves=False)
    plain = count_revisions(fallback)
    assert plain["moveFrom"] == plain["moveTo"] == 0 and plain["del"] > counts["del"]


def test_tracking_stays_on_and_b_docx_styles_are_kept(tmp_path, comparison):
    import docx

    template = tmp_path / "b.docx"
    document = docx.Document()
    document.styles["Normal"].font.name = "Cambria"
    document.add_paragraph("placeholder body that the redline replaces")
    document.save(str(template))
    target = tmp_path / "redline.docx"
    write_redline(comparison, target, template=template)
    with zipfile.ZipFile(target) as archive:
        settings = etree.fromstring(archive.read("word/settings.xml"))
        styles = archive.read("word/styles.xml").decode()
    assert settings.find(f"{{{W}}}trackRevisions") is not None
    assert "Cambria" in styles
    assert "placeholder body" not in " ".join(paragraph_texts(target, "accepted"))


@pytest.mark.libreoffice
def test_libreoffice_opens_the_redline_with_tracked_changes(tmp_path, comparison, soffice):
    target = tmp_path / "redline.docx"
    write_redline(comparison, target)
    out = tmp_path / "out"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "odt",
         "--outdir", str(out), str(target)],
        check=True, capture_output=True, timeout=120)
    with zipfile.ZipFile(out / "redline.odt") as archive:
        content = archive.read("content.xml").decode()
    assert "<text:tracked-changes" in content
    assert content.count("<text:insertion") >= 3
    assert content.count("<text:deletion") >= 3
    assert "Data sharing" in content


@pytest.mark.libreoffice
def test_libreoffice_round_trip_keeps_accept_and_reject_exact(tmp_path, drafts, comparison,
                                                              soffice):
    # LibreOffice reads our markup and writes its own: if it understood every revision as we
    # meant it, accept-all and reject-all of its file still give B and A.
    old, new = drafts
    target = tmp_path / "redline.docx"
    write_redline(comparison, target)
    out = tmp_path / "out"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(target)],
        check=True, capture_output=True, timeout=120)
    round_trip = out / "redline.docx"
    assert paragraph_texts(round_trip, "accepted") == document_text(new)
    assert paragraph_texts(round_trip, "original") == document_text(old)
    assert count_revisions(round_trip)["moveFrom"] >= 1


@pytest.mark.parametrize("kind", ["split", "merge"])
def test_split_or_merged_paragraphs_are_paragraph_marks(tmp_path, kind):
    old = load(corpus_file("canada-india-2012.txt"))
    articles = list(old.articles)
    k = next(i for i, a in enumerate(articles) if a.number == "7")
    paragraph = articles[k].paragraphs[0]
    first, _, rest = paragraph.text.partition(". ")
    halves = (replace(paragraph, text=first + "."), replace(paragraph, text=rest))
    if kind == "split":
        new_article = replace(articles[k], paragraphs=halves)
    else:
        articles[k] = replace(articles[k], paragraphs=halves)
        old = with_articles(old, articles)
        new_article = replace(articles[k], paragraphs=(paragraph,))
    articles[k] = new_article
    new = with_articles(old, articles)
    comparison = compare_documents(old, new)
    change = next(c for c in comparison.changes if c.new and c.new[0].number == "7")
    assert [e.op for e in change.edits] == [kind]
    assert change.summary.startswith(("Article 7: paragraph split in 2", "Article 7: 2 paragraphs"))
    target = tmp_path / "redline.docx"
    write_redline(comparison, target)
    assert paragraph_texts(target, "accepted") == document_text(new)
    assert paragraph_texts(target, "original") == document_text(old)
    # Only the blank between the two sentences and one paragraph mark change.
    root = document_xml(target)
    changed = ["".join(e.itertext()) for tag in ("ins", "del") for e in root.iter(f"{{{W}}}{tag}")
               if e.getparent().tag != f"{{{W}}}rPr"]
    assert all(not text.strip() for text in changed)
