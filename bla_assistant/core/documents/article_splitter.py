"""Split a flat list of blocks into articles, whatever convention the draft follows.

Recognised article headings, in order of trust:
1. labelled headings: "Article 1", "ARTICLE XII — Benefits", "Art. 3", "Article premier",
   "Article 1er", "Artículo 2", "المادة 3" (typed or produced by Word numbering);
2. "Section 2" when the draft has no "Article" headings (otherwise sections group articles);
3. numbered headings ("1. Scope") when the draft has neither: short, no final punctuation,
   numbered in sequence;
4. heading styles (Heading 1/2, Titre 1...) when nothing else is found.
Part / Chapter / Title lines are recorded as the `part` of the articles that follow. Text before
the first article is the preamble; "IN WITNESS WHEREOF" / "EN FOI DE QUOI" / "Done at" starts the
closing; a Protocol / Annex / Schedule heading starts an annex whose top-level numbered items
become articles "P-1", "P-2"... (protocols) or "A-1"... (annexes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bla_assistant.core.documents.article_numbers import normalise_number
from bla_assistant.core.documents.blocks import Block
from bla_assistant.core.documents.model import Article, Paragraph

_NUM = (r"(?P<num>\d+(?:er|re|ère|st|nd|rd|th|[A-Z]\b|\s?(?:bis|ter|quater)\b)?|[IVXLCDM]+\b"
        r"|premier|première|PREMIER|first|FIRST|unique|UNIQUE|[٠-٩]+)")
_SEP = r"(?:\s*[—–\-:.)]\s*|\s+)"
ARTICLE_RE = re.compile(
    r"^(?P<word>ARTICLE|Article|ARTICULO|ARTÍCULO|Artículo|Articulo|ARTIKEL|Artikel|Articolo"
    r"|ARTICOLO|Art\.|ART\.|Art|المادة)\s*" + _NUM + r"(?P<rest>" + _SEP + r".*)?$")
SECTION_RE = re.compile(r"^(?P<word>SECTION|Section|Sec\.|§)\s*" + _NUM + r"(?P<rest>"
                        + _SEP + r".*)?$")
PART_RE = re.compile(
    r"^(?P<word>PART|Part|CHAPTER|Chapter|TITLE|Title|TITRE|Titre|CHAPITRE|Chapitre|PARTIE"
    r"|Partie|SECTION|Section|Sous-section|SOUS-SECTION|Subsection|SUBSECTION|الباب|الفصل)\s+"
    + _NUM + r"(?P<rest>" + _SEP + r".*)?$")
NUMBERED_HEADING_RE = re.compile(r"^(?P<num>\d{1,3}|[IVXLC]+)(?:[.)]|\s*[—–-])?\s+(?P<rest>\S.*)$")
ANNEX_RE = re.compile(
    r"^(?P<word>(?:Final |Additional |Supplementary )?Protocol|(?:FINAL |ADDITIONAL )?PROTOCOL"
    r"|Protocole(?: final| additionnel)?|PROTOCOLE(?: FINAL| ADDITIONNEL)?|Annex|ANNEX|Annexe"
    r"|ANNEXE|Schedule|SCHEDULE|Appendix|APPENDIX|Appendice|APPENDICE)\b(?P<rest>.*)$")
CLOSING_RE = re.compile(
    r"^(IN WITNESS WHEREOF|In witness whereof|IN FAITH WHEREOF|In faith whereof|EN FOI DE QUOI"
    r"|En foi de quoi|DONE (at|in)|Done (at|in)|FAIT (à|a|en)|Fait (à|a|en)|Signed at"
    r"|SIGNED at)\b")
_HEADING_SPLIT = re.compile(r"^\s*[—–\-:.)]\s*")
MAX_HEADING_WORDS = 14


@dataclass
class _Start:
    kind: str  # article | part | annex | closing
    number: str = ""
    label: str = ""
    heading: str = ""
    consumed_next: bool = False


def _rest_heading(rest: str | None) -> tuple[str, bool]:
    """Heading after the number, and whether the rest looks like a heading at all."""
    if not rest:
        return "", True
    separated = bool(_HEADING_SPLIT.match(rest))
    heading = _HEADING_SPLIT.sub("", rest, count=1).strip()
    if not heading:
        return "", True
    if separated:
        return heading, len(heading.split()) <= 25
    words = heading.split()
    # "Article 5 shall apply to..." is a sentence citing an article, not a heading.
    looks = (len(words) <= MAX_HEADING_WORDS and heading[0].isupper()
             and heading[-1] not in ".;,")
    return heading, looks


def _looks_like_heading_text(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= MAX_HEADING_WORDS and text[-1] not in ".;,:"
            and (text[0].isupper() or not text[0].isalpha())
            and NUMBERED_HEADING_RE.match(text) is None and not text.startswith("("))


def match_article(text: str, allow_section: bool) -> _Start | None:
    for pattern, allowed in ((ARTICLE_RE, True), (SECTION_RE, allow_section)):
        if not allowed:
            continue
        match = pattern.match(text)
        if not match:
            continue
        number = normalise_number(match.group("num"))
        if number is None:
            continue
        heading, looks = _rest_heading(match.group("rest"))
        if not looks:
            continue
        label = text[: match.end("num")].strip()
        return _Start("article", number, label, heading)
    return None


def match_part(text: str) -> bool:
    match = PART_RE.match(text)
    if not match or normalise_number(match.group("num")) is None:
        return False
    _, looks = _rest_heading(match.group("rest"))
    return looks


class ArticleSplitter:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks

    def split(self) -> tuple[str, list[Article]]:
        texts = [b.full_text for b in self.blocks]
        has_articles = any(match_article(t, False) for t in texts)
        starts: dict[int, _Start] = {}
        if has_articles:
            for i, text in enumerate(texts):
                start = match_article(text, False)
                if start:
                    starts[i] = start
        else:
            sections = {i: s for i, t in enumerate(texts)
                        if (s := match_article(t, True)) is not None}
            if sections:
                starts = sections
            else:
                starts = self._numbered_headings(texts) or self._styled_headings()
        # Parts, closing and annexes are found around the article starts.
        for i, text in enumerate(texts):
            if i in starts:
                continue
            if match_part(text) and (has_articles or not SECTION_RE.match(text)):
                starts[i] = _Start("part", label=text)
            elif CLOSING_RE.match(text) and self._after_first(i, starts):
                starts[i] = _Start("closing")
            else:
                annex = ANNEX_RE.match(text)
                if annex and _looks_like_title(text) and self._after_first(i, starts):
                    word = annex.group("word").lower()
                    kind = "protocol" if "proto" in word else "annex"
                    starts[i] = _Start(kind, label=text)
        return self._assemble(starts)

    def _after_first(self, index: int, starts: dict[int, _Start]) -> bool:
        return any(k < index and s.kind == "article" for k, s in starts.items())

    def _numbered_headings(self, texts: list[str]) -> dict[int, _Start]:
        found: dict[int, _Start] = {}
        expected = 1
        for i, text in enumerate(texts):
            block = self.blocks[i]
            match = NUMBERED_HEADING_RE.match(text)
            if not match or block.level > 0:
                continue
            number = normalise_number(match.group("num"))
            if number is None or not number.isdigit() or int(number) != expected:
                continue
            rest = match.group("rest").strip()
            if not (_looks_like_heading_text(rest) or block.heading_level or block.bold):
                continue
            if not (len(rest.split()) <= MAX_HEADING_WORDS and rest[-1] not in ".;,"):
                continue
            found[i] = _Start("article", number, text[: match.end("num")].strip(" ."), rest)
            expected += 1
        return found if len(found) >= 2 else {}

    def _styled_headings(self) -> dict[int, _Start]:
        levels = [b.heading_level for b in self.blocks if b.heading_level]
        if not levels:
            return {}
        # The deepest heading level used more than once holds the articles; the first heading
        # of the document is usually its title.
        counts = {lvl: levels.count(lvl) for lvl in set(levels)}
        level = max((lvl for lvl, c in counts.items() if c > 1), default=min(counts))
        found: dict[int, _Start] = {}
        sequence = 0
        for i, block in enumerate(self.blocks):
            if block.heading_level != level:
                continue
            sequence += 1
            text = block.full_text
            match = NUMBERED_HEADING_RE.match(text)
            number = normalise_number(match.group("num")) if match else None
            heading = match.group("rest") if match and number else text
            found[i] = _Start("article", number or str(sequence),
                              text[: match.end("num")].strip(" .") if number and match else "",
                              heading.strip())
        return found

    def _assemble(self, starts: dict[int, _Start]) -> tuple[str, list[Article]]:
        articles: list[Article] = []
        title = ""
        part = ""
        current: dict | None = None
        annex: dict | None = None  # {"kind", "label", "prefix", "expected"}

        def close() -> None:
            nonlocal current
            if current is not None and (current["paragraphs"] or current["kind"] == "article"):
                articles.append(Article(
                    number=current["number"], label=current["label"],
                    heading=current["heading"], paragraphs=tuple(current["paragraphs"]),
                    part=current["part"], kind=current["kind"], position=current["position"]))
            current = None

        def open_(kind: str, number: str, label: str, heading: str, position: int) -> None:
            nonlocal current
            close()
            current = {"kind": kind, "number": number, "label": label, "heading": heading,
                       "paragraphs": [], "part": part, "position": position}

        skip_next = False
        for i, block in enumerate(self.blocks):
            if skip_next:
                skip_next = False
                continue
            start = starts.get(i)
            if start is None and annex is not None and current is not None:
                start = self._annex_item(block, annex)
            if start is not None and start.kind == "closing" and current is not None \
                    and current["kind"] == "closing":
                start = None  # "DONE at..." after "IN WITNESS WHEREOF" continues the closing
            if start is not None:
                if start.kind == "part":
                    part = start.label
                    if current is not None and current["kind"] == "preamble":
                        close()
                    continue
                if start.kind == "closing":
                    annex = None
                    part = ""
                    open_("closing", "", "", "", i)
                    current["paragraphs"].append(_paragraph(block))
                elif start.kind in ("protocol", "annex"):
                    prefix = "P" if start.kind == "protocol" else "A"
                    annex = {"kind": start.kind, "label": start.label, "prefix": prefix,
                             "expected": 1}
                    part = ""
                    open_(start.kind, prefix, start.label, "", i)
                    current["paragraphs"].append(_paragraph(block, "heading"))
                else:
                    heading = start.heading
                    number = start.number
                    kind = "article"
                    if annex is not None:
                        kind = annex["kind"]
                        if not start.label.startswith(annex["prefix"] + "-"):
                            number = f"{annex['prefix']}-{number}"
                    if (not heading and annex is None and i + 1 < len(self.blocks)
                            and (i + 1) not in starts):
                        nxt = self.blocks[i + 1]
                        if _looks_like_heading_text(nxt.full_text) and not nxt.label and (
                                nxt.heading_level or nxt.bold or len(nxt.text.split()) <= 8):
                            heading = nxt.text
                            skip_next = True
                    open_(kind, number, start.label, heading, i)
                    if annex is not None and start.label == number:
                        # A protocol item's first line is its text, not a heading.
                        current["paragraphs"].append(_paragraph(block))
                continue
            if current is None:
                if not title and not articles:
                    title = block.full_text
                open_("preamble", "", "", "", i)
            current["paragraphs"].append(_paragraph(block))
        close()
        return title, articles

    def _annex_item(self, block: Block, annex: dict) -> _Start | None:
        if block.level > 0:
            return None
        match = NUMBERED_HEADING_RE.match(block.full_text)
        if not match:
            return None
        number = normalise_number(match.group("num"))
        if number is None or not number.isdigit() or int(number) != annex["expected"]:
            return None
        annex["expected"] += 1
        return _Start("article", f"{annex['prefix']}-{number}", f"{annex['prefix']}-{number}",
                      "")


def _looks_like_title(text: str) -> bool:
    return len(text.split()) <= 30 and text[-1] not in ".;,:"


_LABEL_RE = re.compile(r"^(\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\))\s+")


def _paragraph(block: Block, origin: str | None = None) -> Paragraph:
    label = block.label
    text = block.text
    if not label:
        match = _LABEL_RE.match(text)
        if match:
            label = match.group(1)
            text = text[match.end():]
    return Paragraph(text=text, label=label, level=block.level, style=block.style,
                     origin=origin or block.origin)


def split_articles(blocks: list[Block]) -> tuple[str, list[Article]]:
    return ArticleSplitter(blocks).split()
