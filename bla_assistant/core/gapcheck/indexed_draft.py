"""A draft cut into folded sentences once, so every checklist item is matched against it fast."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bla_assistant.core.documents.model import Article, DraftDocument
from bla_assistant.core.gapcheck.cue_patterns import Cue
from bla_assistant.core.gapcheck.line_index import LineIndex, Lines
from bla_assistant.core.gapcheck.normalise import fold_lines, split_sentences
from bla_assistant.core.gapcheck.similarity import folded_term_counts


def _at_word_start(*alternatives: str) -> str:
    """Alternatives that each start a word. The word boundary is checked just after the first
    letter, not before it: a pattern that begins with letters lets re skip every position that
    cannot start a match, where a leading \\b is tried at each character."""
    checked = []
    for alternative in alternatives:
        first = alternative[0]
        checked.append(f"{first}(?<!\\w{first}){alternative[1:]}")
    return "(?:" + "|".join(checked) + ")"


_NUMBERED = r"\s+(\d+|[ivxlc]+\b|premier|1er)"
_PART_OF = " (of|du|de la|des) (chapter|part|title|chapitre|titre|partie)"

# "as provided in Article 12", "under Chapter 1", "visés à l'article 5", "du titre II".
CROSS_REFERENCE = re.compile(_at_word_start(
    *(word + _NUMBERED for word in ("articles?", "chapters?", "chapitres?", "parts?", "parties",
                                    "titles?", "titres?", "sections?")),
    "provisions" + _PART_OF, "dispositions" + _PART_OF))

# A reference that says which persons, legislation or benefits are meant ("the persons
# referred to in Article 3") describes them; it does not send the reader elsewhere.
_QUALIFIED = (r" (specified|referred to|described|mentioned|listed|covered|vise|visee?s?|"
              r"specifiee?s?|mentionnee?s?|decrite?s?|enumeree?s?) "
              r"(in|by|under|a|aux|au|dans|par)\b[^;.]*?\barticles?" + _NUMBERED)

# Carve-outs ("Except as otherwise provided in Articles 7 to 10, ...") frame a rule; they do not
# point the reader elsewhere, so they are not cross-references.
CARVE_OUT = re.compile(_at_word_start(
    *(word + " (as )?otherwise provided[^,;]*" for word in ("except", "save", "unless")),
    "subject to (the provisions of )?(articles?|paragraphs?|chapters?|parts?)[^,;]*",
    "notwithstanding[^,;]*", "sous reserve[^,;]*", "sauf dispositions?[^,;]*",
    "nonobstant[^,;]*", "a moins que[^,;]*",
    *(noun + _QUALIFIED for noun in ("persons?", "personnes?", "legislation", "benefits?",
                                     "prestations?"))))


LEAD_IN_ENDS = (":", "：", "—", " -")


@dataclass
class Sentence:
    article: int
    text: str
    start: int


# Words one of which a sentence must hold to point at another article.
_CROSS_REFERENCE_WORDS = (
    ("article", "plural"), ("chapter", "plural"), ("chapitre", "plural"), ("part", "plural"),
    ("parties", "exact"), ("title", "plural"), ("titre", "plural"), ("section", "plural"),
    ("provision", "plural"), ("disposition", "plural"))


@dataclass
class IndexedDraft:
    document: DraftDocument
    articles: list[Article] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    article_first_sentence: list[int] = field(default_factory=list)
    # Sentences naming an article, chapter or provision: the only ones that can cross-refer.
    _may_cross_refer: Lines = field(default_factory=frozenset)
    _cross_refers: dict[int, bool] = field(default_factory=dict)
    # All sentences, folded, one per line, and the words each holds.
    sentence_lines: LineIndex = field(default_factory=lambda: LineIndex([]))
    heading_lines: LineIndex = field(default_factory=lambda: LineIndex([]))
    # The same cue (an exclude like "entry into force") serves many items: search it once.
    _cache: dict[tuple[str, str], frozenset[int]] = field(default_factory=dict)
    _heading_paragraphs: list[tuple[int, str]] = field(default_factory=list)
    # From each lead-in ("'period' means:") to the list items it introduces: the items read as
    # the end of that sentence, so "(b) any other period taken into account" under it is still
    # part of a definition.
    list_items: dict[int, list[int]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """Every sentence of the draft, folded, one per line."""
        return self.sentence_lines.text

    @classmethod
    def build(cls, document: DraftDocument) -> IndexedDraft:
        index = cls(document=document)
        originals: list[str] = []
        owners: list[int] = []
        for a_index, article in enumerate(document.articles):
            index.articles.append(article)
            index.article_first_sentence.append(len(originals))
            # Open lead-ins ("'territory' means:") with the depth of their paragraph.
            open_lead_ins: list[tuple[int, int]] = []
            for paragraph in article.paragraphs:
                if paragraph.origin == "heading":
                    index._heading_paragraphs.append((a_index, paragraph.text))
                    continue
                while open_lead_ins and open_lead_ins[-1][0] >= paragraph.level:
                    open_lead_ins.pop()
                first = len(originals)
                for sentence in split_sentences(paragraph.text):
                    if open_lead_ins:
                        index.list_items.setdefault(open_lead_ins[-1][1], []).append(
                            len(originals))
                    originals.append(sentence)
                    owners.append(a_index)
                if len(originals) > first and originals[-1].endswith(LEAD_IN_ENDS):
                    open_lead_ins.append((paragraph.level, len(originals) - 1))
        index.headings = fold_lines([article.heading for article in index.articles])
        index.heading_lines = LineIndex(index.headings)
        lines = LineIndex(fold_lines(originals))
        index.sentence_lines = lines
        index.sentences = [Sentence(owner, text, start)
                           for owner, text, start in zip(owners, originals, lines.starts,
                                                         strict=True)]
        index._may_cross_refer = lines.candidates((_CROSS_REFERENCE_WORDS,)) or frozenset()
        return index

    def cross_reference(self, s_index: int) -> bool:
        """Whether the sentence points at another article ("as provided in Article 12")
        rather than providing something itself; asked only of sentences a cue matched."""
        if s_index not in self._may_cross_refer:
            return False
        found = self._cross_refers.get(s_index)
        if found is None:
            folded = self.sentence_lines.lines[s_index]
            found = (CROSS_REFERENCE.search(folded) is not None
                     and CROSS_REFERENCE.search(CARVE_OUT.sub(" ", folded)) is not None)
            self._cross_refers[s_index] = found
        return found

    def article_term_counts(self) -> list[Counter[str]]:
        """Each article's stems (heading, heading lines, sentences), for TF-IDF."""
        parts: list[list[str]] = [[heading] for heading in self.headings]
        folded = fold_lines([text for _, text in self._heading_paragraphs])
        for (a_index, _), text in zip(self._heading_paragraphs, folded, strict=True):
            parts[a_index].append(text)
        lines = self.sentence_lines.lines
        for number, sentence in enumerate(self.sentences):
            parts[sentence.article].append(lines[number])
        return [folded_term_counts("\n".join(p)) for p in parts]

    def headings_matching(self, cue: Cue) -> frozenset[int]:
        """Articles whose heading matches the cue."""
        return self._matching("heading", self.heading_lines, cue)

    def sentences_matching(self, cue: Cue) -> frozenset[int]:
        return self._matching("sentence", self.sentence_lines, cue)

    def _matching(self, kind: str, lines: LineIndex, cue: Cue) -> frozenset[int]:
        key = (kind, cue.key)
        found = self._cache.get(key)
        if found is None:
            hits: set[int] = set()
            for variant in cue.variants:
                hits |= lines.lines_matching(variant.regex, variant.needs, variant.literal_start,
                                             variant.whole_word)
            found = frozenset(hits)
            self._cache[key] = found
        return found

    def article_sentences(self, a_index: int) -> range:
        start = self.article_first_sentence[a_index]
        end = (self.article_first_sentence[a_index + 1] if a_index + 1 < len(self.articles)
               else len(self.sentences))
        return range(start, end)
