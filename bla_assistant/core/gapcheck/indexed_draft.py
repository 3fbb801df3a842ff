"""A draft cut into folded sentences once, so every checklist item is matched against it fast."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from bla_assistant.core.documents.model import Article, DraftDocument
from bla_assistant.core.gapcheck.cue_patterns import Cue
from bla_assistant.core.gapcheck.normalise import fold, split_sentences

# "as provided in Article 12", "under Chapter 1", "visés à l'article 5", "du titre II".
CROSS_REFERENCE = re.compile(
    r"\b(articles?|chapters?|chapitres?|parts?|parties|titles?|titres?|sections?)\s+"
    r"(\d+|[ivxlc]+\b|premier|1er)|\b(provisions|dispositions) (of|du|de la|des) "
    r"(chapter|part|title|chapitre|titre|partie)")


# Carve-outs ("Except as otherwise provided in Articles 7 to 10, ...") frame a rule; they do not
# point the reader elsewhere, so they are not cross-references.
CARVE_OUT = re.compile(
    r"\b(except|save|unless) (as )?otherwise provided[^,;]*|\bsubject to (the provisions of )?"
    r"(articles?|paragraphs?|chapters?|parts?)[^,;]*|\bnotwithstanding[^,;]*|"
    r"\bsous reserve[^,;]*|\bsauf disposition[^,;]*|\bsauf dispositions?[^,;]*|"
    r"\bnonobstant[^,;]*|\ba moins que[^,;]*")


@dataclass
class Sentence:
    article: int
    text: str
    start: int


@dataclass
class IndexedDraft:
    document: DraftDocument
    articles: list[Article] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # All sentences, folded, one per line: cues are searched in this one string.
    text: str = ""
    article_first_sentence: list[int] = field(default_factory=list)
    cross_reference: list[bool] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    # The same cue (an exclude like "entry into force") serves many items: search it once.
    _cache: dict[str, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, document: DraftDocument) -> IndexedDraft:
        index = cls(document=document)
        chunks: list[str] = []
        offset = 0
        for a_index, article in enumerate(document.articles):
            index.articles.append(article)
            index.headings.append(fold(article.heading))
            index.article_first_sentence.append(len(index.sentences))
            for paragraph in article.paragraphs:
                if paragraph.origin == "heading":
                    continue
                for sentence in split_sentences(paragraph.text):
                    folded = fold(sentence)
                    index.sentences.append(Sentence(a_index, sentence, offset))
                    index._starts.append(offset)
                    index.cross_reference.append(
                        CROSS_REFERENCE.search(CARVE_OUT.sub(" ", folded)) is not None)
                    chunks.append(folded)
                    offset += len(folded) + 1
        index.text = "\n".join(chunks)
        return index

    def sentences_matching(self, cue: Cue) -> frozenset[int]:
        key = "\x00".join(p.pattern for p in cue.patterns)
        found = self._cache.get(key)
        if found is None:
            found = frozenset(self.sentence_at(m.start()) for m in cue.finditer(self.text))
            self._cache[key] = found
        return found

    def sentence_at(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def article_sentences(self, a_index: int) -> range:
        start = self.article_first_sentence[a_index]
        end = (self.article_first_sentence[a_index + 1] if a_index + 1 < len(self.articles)
               else len(self.sentences))
        return range(start, end)
