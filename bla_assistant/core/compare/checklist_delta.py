"""Which checklist elements draft B gained, lost or weakened against draft A.

When the gap check (`core.gapcheck`) is installed, both drafts go through it and its statuses
(present / weak / missing) are compared: missing -> found is gained, found -> missing is lost,
present -> weak (or a confidence drop of a quarter or more) is weakened, weak -> present is
strengthened, and an element whose providing article was edited is changed.

Without it, each element is looked for with the cues of its checklist items (heading words
and phrases real agreements use, minus the excludes). An article providing an element scores
2 for a heading cue and 1 per distinct phrase cue. Then, element by element:
- gained / lost: found in only one draft;
- weakened: found in both, but B's best article scores lower, or wording that carried a cue
  in A was deleted by an edit and no B article providing it still has that cue;
- changed: found in both, not weakened, but an article providing it was edited (the line says
  how, e.g. "60 -> 36 months"), so a negotiator checks the new terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bla_assistant.core.compare.model import ArticleChange, Comparison
from bla_assistant.core.documents.model import Article, DraftDocument
from bla_assistant.core.library.model import ChecklistItem, Library

METHOD_CUES = "checklist cues (heading and phrase cues of each checklist item)"
METHOD_GAP_CHECK = "gap check of both drafts (statuses present / weak / missing compared)"
_CONFIDENCE_DROP = 0.25


@dataclass
class _ItemCues:
    headings: set[str] = field(default_factory=set)
    phrases: set[str] = field(default_factory=set)
    excludes: set[str] = field(default_factory=set)


@dataclass
class Presence:
    element_id: str
    articles: list[int]  # indices of the providing articles, best first
    strength: int
    cues: set[str]


def guess_agreement_type(document: DraftDocument) -> str:
    head = (document.title + " " + " ".join(a.heading for a in document.articles[:12])).lower()
    if "social security" in head or "sécurité sociale" in head:
        return "SSA"
    if "memorandum" in head or "protocole d'accord" in head:
        return "MoU"
    return "BLA"


def _items(library: Library, agreement_type: str, lang: str) -> dict[str, _ItemCues]:
    cues: dict[str, _ItemCues] = {}
    for checklist in library.checklists.values():
        if agreement_type not in checklist.applies_to and not (
            agreement_type == "MoU" and "BLA" in checklist.applies_to
        ):
            continue
        for item in checklist.items:
            _add(cues.setdefault(item.element_id, _ItemCues()), item, lang)
    return cues


def _add(target: _ItemCues, item: ChecklistItem, lang: str) -> None:
    for source, store in ((item.cues.headings, target.headings),
                          (item.cues.phrases, target.phrases),
                          (item.cues.excludes, target.excludes)):
        words = source.get(lang) or source.get("en") or ()
        store.update(w.lower() for w in words if w.strip())


def _cue_pattern(cue: str) -> re.Pattern[str]:
    """Checklist cue syntax: `re:` regex, `word*` prefix, `a ... b` words apart (up to 60)."""
    if cue.startswith("re:"):
        return re.compile(cue[3:])
    parts = [re.escape(part.strip()).replace(r"\*", r"\w*") for part in cue.split("...")]
    return re.compile(r"(?<!\w)" + r"\W(?:[^.;]{0,60}\W)?".join(parts) + r"(?!\w)")


def _contains(text: str, phrase: str) -> bool:
    try:
        return _cue_pattern(phrase).search(text) is not None
    except re.error:
        return False


def _article_score(article: Article, cues: _ItemCues) -> tuple[int, set[str]]:
    text = article.text.lower()
    heading = article.heading.lower()
    if any(_contains(text, x) or _contains(heading, x) for x in cues.excludes):
        return 0, set()
    hits = {p for p in cues.phrases if _contains(text, p)}
    heading_hits = {h for h in cues.headings if _contains(heading, h)}
    return 2 * bool(heading_hits) + len(hits), hits | heading_hits


def find_elements(document: DraftDocument, cues: dict[str, _ItemCues]) -> dict[str, Presence]:
    found: dict[str, Presence] = {}
    for element_id, item in cues.items():
        scored = []
        for index, article in enumerate(document.articles):
            score, hits = _article_score(article, item)
            if score:
                scored.append((score, index, hits))
        if scored:
            scored.sort(key=lambda s: (-s[0], s[1]))
            found[element_id] = Presence(element_id, [i for _, i, _ in scored], scored[0][0],
                                         set().union(*(h for _, _, h in scored)))
    return found


def checklist_delta(comparison: Comparison, library: Library, *,
                    agreement_type: str | None = None, lang: str | None = None,
                    use_gap_check: bool = True) -> dict:
    if use_gap_check:
        delta = _gap_check_delta(comparison, library, agreement_type)
        if delta is not None:
            return delta
    return cue_delta(comparison, library, agreement_type=agreement_type, lang=lang)


def _gap_check_delta(comparison: Comparison, library: Library,
                     agreement_type: str | None) -> dict | None:
    try:
        from bla_assistant.core.gapcheck.agreement_type import detect_agreement_type
        from bla_assistant.core.gapcheck.draft_check import GapChecker
    except ImportError:
        return None
    kind = agreement_type or detect_agreement_type(comparison.new)
    checker = GapChecker(library)  # one checker: cues are compiled once for both drafts
    found_a = _statuses(checker.check_document(comparison.old, agreement_type=kind),
                        comparison.old)
    found_b = _statuses(checker.check_document(comparison.new, agreement_type=kind),
                        comparison.new)
    result: dict = {"method": METHOD_GAP_CHECK, "agreement_type": kind,
                    "elements_checked": len(found_a),
                    "gained": [], "lost": [], "weakened": [], "strengthened": [], "changed": []}
    for element_id in sorted(found_a):
        (status_a, conf_a, arts_a), (status_b, conf_b, arts_b) = (
            found_a[element_id], found_b.get(element_id, ("missing", 0.0, [])))
        entry = {"element_id": element_id,
                 "old_articles": [_name(comparison.old.articles[i]) for i in arts_a],
                 "new_articles": [_name(comparison.new.articles[i]) for i in arts_b],
                 "old_status": status_a, "new_status": status_b}
        where_a = ", ".join(entry["old_articles"][:2])
        where_b = ", ".join(entry["new_articles"][:2])
        if status_a == "missing" and status_b != "missing":
            entry["detail"] = f"now provided by {where_b} ({status_b})"
            result["gained"].append(entry)
        elif status_a != "missing" and status_b == "missing":
            entry["detail"] = f"was provided by {where_a}; no article of the new draft provides it"
            result["lost"].append(entry)
        elif status_a == "missing":
            continue
        elif (status_a, status_b) == ("present", "weak") or conf_a - conf_b >= _CONFIDENCE_DROP:
            entry["detail"] = (f"{status_a} -> {status_b}, confidence {conf_a:.2f} -> "
                               f"{conf_b:.2f} ({where_b})")
            result["weakened"].append(entry)
        elif (status_a, status_b) == ("weak", "present"):
            entry["detail"] = f"weak -> present ({where_b})"
            result["strengthened"].append(entry)
        else:
            edited = [c for c in comparison.changes
                      if c.kind != "unchanged" and any(r.index in arts_a for r in c.old)]
            if edited:
                entry["detail"] = "; ".join(c.summary for c in edited if c.summary)
                result["changed"].append(entry)
    return result


def _statuses(report, document: DraftDocument) -> dict[str, tuple[str, float, list[int]]]:
    """element id -> (status, confidence, indices of the articles given as evidence)."""
    by_number = {(a.number, a.kind): i for i, a in enumerate(document.articles)}
    out: dict[str, tuple[str, float, list[int]]] = {}
    for item in report.items:
        if item.element_id in out:  # the same element in two checklists: first one counts
            continue
        indices = [by_number[(e.article, e.kind)] for e in item.evidence
                   if (e.article, e.kind) in by_number]
        out[item.element_id] = (item.status, item.confidence, indices)
    return out


def cue_delta(comparison: Comparison, library: Library, *,
              agreement_type: str | None = None, lang: str | None = None) -> dict:
    """The delta from checklist cues alone (used when the gap check is not installed)."""
    agreement_type = agreement_type or guess_agreement_type(comparison.new)
    lang = lang or comparison.new.language or "en"
    cues = _items(library, agreement_type, lang)
    in_a = find_elements(comparison.old, cues)
    in_b = find_elements(comparison.new, cues)
    old_docs, new_docs = comparison.old.articles, comparison.new.articles
    result: dict = {"method": METHOD_CUES, "agreement_type": agreement_type,
                    "elements_checked": len(cues),
                    "gained": [], "lost": [], "weakened": [], "strengthened": [], "changed": []}

    def names(articles: list[Article], indices: list[int]) -> list[str]:
        return [_name(articles[i]) for i in indices]

    for element_id in sorted(cues):
        a, b = in_a.get(element_id), in_b.get(element_id)
        if not a and not b:
            continue
        entry = {"element_id": element_id,
                 "old_articles": names(old_docs, a.articles) if a else [],
                 "new_articles": names(new_docs, b.articles) if b else []}
        if b and not a:
            entry["detail"] = f"now provided by {', '.join(entry['new_articles'][:2])}"
            result["gained"].append(entry)
            continue
        if a and not b:
            entry["detail"] = (f"was provided by {', '.join(entry['old_articles'][:2])}; "
                               "no article of the new draft provides it")
            result["lost"].append(entry)
            continue
        lost_cues = _deleted_cues(comparison, a, b, cues[element_id])
        if b.strength < a.strength or lost_cues:
            reasons = []
            if lost_cues:
                reasons.append("wording removed: " + ", ".join(repr(c) for c in sorted(lost_cues)))
            if b.strength < a.strength:
                reasons.append(f"cue strength {a.strength} -> {b.strength}")
            entry["detail"] = "; ".join(reasons)
            result["weakened"].append(entry)
            continue
        edited = [c for c in _changes_touching(comparison, a) if c.kind != "unchanged"]
        if edited:
            entry["detail"] = "; ".join(c.summary for c in edited if c.summary)
            result["changed"].append(entry)
    return result


def _name(article: Article) -> str:
    if article.number:
        return f"Article {article.number}"
    return article.label or article.heading or "unnumbered block"


def _changes_touching(comparison: Comparison, presence: Presence) -> list[ArticleChange]:
    wanted = set(presence.articles)
    return [c for c in comparison.changes if any(r.index in wanted for r in c.old)]


def _deleted_cues(comparison: Comparison, a: Presence, b: Presence, cues: _ItemCues) -> set[str]:
    deleted = " ".join(
        e.old.lower() for c in _changes_touching(comparison, a) for e in c.edits if e.old
    )
    gone = {p for p in a.cues if p in cues.phrases and _contains(deleted, p)}
    return {p for p in gone if p not in b.cues}
