"""Pair the paragraphs of two aligned articles, then word-diff each pair.

Identical paragraphs pair first (LCS on their exact text). In each stretch between them, the
remaining paragraphs pair in order by likeness (a small dynamic programme, so a paragraph that
was edited pairs with its old self even when one was added before it); whatever stays single
is a whole inserted or deleted paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from bla_assistant.core.compare.lines import Line
from bla_assistant.core.compare.word_diff import DiffOp, diff_text

# Two paragraphs below this likeness (0..1) are shown as one deleted and one inserted.
PAIR_THRESHOLD = 0.4
# One paragraph against several (or several against one) this alike once joined: a split or a
# merge of paragraphs, shown as paragraph marks added or removed, not as rewritten text.
REGROUP_THRESHOLD = 0.85


@dataclass
class ParagraphDiff:
    op: str  # equal | modified | insert | delete | regroup
    old: Line | None
    new: Line | None
    ops: list[DiffOp] = field(default_factory=list)
    # For "regroup" (a paragraph split in several, or several merged): all lines of each side;
    # `ops` then diffs the sides joined with "\n", one "\n" per paragraph break.
    olds: list[Line] = field(default_factory=list)
    news: list[Line] = field(default_factory=list)


def diff_paragraphs(old: list[Line], new: list[Line]) -> list[ParagraphDiff]:
    out: list[ParagraphDiff] = []
    for code in Indel.opcodes([line.text for line in old], [line.text for line in new]):
        a = old[code.src_start:code.src_end]
        b = new[code.dest_start:code.dest_end]
        if code.tag == "equal":
            out += [ParagraphDiff("equal", x, y, [DiffOp("equal", x.text, y.text)])
                    for x, y in zip(a, b, strict=True)]
        else:
            out += _pair_block(a, b)
    return _regroup(out)


def _regroup(diffs: list[ParagraphDiff]) -> list[ParagraphDiff]:
    """Indel emits insert before delete blocks; pair such neighbours too."""
    out: list[ParagraphDiff] = []
    k = 0
    while k < len(diffs):
        if diffs[k].op in ("insert", "delete"):
            end = k
            while end < len(diffs) and diffs[end].op in ("insert", "delete"):
                end += 1
            olds = [d.old for d in diffs[k:end] if d.op == "delete"]
            news = [d.new for d in diffs[k:end] if d.op == "insert"]
            out += _pair_block(olds, news) if olds and news else diffs[k:end]
            k = end
        else:
            out.append(diffs[k])
            k += 1
    return out


def _regrouped(old: list[Line], new: list[Line]) -> ParagraphDiff | None:
    if not ((len(old) == 1 and len(new) > 1) or (len(new) == 1 and len(old) > 1)):
        return None
    if any(line.role != "body" for line in (*old, *new)):
        return None
    joined_old = "\n".join(line.text for line in old)
    joined_new = "\n".join(line.text for line in new)
    if fuzz.ratio(joined_old, joined_new) / 100 < REGROUP_THRESHOLD:
        return None
    return ParagraphDiff("regroup", old[0], new[0], diff_text(joined_old, joined_new),
                         list(old), list(new))


def _likeness(a: Line, b: Line) -> float:
    score = fuzz.ratio(a.text, b.text) / 100
    return score + (0.1 if a.role == b.role else -0.2)


def _pair_block(old: list[Line], new: list[Line]) -> list[ParagraphDiff]:
    if not old or not new:
        return [ParagraphDiff("delete", x, None) for x in old] + [
            ParagraphDiff("insert", None, y) for y in new]
    regrouped = _regrouped(old, new)
    if regrouped is not None:
        return [regrouped]
    n, m = len(old), len(new)
    sim = [[_likeness(a, b) for b in new] for a in old]
    # best[i][j]: best total likeness pairing old[i:] with new[j:] in order.
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= PAIR_THRESHOLD else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    out: list[ParagraphDiff] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= PAIR_THRESHOLD and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            ops = diff_text(old[i].text, new[j].text)
            out.append(ParagraphDiff("modified", old[i], new[j], ops))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            out.append(ParagraphDiff("delete", old[i], None))
            i += 1
        else:
            out.append(ParagraphDiff("insert", None, new[j]))
            j += 1
    out += [ParagraphDiff("delete", x, None) for x in old[i:]]
    out += [ParagraphDiff("insert", None, y) for y in new[j:]]
    return out
