"""What a comparison of two drafts found: the shape every output (redline, HTML, JSON) reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from bla_assistant.core.compare.alignment import AlignedUnit, Placement
from bla_assistant.core.compare.paragraph_diff import ParagraphDiff
from bla_assistant.core.documents.model import Article, DraftDocument


@dataclass(frozen=True)
class ArticleRef:
    index: int
    number: str
    label: str
    heading: str
    kind: str = "article"

    @classmethod
    def of(cls, article: Article, index: int) -> ArticleRef:
        return cls(index, article.number, article.label, article.heading, article.kind)

    @property
    def name(self) -> str:
        from bla_assistant.core.compare.summary import ref_name

        return ref_name(self)


@dataclass(frozen=True)
class Edit:
    """One change inside an article, with a little context to read it by."""

    op: str  # insert | delete | replace
    old: str
    new: str
    before: str = ""  # a few words of unchanged text before the change
    after: str = ""
    in_heading: bool = False
    paragraph: int = 0  # index of the paragraph line in the unit's B side (A side if deleted)


@dataclass
class ArticleChange:
    # unchanged | modified | inserted | deleted | split | merged | regrouped
    kind: str
    old: list[ArticleRef]
    new: list[ArticleRef]
    moved: bool = False
    renumbered: bool = False
    similarity: float = 1.0
    paragraphs: list[ParagraphDiff] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    summary: str = ""
    unit: AlignedUnit | None = None
    # For a moved unit: the B article it now follows ("" when it now comes first).
    moved_after: str = ""

    @property
    def changed(self) -> bool:
        return self.kind != "unchanged" or self.moved or self.renumbered


@dataclass
class Comparison:
    old: DraftDocument
    new: DraftDocument
    changes: list[ArticleChange]  # in B's order, deleted articles after
    placements: list[Placement]  # reading order of the redline and the side-by-side view
    lang: str = "en"  # language of the summary lines: "en" or "fr"

    def change_for(self, unit: AlignedUnit) -> ArticleChange:
        return next(c for c in self.changes if c.unit is unit)

    @property
    def summary_lines(self) -> list[str]:
        from bla_assistant.core.compare.summary import summary_lines

        return summary_lines(self)
