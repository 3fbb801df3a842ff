"""One line per changed article, as a reviewer would say it.

"Article 7 (was 9): posting period of 36 -> 24 months; Article 12 on insurance deleted;
new Article 15 on data sharing". Articles that were only renumbered are gathered in one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bla_assistant.core.compare.model import ArticleChange, ArticleRef, Comparison, Edit

# Edits longer than this (in words) are described by their size, not quoted.
_QUOTE_WORDS = 8
_EDITS_PER_LINE = 3


def _names(refs: list[ArticleRef]) -> str:
    if len(refs) == 1:
        return refs[0].name
    numbers = [r.number for r in refs if r.number]
    if len(numbers) == len(refs):
        return f"Articles {', '.join(numbers[:-1])} and {numbers[-1]}"
    return " + ".join(r.name for r in refs)


def _topic(ref: ArticleRef) -> str:
    return f" on {ref.heading[0].lower()}{ref.heading[1:]}" if ref.heading else ""


def _quote(text: str) -> str:
    words = text.split()
    if len(words) <= _QUOTE_WORDS:
        return " ".join(words)
    return " ".join(words[:_QUOTE_WORDS]) + " …"


def describe_edit(edit: Edit) -> str:
    if edit.in_heading and edit.op == "replace":
        return f"heading {_quote(edit.old)!r} -> {_quote(edit.new)!r}"
    old_words, new_words = len(edit.old.split()), len(edit.new.split())
    if edit.op == "replace" and max(old_words, new_words) <= _QUOTE_WORDS:
        return " ".join(x for x in (edit.before, f"{_quote(edit.old)} -> {_quote(edit.new)}",
                                    edit.after) if x)
    if edit.op == "replace":
        return f"passage rewritten ({old_words} -> {new_words} words): {_quote(edit.new)!r}"
    if edit.op == "insert":
        where = f" after {edit.before!r}" if edit.before else ""
        if new_words > _QUOTE_WORDS:
            return f"{new_words} words added{where}: {_quote(edit.new)!r}"
        return f"added {_quote(edit.new)!r}{where}"
    where = f" after {edit.before!r}" if edit.before else ""
    if old_words > _QUOTE_WORDS:
        return f"{old_words} words removed{where}: {_quote(edit.old)!r}"
    return f"removed {_quote(edit.old)!r}{where}"


def describe_change(change: ArticleChange) -> str:
    """The summary line of one article change; "" when nothing but the number changed."""
    if change.kind == "inserted":
        ref = change.new[0]
        return f"new {ref.name}{_topic(ref)}"
    if change.kind == "deleted":
        ref = change.old[0]
        return f"{ref.name}{_topic(ref)} deleted"
    new, old = change.new, change.old
    if change.kind == "split":
        head = f"{old[0].name} split into {_names(new)}"
    elif change.kind in ("merged", "regrouped"):
        head = f"{_names(old)} merged into {_names(new)}"
    else:
        head = new[0].name
        if change.renumbered or change.moved:
            head += f" (was {old[0].number or old[0].name})"
        if change.moved:
            head += ", moved"
    if change.kind == "unchanged":
        return f"{head}: text unchanged" if change.moved else ""
    edits = [describe_edit(e) for e in change.edits]
    if not edits:
        return head
    more = len(edits) - _EDITS_PER_LINE
    body = "; ".join(edits[:_EDITS_PER_LINE]) + (f"; and {more} more change(s)" if more > 0 else "")
    return f"{head}: {body}"


def summary_lines(comparison: Comparison) -> list[str]:
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
        pairs = ", ".join(f"{c.new[0].number} (was {c.old[0].number})" for c in renumbered)
        lines.append(f"renumbered, text unchanged: Articles {pairs}")
    if not lines:
        lines.append("no differences in text")
    return lines
