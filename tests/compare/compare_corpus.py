"""A small reader for the corpus .txt layout, so compare tests can build DraftDocuments.

Blocks are separated by blank lines; an article block starts with "ARTICLE XII — Heading".
Only what the comparer needs; the application reads files with `core.documents.reader`.
"""

from __future__ import annotations

import re
from pathlib import Path

from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph

_HEAD = re.compile(r"^(ARTICLE|Article)\s+([0-9IVXLC]+)\s*[—–-]\s*(.*)$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(text: str) -> int:
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        value = _ROMAN[a]
        total += -value if b != " " and _ROMAN.get(b, 0) > value else value
    return total


def parse_agreement(text: str, path: Path | None = None) -> DraftDocument:
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    title = blocks[0].strip()
    articles: list[Article] = []
    for position, block in enumerate(blocks[1:], start=1):
        lines = block.splitlines()
        match = _HEAD.match(lines[0].strip())
        if match:
            word, number, heading = match.groups()
            arabic = number if number.isdigit() else str(roman_to_int(number))
            body = lines[1:]
            articles.append(Article(arabic, f"{word} {number}", heading.strip(),
                                    _paragraphs(body), position=position))
        else:
            kind = "closing" if articles and articles[-1].kind == "article" else "preamble"
            articles.append(Article("", "", "", _paragraphs(lines), kind=kind,
                                    position=position))
    return DraftDocument(path, title, articles, word_count=len(text.split()))


def _paragraphs(lines: list[str]) -> tuple[Paragraph, ...]:
    out = []
    for line in lines:
        stripped = line.lstrip(" ")
        level = (len(line) - len(stripped)) // 4
        out.append(Paragraph(stripped.rstrip(), level=level))
    return tuple(out)


def load(path: Path) -> DraftDocument:
    return parse_agreement(path.read_text(encoding="utf-8"), path)


CORPUS = Path("/work/shared/corpus/ssa/en")


def renumber(articles: list[Article], start: int = 1) -> list[Article]:
    """Number the numbered articles 1..n in their current order, as an editor would."""
    from dataclasses import replace

    out, n = [], start - 1
    for article in articles:
        if article.kind == "article":
            n += 1
            word = article.label.split()[0] if article.label else "ARTICLE"
            article = replace(article, number=str(n), label=f"{word} {n}")
        out.append(article)
    return out


def with_articles(document: DraftDocument, articles: list[Article]) -> DraftDocument:
    from dataclasses import replace

    return replace(document, articles=list(articles))


def corpus_file(name: str) -> Path:
    from conftest import require

    path = CORPUS / name
    require(path.is_file(), f"corpus text not found at {path}")
    return path
