"""Splitting article text into sentences without cutting at "Art." or "No."."""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"[.!?][\"”»)]?\s+(?=[\"“«(]?[A-ZÀ-Ý0-9])")
# Words after which a full stop does not end the sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    "art arts no nos para paras e.g i.e etc mr mrs ms dr st vol p pp cf sec subsec ch "
    "al ibid op viz approx fig m mme mlle me".split()
)


@dataclass(frozen=True)
class Sentence:
    text: str
    # Index of the paragraph inside the article, and where the sentence starts in it.
    paragraph: int
    start: int


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in one paragraph."""
    spans = []
    start = 0
    for match in _END.finditer(text):
        before = text[start:match.start()].rsplit(None, 1)
        last_word = before[-1].lower().rstrip(".") if before else ""
        # "Art. 5", "No. 12", initials such as "J. Smith": not a sentence end.
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        end = match.start() + 1
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def article_sentences(paragraph_texts: list[str]) -> list[Sentence]:
    sentences = []
    for index, text in enumerate(paragraph_texts):
        for start, end in split_sentences(text):
            sentences.append(Sentence(text[start:end].strip(), index, start))
    return sentences
