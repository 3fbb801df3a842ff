"""Reading the plain-text corpus and the planted-defect drafts for the clarity tests.

Uses the real reader (`bla_assistant.core.documents.reader.read_document`) when it exists;
otherwise a small parser for the corpus layout: blocks separated by blank lines, each article
starting with a line like "ARTICLE XII — Heading".
"""

from __future__ import annotations

import re
from pathlib import Path

from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph

_ARTICLE = re.compile(
    r"^(?P<label>(?:ARTICLE|Article|ARTICLES|art\.)\s+(?P<num>[IVXLC]+|\d+|premier|PREMIER|1er))"
    r"\b\.?\s*(?:[—–:-]\s*(?P<heading>.*))?$")
_PART = re.compile(r"^(PART|PARTIE|CHAPTER|CHAPITRE|TITLE|TITRE|SECTION)\b", re.I)
_ANNEX = re.compile(r"^(?P<label>(?:ANNEX|Annex|ANNEXE|Annexe|SCHEDULE|Schedule)\s*"
                    r"(?P<num>[IVX]+|\d+|[A-Z])?)\b\.?\s*(?:[—–:-]\s*(?P<heading>.*))?$")
_LABEL = re.compile(r"^(\d+\.?|\([a-z]{1,3}\)|[a-z]\)|\([ivx]+\)|[–-])\s+")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text: str) -> int:
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = _ROMAN[char]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def _number(token: str) -> str:
    if token.isdigit():
        return str(int(token))
    if token.lower() in ("premier", "1er"):
        return "1"
    return str(_roman(token))


def _paragraphs(lines: list[str]) -> tuple[Paragraph, ...]:
    out = []
    for line in lines:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        text = line.strip()
        match = _LABEL.match(text)
        label = match.group(1) if match else ""
        out.append(Paragraph(text=text, label=label, level=indent // 4 + (1 if label else 0)))
    return tuple(out)


def parse_text_draft(path: Path, language: str | None = None) -> DraftDocument:
    raw = path.read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if not line.startswith("# ")]
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    title = blocks[0][0].strip() if blocks else path.stem
    articles: list[Article] = []
    part = ""
    seen_article = False
    for index, block in enumerate(blocks[1:], start=1):
        first = block[0].strip()
        article = _ARTICLE.match(first)
        annex = _ANNEX.match(first)
        if _PART.match(first) and len(block) == 1:
            part = first
            continue
        if article:
            seen_article = True
            articles.append(Article(
                number=_number(article.group("num")), label=article.group("label"),
                heading=(article.group("heading") or "").strip(),
                paragraphs=_paragraphs(block[1:]), part=part, position=index))
        elif annex and seen_article:
            articles.append(Article(
                number=annex.group("num") or "", label=annex.group("label").strip(),
                heading=(annex.group("heading") or "").strip(),
                paragraphs=_paragraphs(block[1:]), kind="annex", position=index))
        else:
            kind = "closing" if seen_article else "preamble"
            articles.append(Article(number="", label="", heading="",
                                    paragraphs=_paragraphs(block), kind=kind, position=index))
    if language is None:
        language = "fr" if re.search(r"\b(le|la|les|du|des)\b.*\b(et|de)\b", title) else "en"
    words = len(raw.split())
    return DraftDocument(path=path, title=title, articles=articles, language=language,
                         word_count=words)


def read_draft(path: Path, language: str | None = None) -> DraftDocument:
    """The real reader when it has landed, else the text parser above."""
    try:
        from bla_assistant.core.documents.reader import read_document
    except ImportError:
        return parse_text_draft(path, language)
    document = read_document(path)
    if language:
        document.language = language
    return document
