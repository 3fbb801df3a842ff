"""A draft agreement as read from a file: its articles, in order, with where they came from.

The gap check, the clarity check and the comparer all work on this one shape, whatever the
input (.docx, .odt, .txt, or a project rendered to text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Paragraph:
    text: str
    # Label as printed or computed from Word numbering: "1.", "(a)", "2)"; empty when none.
    label: str = ""
    # Outline depth inside the article: 0 = article body, 1 = numbered paragraph, 2 = point.
    level: int = 0
    style: str = ""
    # "body", "table", "footnote", "content_control", "heading"
    origin: str = "body"


@dataclass(frozen=True)
class Article:
    # Number as the draft numbers it, normalised to Arabic digits: "12" for "XII",
    # "1" for "premier"; "" for unnumbered blocks (preamble, closing).
    number: str
    # The label as printed: "Article XII", "Art. 3", "Section 2".
    label: str
    heading: str
    paragraphs: tuple[Paragraph, ...] = ()
    # Part / Chapter / Title the article sits under, as printed.
    part: str = ""
    # "article", "preamble", "closing", "annex", "protocol"
    kind: str = "article"
    # Index of the article's first block in the source document, for jumping back to it.
    position: int = 0

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def title_line(self) -> str:
        return f"{self.label} — {self.heading}" if self.heading else self.label


@dataclass
class DraftDocument:
    path: Path | None
    title: str
    articles: list[Article] = field(default_factory=list)
    language: str = "en"
    # Things the reader noticed that the user should know (images skipped, macros ignored...).
    warnings: list[str] = field(default_factory=list)
    word_count: int = 0

    def article(self, number: str) -> Article | None:
        return next((a for a in self.articles if a.number == number), None)

    @property
    def numbered_articles(self) -> list[Article]:
        return [a for a in self.articles if a.kind == "article"]
