"""Real agreements, typed into Word, split into the articles they print."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus_docx import corpus_text, text_to_docx
from bla_assistant.core.documents.reader import read_document

ARTICLES = {"canada-philippines-1994": 23, "canada-morocco-1998": 27, "canada-mexico-1995": 28,
            "canada-japan-2006": 20, "canada-india-2012": 28, "canada-china-2015": 18,
            "canada-australia-1988": 22, "canada-jamaica-1983": 21, "canada-germany-1985": 29,
            "canada-brazil-2011": 27}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_corpus_docx_split_into_printed_articles(shared_dir: Path, tmp_path: Path,
                                                 lang: str) -> None:
    for slug, count in ARTICLES.items():
        source = shared_dir / "corpus" / "ssa" / lang / f"{slug}.txt"
        docx = text_to_docx(corpus_text(source), tmp_path / f"{slug}-{lang}.docx")
        doc = read_document(docx)
        main = [a for a in doc.numbered_articles]
        assert [a.number for a in main] == [str(n) for n in range(1, count + 1)], slug
        assert doc.language == lang
        assert doc.articles[0].kind == "preamble"


def test_quebec_entente_article_premier(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / "corpus" / "ssa-nl" / "texts" / "netherlands-quebec-2001.txt"
    doc = read_document(text_to_docx(corpus_text(source), tmp_path / "nq.docx"))
    first = doc.numbered_articles[0]
    assert (first.number, first.label, first.heading) == ("1", "Article 1er", "Définitions")
    assert first.part.startswith("TITRE I")
