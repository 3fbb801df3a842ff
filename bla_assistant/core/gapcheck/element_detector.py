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
from bla_assistant.core.gapcheck.similarity import ReferenceTerms, TfIdf

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
WEAK_AT = 2.5
EVIDENCE_SHARE = 0.5
MAX_EVIDENCE = 3
QUOTE_CHARS = 320
# Score at which an article clearly provides the element, whatever else it provides.
CLEAR_AT = 6.0
# Otherwise the element must be among the article's main topics.
ABOUT_SHARE = 0.6
ABOUT_SHARE_WITH_HEADING = 0.4
ABOUT_SHARE_OTHER_HEADING = 0.8
# A sentence scoring this much for one element, clearly more than for any other, makes its
# article count for that element even when the article is mainly about something else.
OWN_SENTENCE_AT = 3.0
OWN_MARGIN = 1.0
# A sentence counts for an element that scores at least this share of the sentence's best.
SENTENCE_SHARE = 0.5
SIMILARITY_FLOOR = 0.12
# How much a near-copy of a library clause weighs when deciding what an article is about.
SIMILARITY_TOPIC_WEIGHT = 8.0
SIMILARITY_SCALE = 6.0
SIMILARITY_CAP = 1.5


@dataclass
class ItemCues:
    headings: list[Cue] = field(default_factory=list)
    phrases: list[Cue] = field(default_factory=list)
    excludes: list[Cue] = field(default_factory=list)
    heading_excludes: list[Cue] = field(default_factory=list)
    # Library texts for the element (clause titles, headings, summaries, variant texts),
    # and their stems counted once, when the cues are built.
    reference_text: str = ""
    reference_terms: ReferenceTerms = field(default_factory=lambda: ReferenceTerms({}, 0.0))


@dataclass
class ArticleScore:
    index: int
    score: float
    heading_hit: bool
    best_sentence: int | None
    similarity: float = 0.0
    cues: list[str] = field(default_factory=list)
    # The article has a sentence that is clearly about this element and no other.
    owns_sentence: bool = False


@dataclass
class Detection:
    score: float
    status: str
    confidence: float
    evidence: list[Evidence]
    scores: list[ArticleScore] = field(default_factory=list)


def build_item_cues(headings: list[str], phrases: list[str], strong: list[str],
                    excludes: list[str], reference_text: str = "",
                    heading_excludes: list[str] | None = None) -> ItemCues:
    return ItemCues(
        headings=compile_cues([(h, HEADING_WEIGHT) for h in headings]),
        phrases=compile_cues([(p, PHRASE_WEIGHT) for p in phrases]
                             + [(s, STRONG_WEIGHT) for s in strong]),
        excludes=compile_cues([(e, 0.0) for e in excludes]),
        heading_excludes=compile_cues([(e, 0.0) for e in heading_excludes or []]),
        reference_text=reference_text,
        reference_terms=ReferenceTerms.of_text(reference_text),
    )


def confidence_of(score: float) -> float:
    return round(1.0 - math.exp(-score / 3.0), 2)


@dataclass
class ItemMatches:
    """Where one element's cues matched: sentence scores, headings, similarity per article."""

    sentence_scores: dict[int, float]
    # For each matched sentence, the weight of each cue (by its position in `cues`) that
    # matched it; names are looked up only for the sentences quoted as evidence.
    sentence_weights: dict[int, dict[int, float]]
    heading_hits: set[int]
    # Similarity to the library's clauses, for the articles that have cue evidence.
    similarities: dict[int, float]
    cues: list[Cue] = field(default_factory=list)

    def cue_names(self, s_index: int) -> list[str]:
        return [self.cues[c].text for c in self.sentence_weights.get(s_index, ())]

    def strong(self, s_index: int) -> bool:
        """A strong cue matched the sentence: only such a sentence can make an article count
        for the element when the article is mainly about another (a list of benefit branches
        adds up to a high score without saying anything decisive)."""
        weights = self.sentence_weights.get(s_index)
        return weights is not None and max(weights.values()) >= STRONG_WEIGHT


def match_item(index: IndexedDraft, cues: ItemCues, tfidf: TfIdf | None = None) -> ItemMatches:
    excluded: set[int] = set()
    for cue in cues.excludes:
        excluded.update(index.sentences_matching(cue))
    # A list item under an excluded lead-in is excluded with it, and so are its own items.
    pending = [s for s in excluded if s in index.list_items]
    while pending:
        for item in index.list_items[pending.pop()]:
            if item not in excluded:
                excluded.add(item)
                if item in index.list_items:
                    pending.append(item)
    found: dict[int, dict[int, float]] = {}
    for c_index, cue in enumerate(cues.phrases):
        for s_index in index.sentences_matching(cue):
            if s_index not in excluded:
                found.setdefault(s_index, {})[c_index] = cue.weight
    scores: dict[int, float] = {}
    for s_index, weights in found.items():
        score = min(sum(weights.values()), SENTENCE_CAP)
        if index.cross_reference(s_index):
            score *= CROSS_REFERENCE_FACTOR
        scores[s_index] = score
    # A heading naming another element ("Personal Scope of Application" for material scope)
    # is ruled out by the item's heading excludes.
    heading_hits: set[int] = set()
    for cue in cues.headings:
        heading_hits |= index.headings_matching(cue)
    for cue in cues.heading_excludes:
        heading_hits -= index.headings_matching(cue)
    heading_hits = {a for a in heading_hits if index.headings[a]}
    similarities: dict[int, float] = {}
    if tfidf is not None and cues.reference_text:
        for a_index in {index.sentences[s].article for s in scores} | heading_hits:
            similarities[a_index] = tfidf.similarity(cues.reference_text, cues.reference_terms,
                                                     a_index)
    return ItemMatches(scores, found, heading_hits, similarities, cues.phrases)


def score_articles(index: IndexedDraft, matches: ItemMatches,
                   sentence_top: dict[int, float] | None = None) -> list[ArticleScore]:
    """Every article that says something about the element, best first.

    With `sentence_top` (the best score any element reaches in each sentence), a sentence
    counts only when the element is one of its main topics.
    """
    per_article: dict[int, list[tuple[float, int]]] = {}
    for s_index, score in matches.sentence_scores.items():
        if sentence_top is not None and score < SENTENCE_SHARE * sentence_top.get(s_index, 0.0):
            continue
        per_article.setdefault(index.sentences[s_index].article, []).append((score, s_index))
    scores: list[ArticleScore] = []
    # Only articles with a cue sentence or a matching heading can score: similarity alone
    # never does (see below).
    for a_index in sorted(per_article.keys() | matches.heading_hits):
        ranked = sorted(per_article.get(a_index, []), reverse=True)
        body = sum(w * s for w, (s, _) in zip(SENTENCE_DECAY, ranked, strict=False))
        heading_hit = a_index in matches.heading_hits
        similarity = matches.similarities.get(a_index, 0.0)
        bonus = min(max(similarity - SIMILARITY_FLOOR, 0.0) * SIMILARITY_SCALE, SIMILARITY_CAP)
        # Similarity confirms cue evidence: it can at most double thin evidence, and on its
        # own it never makes an element found.
        if not heading_hit:
            bonus = min(bonus, body, WEAK_AT - 0.01)
        heading = (HEADING_WEIGHT if ranked else HEADING_ALONE) if heading_hit else 0.0
        total = heading + body + bonus
        if total <= 0:
            continue
        best = ranked[0][1] if ranked else None
        cue_names = sorted({n for _, s in ranked[:3] for n in matches.cue_names(s)})
        owns = any(
            score >= OWN_SENTENCE_AT and sentence_top is not None
            and matches.strong(s)
            and score >= sentence_top.get(s, 0.0) and _sole_top(s, score, sentence_top)
            for score, s in ranked)
        scores.append(ArticleScore(a_index, total, heading_hit, best, similarity, cue_names,
                                   owns))
    scores.sort(key=lambda s: s.score, reverse=True)
    return scores


class SentenceTop(dict):
    """Best score any element reaches in each sentence, and the runner-up's."""

    def __init__(self) -> None:
        super().__init__()
        self.second: dict[int, float] = {}


def best_per_unit(all_matches: list[ItemMatches]) -> SentenceTop:
    top = SentenceTop()
    for matches in all_matches:
        for s_index, score in matches.sentence_scores.items():
            best = top.get(s_index, 0.0)
            if score > best:
                top.second[s_index] = best
                top[s_index] = score
            elif score > top.second.get(s_index, 0.0):
                top.second[s_index] = score
    return top


def _sole_top(s_index: int, score: float, sentence_top: dict[int, float]) -> bool:
    second = getattr(sentence_top, "second", {}).get(s_index, 0.0)
    return score > second + OWN_MARGIN


def decide(index: IndexedDraft, scores: list[ArticleScore],
           article_top: dict[int, float], headed: set[int] | None = None) -> Detection:
    """Status and evidence for one element, given every element's best score per article.

    An article counts for the element when it is about it: its score is high on its own, or
    close to the best score any element reaches in that article. An article about benefits
    that mentions "periods" in passing is about calculation, not aggregation.
    """
    headed = headed or set()
    eligible = [s for s in scores
                if _about(s, article_top.get(s.index, s.score), s.index in headed)]
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


def _about(score: ArticleScore, article_top: float, headed_by_other: bool = False) -> bool:
    if score.score >= CLEAR_AT or score.owns_sentence:
        return True
    if score.heading_hit:
        share = ABOUT_SHARE_WITH_HEADING
    elif headed_by_other:
        # The heading names another element: the article is about that one.
        share = ABOUT_SHARE_OTHER_HEADING
    else:
        share = ABOUT_SHARE
    return score.score >= share * article_top


def detect(index: IndexedDraft, cues: ItemCues, tfidf: TfIdf | None = None) -> Detection:
    """One element alone (no competition between elements)."""
    scores = score_articles(index, match_item(index, cues, tfidf))
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
