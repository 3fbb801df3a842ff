"""Pair the articles of draft A with those of draft B, whatever their numbers.

Articles are matched on what they say, not on their number: renumbering changes nothing here.
Each article becomes a set of word trigrams; two articles score by the overlap of those sets
(Dice) blended with the likeness of their headings (rapidfuzz), plus a pinch for similar
position so that twin boilerplate articles pair in order. Pairs are then taken best-first.

Left-overs are then tried as splits and merges: an unmatched article of B whose trigrams are
mostly found in the A article matched to its neighbour joins that pair (A5 -> B5 + B6), and the
same the other way (A5 + A6 -> B5). A unit may thus hold several articles on either side.

Finally the largest set of units that keeps its order in both drafts (weighted by length) stays
in place; every other matched unit is reported as moved.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from rapidfuzz import fuzz

from bla_assistant.core.documents.model import Article

MATCH_THRESHOLD = 0.45
# Share of an unmatched article's trigrams that must come from a neighbour's partner.
CONTAINMENT_THRESHOLD = 0.5

_WORD_RE = re.compile(r"\w+")
_HEADING_NUMBER_RE = re.compile(
    r"^\s*(?:article|art\.?|section|chapter|chapitre|part|partie)?\s*[\divxlcdm]*[.)]?\s*[-—–:]?\s*",
    re.IGNORECASE,
)


@dataclass
class AlignedUnit:
    """Articles of A (`old`) and of B (`new`) that hold the same provisions."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float = 0.0
    moved: bool = False

    @property
    def kind(self) -> str:
        if not self.old:
            return "inserted"
        if not self.new:
            return "deleted"
        if len(self.old) == 1 and len(self.new) > 1:
            return "split"
        if len(self.old) > 1 and len(self.new) == 1:
            return "merged"
        if len(self.old) > 1:
            return "regrouped"
        return "matched"


@dataclass(frozen=True)
class Placement:
    """Where a unit shows in the redline: both sides together, or one side at its own place."""

    unit: AlignedUnit
    side: str  # both | old | new


@dataclass
class _Profile:
    heading: str
    grams: frozenset[tuple[str, ...]]
    words: int
    kind: str


def _profile(article: Article) -> _Profile:
    words = _WORD_RE.findall(article.text.lower())
    if len(words) >= 3:
        grams = frozenset(zip(words, words[1:], words[2:], strict=False))
    else:
        grams = frozenset([tuple(words)]) if words else frozenset()
    heading = _HEADING_NUMBER_RE.sub("", article.heading or "").lower().strip()
    return _Profile(heading, grams, len(words), article.kind)


def _dice(a: frozenset, b: frozenset) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _containment(part: frozenset, whole: frozenset) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _score(pa: _Profile, pb: _Profile, rel_a: float, rel_b: float) -> float:
    content = _dice(pa.grams, pb.grams)
    if pa.heading and pb.heading:
        heading = fuzz.token_sort_ratio(pa.heading, pb.heading) / 100
        weight = 0.6 if min(pa.words, pb.words) < 15 else 0.3
        score = weight * heading + (1 - weight) * content
    else:
        score = content
    if pa.kind != pb.kind:
        score -= 0.2
    return score + 0.05 * (1 - abs(rel_a - rel_b))


# Trigrams found in at most this many articles of A are "rare": they point at likely partners.
_RARE = 4
_PARTNERS = 8


def _candidate_pairs(pa: list[_Profile], pb: list[_Profile]) -> list[tuple[int, int]]:
    """Pairs worth scoring: partners sharing rare trigrams, near neighbours, equal headings.

    Scoring every pair is quadratic; long drafts (300 articles) would spend most of their time
    on pairs that share nothing but boilerplate. A pair is scored when the B article shares
    one of the A article's rare trigrams (found in few articles of A), when their headings
    are equal, when they sit at about the same relative place, or when either is too short
    to have rare trigrams at all.
    """
    df = Counter(chain.from_iterable(p.grams for p in pa))
    rare = frozenset(g for g, n in df.items() if n <= _RARE)
    postings: dict[tuple[str, ...], list[int]] = {}
    for i, p in enumerate(pa):
        for gram in p.grams & rare:
            postings.setdefault(gram, []).append(i)
    by_heading: dict[str, list[int]] = {}
    for i, p in enumerate(pa):
        if p.heading:
            by_heading.setdefault(p.heading, []).append(i)
    short_a = [i for i, p in enumerate(pa) if len(p.grams) < 8]
    na, nb = max(len(pa) - 1, 1), max(len(pb) - 1, 1)
    pairs: list[tuple[int, int]] = []
    for j, q in enumerate(pb):
        if len(q.grams) < 8:
            pairs += [(i, j) for i in range(len(pa))]
            continue
        votes: Counter = Counter()
        for gram in q.grams & rare:
            votes.update(postings[gram])
        chosen = {i for i, _ in votes.most_common(_PARTNERS)}
        centre = round(j / nb * na)
        chosen.update(range(max(0, centre - 2), min(len(pa), centre + 3)))
        chosen.update(by_heading.get(q.heading, ()))
        chosen.update(short_a)
        pairs += [(i, j) for i in sorted(chosen)]
    return pairs


def align_articles(old: list[Article], new: list[Article]) -> list[AlignedUnit]:
    """Units in B's order, then A-only (deleted) units in A's order; `moved` is set."""
    pa = [_profile(a) for a in old]
    pb = [_profile(b) for b in new]
    na, nb = max(len(old) - 1, 1), max(len(new) - 1, 1)
    candidates = []
    for i, j in _candidate_pairs(pa, pb):
        score = _score(pa[i], pb[j], i / na, j / nb)
        if score >= MATCH_THRESHOLD:
            candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    unit_of_old: dict[int, AlignedUnit] = {}
    unit_of_new: dict[int, AlignedUnit] = {}
    for score, i, j in candidates:
        if i in unit_of_old or j in unit_of_new:
            continue
        unit = AlignedUnit((i,), (j,), score)
        unit_of_old[i] = unit_of_new[j] = unit
    _absorb_splits(pa, pb, unit_of_old, unit_of_new, len(new))
    _absorb_merges(pa, pb, unit_of_old, unit_of_new, len(old))

    units: list[AlignedUnit] = []
    seen: set[int] = set()
    for j in range(len(new)):
        unit = unit_of_new.get(j)
        if unit is None:
            units.append(AlignedUnit((), (j,)))
        elif id(unit) not in seen:
            seen.add(id(unit))
            units.append(unit)
    units += [AlignedUnit((i,), ()) for i in range(len(old)) if i not in unit_of_old]
    _mark_moves([u for u in units if u.old and u.new], pa)
    return units


def _absorb_splits(pa, pb, unit_of_old, unit_of_new, count_new) -> None:
    changed = True
    while changed:
        changed = False
        for j in range(count_new):
            if j in unit_of_new:
                continue
            for neighbour in (j - 1, j + 1):
                unit = unit_of_new.get(neighbour)
                if unit is None or len(unit.old) != 1:
                    continue
                whole = pa[unit.old[0]].grams
                if _containment(pb[j].grams, whole) >= CONTAINMENT_THRESHOLD:
                    unit.new = tuple(sorted(unit.new + (j,)))
                    unit_of_new[j] = unit
                    changed = True
                    break


def _absorb_merges(pa, pb, unit_of_old, unit_of_new, count_old) -> None:
    changed = True
    while changed:
        changed = False
        for i in range(count_old):
            if i in unit_of_old:
                continue
            for neighbour in (i - 1, i + 1):
                unit = unit_of_old.get(neighbour)
                if unit is None or len(unit.new) != 1:
                    continue
                whole = pb[unit.new[0]].grams
                if _containment(pa[i].grams, whole) >= CONTAINMENT_THRESHOLD:
                    unit.old = tuple(sorted(unit.old + (i,)))
                    unit_of_old[i] = unit
                    changed = True
                    break


def _mark_moves(matched: list[AlignedUnit], pa: list[_Profile]) -> None:
    """Keep in place the heaviest set of units in the same order in both drafts."""
    if not matched:
        return
    # `matched` is in B order; find the heaviest increasing subsequence of A positions.
    weights = [sum(pa[i].words for i in u.old) + 1 for u in matched]
    best = weights[:]
    back = [-1] * len(matched)
    for k in range(len(matched)):
        for m in range(k):
            if matched[m].old[0] < matched[k].old[0] and best[m] + weights[k] > best[k]:
                best[k] = best[m] + weights[k]
                back[k] = m
    k = max(range(len(matched)), key=best.__getitem__)
    keep: set[int] = set()
    while k != -1:
        keep.add(k)
        k = back[k]
    for k, unit in enumerate(matched):
        unit.moved = k not in keep


def layout(units: list[AlignedUnit]) -> list[Placement]:
    """Reading order of the redline: B's order, with A-only material where it stood in A.

    A deleted article, or the old place of a moved one, follows the in-place unit that
    preceded it in A, before any new material: deletions read before insertions.
    """
    anchors = [u for u in units if u.old and u.new and not u.moved]
    old_only = sorted((u for u in units if u.old and (not u.new or u.moved)),
                      key=lambda u: u.old[0])
    anchor_starts = sorted(u.old[0] for u in anchors)

    def anchor_before(unit: AlignedUnit) -> int | None:
        before = [s for s in anchor_starts if s < unit.old[0]]
        return before[-1] if before else None

    pending: dict[int | None, list[AlignedUnit]] = {}
    for unit in old_only:
        pending.setdefault(anchor_before(unit), []).append(unit)

    placements: list[Placement] = [Placement(u, "old") for u in pending.pop(None, [])]
    for unit in units:
        if not unit.new:
            continue
        if unit.old and not unit.moved:
            placements.append(Placement(unit, "both"))
            placements += [Placement(u, "old") for u in pending.pop(unit.old[0], [])]
        else:
            placements.append(Placement(unit, "new"))
    for rest in pending.values():  # pragma: no cover - every anchor start was popped above
        placements += [Placement(u, "old") for u in rest]
    return placements
