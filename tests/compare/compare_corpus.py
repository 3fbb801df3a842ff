"""Real agreements as DraftDocuments, and the edits a counterparty makes to them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bla_assistant.core.documents.model import Article, DraftDocument

CORPUS = Path("/work/shared/corpus/ssa/en")


def load(path: Path) -> DraftDocument:
    """The agreement as the application reads it (the shared reader and article splitter)."""
    from bla_assistant.core.documents.reader import read_document

    return read_document(path)


def corpus_file(name: str) -> Path:
    from conftest import require

    path = CORPUS / name
    require(path.is_file(), f"corpus text not found at {path}")
    return path


def renumber(articles: list[Article], start: int = 1) -> list[Article]:
    """Number the numbered articles 1..n in their current order, as an editor would."""
    out, n = [], start - 1
    for article in articles:
        if article.kind == "article":
            n += 1
            word = article.label.split()[0] if article.label else "ARTICLE"
            article = replace(article, number=str(n), label=f"{word} {n}")
        out.append(article)
    return out


def with_articles(document: DraftDocument, articles: list[Article]) -> DraftDocument:
    return replace(document, articles=list(articles))
