"""Word-level diff of two texts that a reviewer can read.

Three rules keep the result readable:
- tokens come from `tokens.tokenize`, so "36" -> "24" is one change, not two digits;
- short common words stranded between two changes ("the", ",") are folded into the change
  (the semantic clean-up of diff-match-patch, on tokens): no confetti;
- sentences are aligned first; a rewritten sentence that shares less than `min_shared` of its
  words with the old one becomes one whole-sentence replacement.

Concatenating the `old` sides of the result gives the first text exactly, the `new` sides the
second: the redline's accept-all / reject-all guarantee rests on this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from bla_assistant.core.compare.tokens import Token, detokenize, sentence_spans, tokenize

# Stranded equal runs up to this many tokens may be folded into the surrounding change.
_MAX_FOLD = 3


@dataclass(frozen=True, slots=True)
class DiffOp:
    op: str  # equal | insert | delete | replace
    old: str
    new: str

    @property
    def is_whitespace_only(self) -> bool:
        return self.op != "equal" and not self.old.strip() and not self.new.strip()


def diff_text(old: str, new: str, *, min_shared: float = 0.5) -> list[DiffOp]:
    if old == new:
        return [DiffOp("equal", old, new)] if old else []
    # Long paragraphs with a small edit are the common case: keep the shared head and tail
    # out of the token diff. The cuts step back a few words from the first and last
    # difference so that a date or an amount ("1 January 2024") is never cut in two.
    head, tail = _common_ends(old, new)
    ops: list[DiffOp] = [DiffOp("equal", old[:head], old[:head])] if head else []
    ops += _diff_middle(old[head:len(old) - tail], new[head:len(new) - tail], min_shared)
    if tail:
        ops.append(DiffOp("equal", old[len(old) - tail:], old[len(old) - tail:]))
    return _tidy(ops)


_MARGIN_WORDS = 5
_BLANK_RE = re.compile(r"\s+")


def _prefix_length(a: str, b: str) -> int:
    """Length of the common prefix, by halving (slice comparisons run in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _suffix_length(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid:] == b[len(b) - mid:]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_ends(old: str, new: str) -> tuple[int, int]:
    limit = min(len(old), len(new))
    head = _prefix_length(old, new)
    # Step back to the start of the word holding the first difference, then a margin.
    starts = [m.end() for m in _BLANK_RE.finditer(old, 0, head) if m.end() <= head]
    head = starts[-1 - _MARGIN_WORDS] if len(starts) > _MARGIN_WORDS else 0
    limit -= head
    tail = _suffix_length(old, new, limit)
    if tail:
        # Step forward past the word holding the last difference, then a margin; the tail
        # then starts on a blank, which stays with the token before it.
        ends = [m.start() for m in _BLANK_RE.finditer(old, len(old) - tail)]
        tail = len(old) - ends[_MARGIN_WORDS] if len(ends) > _MARGIN_WORDS else 0
    return head, tail


def _diff_middle(old: str, new: str, min_shared: float) -> list[DiffOp]:
    if not old or not new:
        if old or new:
            return [DiffOp("delete" if old else "insert", old, new)]
        return []
    ta, tb = tokenize(old), tokenize(new)
    sa, sb = sentence_spans(ta), sentence_spans(tb)
    keys_a = [_sentence_key(ta, s) for s in sa]
    keys_b = [_sentence_key(tb, s) for s in sb]
    out: list[DiffOp] = []
    pending_a: list[Token] = []
    pending_b: list[Token] = []

    def flush() -> None:
        if pending_a and pending_b:
            out.extend(_word_block(pending_a, pending_b, min_shared))
        elif pending_a:
            out.append(DiffOp("delete", detokenize(pending_a), ""))
        elif pending_b:
            out.append(DiffOp("insert", "", detokenize(pending_b)))
        pending_a.clear()
        pending_b.clear()

    # Indel yields insert/delete pairs; the sentences they cover are word-diffed as one block.
    for code in Indel.opcodes(keys_a, keys_b):
        a_tokens = _span_tokens(ta, sa, code.src_start, code.src_end)
        b_tokens = _span_tokens(tb, sb, code.dest_start, code.dest_end)
        if code.tag == "equal":
            flush()
            out.extend(_equal_tokens(a_tokens, b_tokens))
        else:
            pending_a.extend(a_tokens)
            pending_b.extend(b_tokens)
    flush()
    return out


def _sentence_key(tokens: list[Token], span: tuple[int, int]) -> str:
    return "\x1f".join(t.text for t in tokens[span[0]:span[1]])


def _span_tokens(tokens: list[Token], spans: list[tuple[int, int]], i: int, j: int) -> list[Token]:
    if i >= j:
        return []
    return tokens[spans[i][0]:spans[j - 1][1]]


def _word_block(ta: list[Token], tb: list[Token], min_shared: float) -> list[DiffOp]:
    spans_a, spans_b = sentence_spans(ta), sentence_spans(tb)
    if len(spans_a) == len(spans_b) > 1:
        # Same number of sentences on each side: judge each pair on its own, so that one
        # rewritten sentence does not drag its lightly edited neighbours into a full rewrite.
        ops: list[DiffOp] = []
        for (a0, a1), (b0, b1) in zip(spans_a, spans_b, strict=True):
            ops.extend(_word_tokens(ta[a0:a1], tb[b0:b1], min_shared))
        return ops
    return _word_tokens(ta, tb, min_shared)


def _word_tokens(ta: list[Token], tb: list[Token], min_shared: float) -> list[DiffOp]:
    blocks = _fold_stranded([
        [c.tag, c.src_start, c.src_end, c.dest_start, c.dest_end]
        for c in Indel.opcodes([t.text for t in ta], [t.text for t in tb])
    ])
    shared = sum(
        1 for tag, i1, i2, _, _ in blocks if tag == "equal" for t in ta[i1:i2] if t.is_word
    )
    words = max(sum(t.is_word for t in ta), sum(t.is_word for t in tb))
    if words and shared / words < min_shared:
        # Rewritten: one replacement, but words both sides start or end with stay plain.
        head = 0
        while head < min(len(ta), len(tb)) and ta[head] == tb[head]:
            head += 1
        tail = 0
        while (tail < min(len(ta), len(tb)) - head
               and ta[len(ta) - 1 - tail] == tb[len(tb) - 1 - tail]):
            tail += 1
        ops = [DiffOp("equal", detokenize(ta[:head]), detokenize(ta[:head]))] if head else []
        ops.append(DiffOp("replace", detokenize(ta[head:len(ta) - tail]),
                          detokenize(tb[head:len(tb) - tail])))
        if tail:
            ops.append(DiffOp("equal", detokenize(ta[len(ta) - tail:]),
                              detokenize(ta[len(ta) - tail:])))
        return ops
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in blocks:
        if tag == "equal":
            ops.extend(_equal_tokens(ta[i1:i2], tb[j1:j2]))
        else:
            ops.append(DiffOp("replace", detokenize(ta[i1:i2]), detokenize(tb[j1:j2])))
    return ops


def _fold_stranded(blocks: list[list]) -> list[list]:
    """Merge change blocks and fold short equal runs caught between bigger changes."""
    merged = _merge_changes(blocks)
    changed = True
    while changed:
        changed = False
        for k in range(1, len(merged) - 1):
            tag, i1, i2, j1, j2 = merged[k]
            if tag != "equal" or i2 - i1 > _MAX_FOLD:
                continue
            before, after = merged[k - 1], merged[k + 1]
            size = i2 - i1
            if size <= _size(before) and size <= _size(after):
                merged[k][0] = "change"
                merged = _merge_changes(merged)
                changed = True
                break
    return merged


def _size(block: list) -> int:
    return max(block[2] - block[1], block[4] - block[3])


def _merge_changes(blocks: list[list]) -> list[list]:
    out: list[list] = []
    for tag, i1, i2, j1, j2 in blocks:
        tag = "equal" if tag == "equal" else "change"
        if out and out[-1][0] == tag == "change":
            out[-1][2], out[-1][4] = i2, j2
        else:
            out.append([tag, i1, i2, j1, j2])
    return out


def _equal_tokens(ta: list[Token], tb: list[Token]) -> list[DiffOp]:
    """Equal token runs, with any difference in the blanks between them kept as a change."""
    ops: list[DiffOp] = []
    run: list[str] = []
    for a, b in zip(ta, tb, strict=True):
        if a.space == b.space:
            run.append(a.text + a.space)
            continue
        run.append(a.text)
        ops.append(DiffOp("equal", "".join(run), "".join(run)))
        run = []
        ops.append(DiffOp("replace", a.space, b.space))
    if run:
        ops.append(DiffOp("equal", "".join(run), "".join(run)))
    return ops


def _tidy(ops: list[DiffOp]) -> list[DiffOp]:
    """Name each change by what it does, peel shared trailing blanks, merge neighbours."""
    out: list[DiffOp] = []
    for op in ops:
        if op.op == "equal":
            pieces = [op]
        else:
            pieces = _peel_space(op.old, op.new)
        for piece in pieces:
            if not piece.old and not piece.new:
                continue
            if out and out[-1].op == "equal" and piece.op == "equal":
                out[-1] = DiffOp("equal", out[-1].old + piece.old, out[-1].new + piece.new)
            elif out and out[-1].op != "equal" and piece.op != "equal":
                old, new = out[-1].old + piece.old, out[-1].new + piece.new
                out[-1] = DiffOp(_kind(old, new), old, new)
            else:
                out.append(piece)
    return out


def _peel_space(old: str, new: str) -> list[DiffOp]:
    common = 0
    while (
        common < min(len(old), len(new))
        and old[len(old) - 1 - common] == new[len(new) - 1 - common]
        and old[len(old) - 1 - common].isspace()
    ):
        common += 1
    if common and (old.strip() or new.strip()):
        tail = old[len(old) - common:]
        head_old, head_new = old[:len(old) - common], new[:len(new) - common]
        return [DiffOp(_kind(head_old, head_new), head_old, head_new), DiffOp("equal", tail, tail)]
    return [DiffOp(_kind(old, new), old, new)]


def _kind(old: str, new: str) -> str:
    if old and new:
        return "replace"
    return "delete" if old else "insert"


def shared_fraction(ops: list[DiffOp]) -> float:
    """Share of characters left unchanged, 0..1."""
    same = sum(len(o.old) for o in ops if o.op == "equal")
    total = max(sum(len(o.old) for o in ops), sum(len(o.new) for o in ops))
    return same / total if total else 1.0
