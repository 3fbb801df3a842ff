"""The text of a draft as the comparer sees it: one line per printed paragraph.

An article gives its title line ("Article 7 — Detachments") then its paragraphs, each with its
label in front ("2 The competent..."). The first article of a Part or Chapter carries that
heading line in front of its own. Accept-all of the redline must give exactly
`document_lines(B)` and reject-all `document_lines(A)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bla_assistant.core.documents.model import Article, DraftDocument


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    role: str = "body"  # part | heading | body
    level: int = 0
    article: int = -1  # index of the article in its draft
    label: str = ""  # the paragraph label the text starts with ("2", "(a)"), if any


def starts_part(document: DraftDocument, index: int) -> bool:
    """True when the article opens a Part/Chapter: its heading line goes with the article."""
    part = document.articles[index].part
    return bool(part) and (index == 0 or document.articles[index - 1].part != part)


def article_lines(article: Article, index: int, with_part: bool = False) -> list[Line]:
    lines: list[Line] = []
    if with_part:
        lines.append(Line(article.part, "part", 0, index))
    title = article.title_line
    if title:
        lines.append(Line(title, "heading", 0, index))
    for paragraph in article.paragraphs:
        text = f"{paragraph.label} {paragraph.text}" if paragraph.label else paragraph.text
        role = "heading" if paragraph.origin == "heading" else "body"
        lines.append(Line(text, role, paragraph.level, index, paragraph.label))
    return lines


def unit_lines(document: DraftDocument, indices) -> list[Line]:
    return [line for i in indices
            for line in article_lines(document.articles[i], i, starts_part(document, i))]


def document_lines(document: DraftDocument) -> list[Line]:
    return unit_lines(document, range(len(document.articles)))


def document_text(document: DraftDocument) -> list[str]:
    return [line.text for line in document_lines(document)]
