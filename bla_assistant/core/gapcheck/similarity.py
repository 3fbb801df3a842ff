"""TF-IDF similarity between the draft's articles and the library's own clause texts.

Written here rather than pulled from scikit-learn: a few dozen lines, no model, no download.
IDF comes from the draft's own articles, so words every article uses ("Party", "legislation")
weigh little and the words that set an article apart weigh most.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from bla_assistant.core.gapcheck.normalise import fold

# A crude stem (the first 7 letters of each run of 3+ letters) makes "totalizing" and
# "totalization", and French plurals, meet. findall returns the stems directly.
_STEM = re.compile(r"([a-z]{3,7})[a-z]*")
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
STOP = frozenset(
    "the and for shall that this with any which from under such other may are its been has "
    "have not all who whom their where when than into each only also upon both being was "
    "les des une que qui par pour aux sur dans est sont son ses leur leurs cette ces avec "
    "tout toute tous toutes entre lorsque dont elle ils elles".split())


def folded_term_counts(folded: str) -> Counter[str]:
    counts = Counter(_STEM.findall(folded))
    for word in STOP.intersection(counts):
        counts.pop(word)  # dict.pop, in C: Counter's own __delitem__ is Python code
    return counts


def term_counts(text: str) -> Counter[str]:
    """Stems of a library text (template tags dropped) with their counts."""
    return folded_term_counts(fold(_TEMPLATE.sub(" ", text)))


@dataclass(frozen=True)
class ReferenceTerms:
    """A library text's term weights (1 + log count), worked out once per process: each
    draft then only weighs the terms it shares with the text."""

    weights: dict[str, float]
    total_square: float

    @classmethod
    def of_text(cls, text: str) -> ReferenceTerms:
        weights = {t: 1 + math.log(n) for t, n in term_counts(text).items()}
        return cls(weights, sum(w * w for w in weights.values()))


# 1 + log(count) for the small counts almost every term has, worked out once.
_TABLE = 64
_TERM_WEIGHT = (0.0, *(1 + math.log(n) for n in range(1, _TABLE)))


class TfIdf:
    def __init__(self, article_counts: list[Counter[str]]) -> None:
        self.doc_tokens = article_counts
        count = len(article_counts) or 1
        df: Counter[str] = Counter()
        for counter in article_counts:
            df.update(counter.keys())
        self.idf = {term: math.log((1 + count) / (1 + n)) + 1 for term, n in df.items()}
        self._default_idf = math.log(1 + len(article_counts)) + 1
        self._vectors: dict[int, dict[str, float]] = {}
        self._queries: dict[str, dict[str, float]] = {}
        self._similarity: dict[tuple[str, int], float] = {}

    def vector(self, counter: Counter[str]) -> dict[str, float]:
        """An article's vector (its terms are all in the draft's IDF)."""
        idf, log = self.idf, math.log
        vec = {t: (_TERM_WEIGHT[n] if n < _TABLE else 1 + log(n)) * idf[t]
               for t, n in counter.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def article_vector(self, a_index: int) -> dict[str, float]:
        vec = self._vectors.get(a_index)
        if vec is None:
            vec = self._vectors[a_index] = self.vector(self.doc_tokens[a_index])
        return vec

    def query_vector(self, name: str, reference: ReferenceTerms) -> dict[str, float]:
        """The reference text's TF-IDF vector, on the terms the draft uses (the others add
        nothing to a dot product; they count in the norm, at the default IDF)."""
        q = self._queries.get(name)
        if q is None:
            idf = self.idf
            shared = {t: reference.weights[t] * idf[t]
                      for t in reference.weights.keys() & idf.keys()}
            shared_square = sum(reference.weights[t] ** 2 for t in shared)
            square = (sum(v * v for v in shared.values())
                      + self._default_idf ** 2 * (reference.total_square - shared_square))
            norm = math.sqrt(square) or 1.0
            q = self._queries[name] = {t: v / norm for t, v in shared.items()}
        return q

    def similarity(self, name: str, reference: ReferenceTerms, a_index: int) -> float:
        """Cosine similarity of one article to a library text, cached under the text's name:
        several checklists ask about the same element's clauses, and only articles with cue
        evidence are ever asked about."""
        key = (name, a_index)
        found = self._similarity.get(key)
        if found is None:
            q = self.query_vector(name, reference)
            vec = self.article_vector(a_index)
            found = sum(q[term] * vec[term] for term in q.keys() & vec.keys())
            self._similarity[key] = found
        return found
