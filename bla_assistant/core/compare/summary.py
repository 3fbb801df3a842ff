"""One line per changed article, as a reviewer would say it, in English or French.

"Article 7 (was 9): posting period of 36 -> 24 months; Article 12 on insurance deleted;
new Article 15 on data sharing". Articles that were only renumbered are gathered in one line.
The language follows draft B (`DraftDocument.language`); French lines use French spacing and
quotation marks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bla_assistant.core.compare.model import ArticleChange, ArticleRef, Comparison, Edit

# Edits longer than this (in words) are described by their size, not quoted.
_QUOTE_WORDS = 8
_EDITS_PER_LINE = 3

_TEXT = {
    "en": {
        "and": "and", "colon": ": ", "q": "'{}'", "preamble": "the preamble",
        "block": "the {} block", "was": " (was {})", "moved_after": ", moved after {}",
        "moved": ", moved", "unchanged": "text unchanged", "new": "new {}{}",
        "added_block": "{} added", "deleted": "{}{} deleted", "split": "{} split into {}",
        "merged": "{} merged into {}", "heading": "heading {} -> {}",
        "rewritten": "passage rewritten ({} -> {} words): {}",
        "words_added": "{} words added{}: {}", "added": "added {}{}", "after": " after {}",
        "words_removed": "{} words removed{}: {}", "removed": "removed {}{}",
        "more": "; and {} more change(s)", "para_split": "paragraph split in {}: {}",
        "para_merge": "{} paragraphs merged: {}",
        "renumbered": "renumbered, text unchanged: Articles {}", "none": "no differences in text",
    },
    "fr": {
        "and": "et", "colon": " : ", "q": "« {} »", "preamble": "le préambule",
        "block": "le bloc {}", "was": " (ancien {})", "moved_after": ", déplacé après {}",
        "moved": ", déplacé", "unchanged": "texte inchangé", "new": "nouvel {}{}",
        "added_block": "{} ajouté", "deleted": "{}{} supprimé", "split": "{} scindé en {}",
        "merged": "{} fusionnés en {}", "heading": "intitulé {} -> {}",
        "rewritten": "passage réécrit ({} -> {} mots) : {}",
        "words_added": "{} mots ajoutés{} : {}", "added": "ajouté {}{}", "after": " après {}",
        "words_removed": "{} mots supprimés{} : {}", "removed": "supprimé {}{}",
        "more": " ; et {} autre(s) modification(s)", "para_split": "paragraphe scindé en {} : {}",
        "para_merge": "{} paragraphes fusionnés : {}",
        "renumbered": "renumérotés, texte inchangé : Articles {}",
        "none": "aucune différence de texte",
    },
}


def _t(lang: str) -> dict[str, str]:
    return _TEXT.get(lang, _TEXT["en"])


def ref_name(ref: ArticleRef, lang: str = "en") -> str:
    if ref.number:
        return f"Article {ref.number}"
    if ref.label or ref.heading:
        return ref.label or ref.heading
    t = _t(lang)
    return t["preamble"] if ref.kind == "preamble" else t["block"].format(ref.kind)


def _names(refs: list[ArticleRef], lang: str) -> str:
    if len(refs) == 1:
        return ref_name(refs[0], lang)
    numbers = [r.number for r in refs if r.number]
    if len(numbers) == len(refs):
        return f"Articles {', '.join(numbers[:-1])} {_t(lang)['and']} {numbers[-1]}"
    return " + ".join(ref_name(r, lang) for r in refs)


def _topic(ref: ArticleRef, lang: str) -> str:
    if not ref.heading:
        return ""
    if lang == "fr":
        return f" ({ref.heading})"
    words = ref.heading.split()
    # Sentence case ("Data sharing") reads well in lower case; Title Case may hold names
    # ("Legislation of India"), so it stays as printed.
    if all(w[:1].islower() or not w[:1].isalpha() for w in words[1:]) and not words[0].isupper():
        return f" on {ref.heading[0].lower()}{ref.heading[1:]}"
    return f" on {ref.heading}"


def _quote(text: str) -> str:
    words = text.split()
    if len(words) <= _QUOTE_WORDS:
        return " ".join(words)
    return " ".join(words[:_QUOTE_WORDS]) + " …"


def describe_edit(edit: Edit, lang: str = "en") -> str:
    t = _t(lang)

    def q(text: str) -> str:
        return t["q"].format(_quote(text))

    if edit.op in ("split", "merge"):
        # `before` holds the number of paragraphs on the many side.
        return t[f"para_{edit.op}"].format(edit.before,
                                           q(edit.new if edit.op == "merge" else edit.old))
    if edit.in_heading and edit.op == "replace":
        return t["heading"].format(q(edit.old), q(edit.new))
    old_words, new_words = len(edit.old.split()), len(edit.new.split())
    if edit.op == "replace" and max(old_words, new_words) <= _QUOTE_WORDS:
        return " ".join(x for x in (edit.before, f"{_quote(edit.old)} -> {_quote(edit.new)}",
                                    edit.after) if x)
    if edit.op == "replace":
        return t["rewritten"].format(old_words, new_words, q(edit.new))
    where = t["after"].format(q(edit.before)) if edit.before else ""
    if edit.op == "insert":
        if new_words > _QUOTE_WORDS:
            return t["words_added"].format(new_words, where, q(edit.new))
        return t["added"].format(q(edit.new), where)
    if old_words > _QUOTE_WORDS:
        return t["words_removed"].format(old_words, where, q(edit.old))
    return t["removed"].format(q(edit.old), where)


def describe_change(change: ArticleChange, lang: str = "en") -> str:
    """The summary line of one article change; "" when nothing but the number changed."""
    t = _t(lang)
    if change.kind == "inserted":
        ref = change.new[0]
        if not ref.number:
            return t["added_block"].format(ref_name(ref, lang)
                                           + (_topic(ref, lang) if ref.label else ""))
        return t["new"].format(ref_name(ref, lang), _topic(ref, lang))
    if change.kind == "deleted":
        ref = change.old[0]
        return t["deleted"].format(ref_name(ref, lang), _topic(ref, lang))
    new, old = change.new, change.old
    if change.kind == "split":
        head = t["split"].format(ref_name(old[0], lang), _names(new, lang))
    elif change.kind in ("merged", "regrouped"):
        head = t["merged"].format(_names(old, lang), _names(new, lang))
    else:
        head = ref_name(new[0], lang)
        if change.renumbered:
            head += t["was"].format(old[0].number or ref_name(old[0], lang))
        if change.moved:
            head += t["moved_after"].format(change.moved_after) if change.moved_after \
                else t["moved"]
    if change.kind == "unchanged":
        return f"{head}{t['colon']}{t['unchanged']}" if change.moved else ""
    edits = [describe_edit(e, lang) for e in change.edits]
    if not edits:
        return head
    more = len(edits) - _EDITS_PER_LINE
    body = "; ".join(edits[:_EDITS_PER_LINE]) + (t["more"].format(more) if more > 0 else "")
    return f"{head}{t['colon']}{body}"


def _runs(changes: list[ArticleChange]) -> list[tuple[str, str]]:
    """Gather "8 (was 9), 9 (was 10), 10 (was 11)" into "8-10 (was 9-11)"."""
    runs: list[list[ArticleChange]] = []
    for change in changes:
        if runs and _follows(runs[-1][-1], change):
            runs[-1].append(change)
        else:
            runs.append([change])
    out = []
    for run in runs:
        first, last = run[0], run[-1]
        if len(run) == 1:
            out.append((first.new[0].number, first.old[0].number))
        else:
            out.append((f"{first.new[0].number}-{last.new[0].number}",
                        f"{first.old[0].number}-{last.old[0].number}"))
    return out


def _follows(previous: ArticleChange, change: ArticleChange) -> bool:
    numbers = (previous.new[0].number, change.new[0].number,
               previous.old[0].number, change.old[0].number)
    if not all(n.isdigit() for n in numbers):
        return False
    a, b, c, d = (int(n) for n in numbers)
    return b == a + 1 and d == c + 1


def summary_lines(comparison: Comparison) -> list[str]:
    t = _t(comparison.lang)
    # Reading order of the redline: deleted articles where they stood in A.
    ordered: list[ArticleChange] = []
    for placement in comparison.placements:
        change = comparison.change_for(placement.unit)
        if placement.side != "old" or not change.moved:
            ordered.append(change)
    lines = [c.summary for c in ordered if c.summary]
    renumbered = [c for c in comparison.changes
                  if c.kind == "unchanged" and c.renumbered and not c.moved]
    if renumbered:
        lines.append(t["renumbered"].format(", ".join(
            f"{new}{t['was'].format(old)}" for new, old in _runs(renumbered))))
    if not lines:
        lines.append(t["none"])
    return lines
