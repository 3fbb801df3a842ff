"""The text of a draft as the comparer sees it: one line per printed paragraph.

An article gives its title line ("Article 7 — Detachments") then its paragraphs, each with its
label in front ("2 The competent..."). Accept-all of the redline must give exactly
`document_lines(B)` and reject-all `document_lines(A)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bla_assistant.core.documents.model import Article, DraftDocument


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    role: str = "body"  # heading | body
    level: int = 0
    article: int = -1  # index of the article in its draft


def article_lines(article: Article, index: int) -> list[Line]:
    lines: list[Line] = []
    title = article.title_line
    if title:
        lines.append(Line(title, "heading", 0, index))
    for paragraph in article.paragraphs:
        text = f"{paragraph.label} {paragraph.text}" if paragraph.label else paragraph.text
        role = "heading" if paragraph.origin == "heading" else "body"
        lines.append(Line(text, role, paragraph.level, index))
    return lines


def document_lines(document: DraftDocument) -> list[Line]:
    return [line for i, a in enumerate(document.articles) for line in article_lines(a, i)]


def document_text(document: DraftDocument) -> list[str]:
    return [line.text for line in document_lines(document)]
