"""Find one checklist element in a draft: which article provides it, and how surely.

Three signals, each explainable to a negotiator:
- the article's heading names the element (heading cues);
- sentences in the article say what the element says (phrase cues; strong cues count double;
  a sentence matching an exclude cue is about something else and counts for nothing);
- the article reads like the library's own clauses for the element (TF-IDF similarity).
An article that only mentions the element in passing (a cross-reference, a transitional rule)
scores low: it has one weak sentence, no heading, little similarity. The article that provides
the element has several cue sentences, usually a matching heading, or a strong cue.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from bla_assistant.core.gapcheck.cue_patterns import Cue, compile_cues
from bla_assistant.core.gapcheck.indexed_draft import IndexedDraft
from bla_assistant.core.gapcheck.report import Evidence
from bla_assistant.core.gapcheck.similarity import TfIdf

HEADING_WEIGHT = 3.0
# A heading with nothing in the body to back it ("Definition of Certain Periods") is a hint only.
HEADING_ALONE = 1.5
# A sentence that points at another article ("when totalized as provided in Article 12") talks
# about the element it points at rather than providing it: its cues count for less.
CROSS_REFERENCE_FACTOR = 0.5
PHRASE_WEIGHT = 1.0
STRONG_WEIGHT = 2.0
SENTENCE_CAP = 4.0
# Second and third best sentences add less: a long article repeating one word is not stronger.
SENTENCE_DECAY = (1.0, 0.5, 0.25)
PRESENT_AT = 3.0
WEAK_AT = 2.0
EVIDENCE_SHARE = 0.5
MAX_EVIDENCE = 3
QUOTE_CHARS = 320
# Score at which an article clearly provides the element, whatever else it provides.
CLEAR_AT = 7.0
# Otherwise the element must be among the article's main topics.
ABOUT_SHARE = 0.6
ABOUT_SHARE_WITH_HEADING = 0.4
SIMILARITY_FLOOR = 0.12
SIMILARITY_SCALE = 6.0
SIMILARITY_CAP = 1.5


@dataclass
class ItemCues:
    headings: list[Cue] = field(default_factory=list)
    phrases: list[Cue] = field(default_factory=list)
    excludes: list[Cue] = field(default_factory=list)
    # Library texts for the element (clause titles, headings, summaries, variant texts).
    reference_text: str = ""


@dataclass
class ArticleScore:
    index: int
    score: float
    heading_hit: bool
    best_sentence: int | None
    similarity: float = 0.0
    cues: list[str] = field(default_factory=list)


@dataclass
class Detection:
    score: float
    status: str
    confidence: float
    evidence: list[Evidence]
    scores: list[ArticleScore] = field(default_factory=list)


def build_item_cues(headings: list[str], phrases: list[str], strong: list[str],
                    excludes: list[str], reference_text: str = "") -> ItemCues:
    return ItemCues(
        headings=compile_cues([(h, HEADING_WEIGHT) for h in headings]),
        phrases=compile_cues([(p, PHRASE_WEIGHT) for p in phrases]
                             + [(s, STRONG_WEIGHT) for s in strong]),
        excludes=compile_cues([(e, 0.0) for e in excludes]),
        reference_text=reference_text,
    )


def confidence_of(score: float) -> float:
    return round(1.0 - math.exp(-score / 3.0), 2)


def score_articles(index: IndexedDraft, cues: ItemCues,
                   tfidf: TfIdf | None = None) -> list[ArticleScore]:
    """Every article that says something about the element, best first."""
    n_articles = len(index.articles)
    if n_articles == 0:
        return []
    excluded: set[int] = set()
    for cue in cues.excludes:
        for match in cue.pattern.finditer(index.text):
            excluded.add(index.sentence_at(match.start()))
    # sentence -> {cue index: weight}
    sentence_cues: dict[int, dict[int, float]] = {}
    for c_index, cue in enumerate(cues.phrases):
        for match in cue.pattern.finditer(index.text):
            s_index = index.sentence_at(match.start())
            if s_index in excluded:
                continue
            sentence_cues.setdefault(s_index, {})[c_index] = cue.weight
    per_article: dict[int, list[tuple[float, int]]] = {}
    for s_index, found in sentence_cues.items():
        score = min(sum(found.values()), SENTENCE_CAP)
        if index.cross_reference[s_index]:
            score *= CROSS_REFERENCE_FACTOR
        per_article.setdefault(index.sentences[s_index].article, []).append((score, s_index))
    # A heading naming another element ("Personal Scope of Application" for material scope)
    # is ruled out by the same exclude cues as sentences.
    heading_hits = {a for a, heading in enumerate(index.headings)
                    if heading and any(c.pattern.search(heading) for c in cues.headings)
                    and not any(c.pattern.search(heading) for c in cues.excludes)}
    similarities = [0.0] * n_articles
    if tfidf is not None and cues.reference_text:
        similarities = tfidf.similarities(tfidf.query(cues.reference_text))
    scores: list[ArticleScore] = []
    for a_index in range(n_articles):
        ranked = sorted(per_article.get(a_index, []), reverse=True)
        body = sum(w * s for w, (s, _) in zip(SENTENCE_DECAY, ranked, strict=False))
        heading_hit = a_index in heading_hits
        similarity = similarities[a_index]
        bonus = min(max(similarity - SIMILARITY_FLOOR, 0.0) * SIMILARITY_SCALE, SIMILARITY_CAP)
        # Similarity confirms cue evidence; on its own it never makes an element present.
        if not ranked and not heading_hit:
            bonus = min(bonus, WEAK_AT - 0.01)
        heading = (HEADING_WEIGHT if ranked else HEADING_ALONE) if heading_hit else 0.0
        total = heading + body + bonus
        if total <= 0:
            continue
        best = ranked[0][1] if ranked else None
        cue_names = sorted({cues.phrases[c].text for _, s in ranked[:3]
                            for c in sentence_cues.get(s, {})})
        scores.append(ArticleScore(a_index, total, heading_hit, best, similarity, cue_names))
    scores.sort(key=lambda s: s.score, reverse=True)
    return scores


def decide(index: IndexedDraft, scores: list[ArticleScore],
           article_top: dict[int, float]) -> Detection:
    """Status and evidence for one element, given every element's best score per article.

    An article counts for the element when it is about it: its score is high on its own, or
    close to the best score any element reaches in that article. An article about benefits
    that mentions "periods" in passing is about calculation, not aggregation.
    """
    eligible = [s for s in scores if _about(s, article_top.get(s.index, s.score))]
    if not eligible:
        return Detection(0.0, "missing", 0.0, [], scores)
    top = eligible[0].score
    status = "present" if top >= PRESENT_AT else "weak" if top >= WEAK_AT else "missing"
    evidence: list[Evidence] = []
    if status != "missing":
        floor = max(WEAK_AT, EVIDENCE_SHARE * top)
        for article_score in eligible[:MAX_EVIDENCE]:
            if article_score.score < floor:
                break
            evidence.append(_evidence(index, article_score))
    return Detection(top, status, confidence_of(top), evidence, scores)


def _about(score: ArticleScore, article_top: float) -> bool:
    if score.score >= CLEAR_AT:
        return True
    share = ABOUT_SHARE_WITH_HEADING if score.heading_hit else ABOUT_SHARE
    return score.score >= share * article_top


def detect(index: IndexedDraft, cues: ItemCues, tfidf: TfIdf | None = None) -> Detection:
    """One element alone (no competition between elements)."""
    scores = score_articles(index, cues, tfidf)
    return decide(index, scores, {s.index: s.score for s in scores})


def _evidence(index: IndexedDraft, article_score: ArticleScore) -> Evidence:
    article = index.articles[article_score.index]
    if article_score.best_sentence is not None:
        quote = index.sentences[article_score.best_sentence].text
    else:
        sentences = index.article_sentences(article_score.index)
        quote = index.sentences[sentences.start].text if len(sentences) else article.heading
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return Evidence(article=article.number, heading=article.heading, quote=quote,
                    confidence=confidence_of(article_score.score), label=article.label,
                    kind=article.kind)
