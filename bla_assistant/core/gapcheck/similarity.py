"""TF-IDF similarity between the draft's articles and the library's own clause texts.

Written here rather than pulled from scikit-learn: a few dozen lines, no model, no download.
IDF comes from the draft's own articles, so words every article uses ("Party", "legislation")
weigh little and the words that set an article apart weigh most.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from bla_assistant.core.gapcheck.normalise import fold

_TOKEN = re.compile(r"[a-z]{3,}")
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
STOP = frozenset(
    "the and for shall that this with any which from under such other may are its been has "
    "have not all who whom their where when than into each only also upon both being was "
    "les des une que qui par pour aux sur dans est sont son ses leur leurs cette ces avec "
    "tout toute tous toutes entre lorsque dont elle ils elles".split())


def tokens(text: str) -> list[str]:
    # A crude stem (first 7 letters) makes "totalizing"/"totalization" and French plurals meet.
    return [t[:7] for t in _TOKEN.findall(fold(_TEMPLATE.sub(" ", text))) if t not in STOP]


class TfIdf:
    def __init__(self, documents: list[str]) -> None:
        self.doc_tokens = [Counter(tokens(d)) for d in documents]
        count = len(documents) or 1
        df: Counter[str] = Counter()
        for counter in self.doc_tokens:
            df.update(counter.keys())
        self.idf = {term: math.log((1 + count) / (1 + n)) + 1 for term, n in df.items()}
        self.vectors = [self.vector(c) for c in self.doc_tokens]
        # Inverted index: a query touches only the articles sharing its words.
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for index, vec in enumerate(self.vectors):
            for term, weight in vec.items():
                self.postings.setdefault(term, []).append((index, weight))

    def vector(self, counter: Counter[str]) -> dict[str, float]:
        default = math.log(1 + len(self.doc_tokens)) + 1
        vec = {t: (1 + math.log(n)) * self.idf.get(t, default) for t, n in counter.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def query(self, text: str) -> dict[str, float]:
        return self.vector(Counter(tokens(text)))

    def similarities_to(self, text: str) -> list[float]:
        """Cached: several checklists ask about the same element's clauses."""
        cache = self.__dict__.setdefault("_cache", {})
        if text not in cache:
            cache[text] = self.similarities(self.query(text))
        return cache[text]

    def similarities(self, query: dict[str, float]) -> list[float]:
        scores = [0.0] * len(self.vectors)
        for term, weight in query.items():
            for index, value in self.postings.get(term, ()):
                scores[index] += weight * value
        return scores
