"""The redline as a list of paragraphs made of marked segments, independent of Word.

Built on draft B: B's paragraphs in B's order, with A's deleted material at the place it held in
A. A moved unit shows twice: its A text at the old place as "move_from", its B text at the new
place as "move_to" (words added while moving are "insert"; words dropped while moving are only
visible at the old place, which is struck through as a whole). With `moves=False` those become
plain "delete" and "insert", the fallback for clients that mishandle move markup.

Paragraph marks carry the same marks as their text, so accept-all and reject-all remove or
keep whole paragraphs: that is what makes accept-all == B and reject-all == A hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from bla_assistant.core.compare.lines import Line, unit_lines
from bla_assistant.core.compare.model import ArticleChange, Comparison
from bla_assistant.core.compare.paragraph_diff import ParagraphDiff


@dataclass
class Segment:
    op: str  # equal | insert | delete | move_from | move_to
    text: str


@dataclass
class RedlineParagraph:
    segments: list[Segment]
    mark: str = "equal"  # equal | insert | delete | move_from | move_to
    role: str = "body"
    level: int = 0
    # Set on the first / last paragraph of a moved block: (name, "from" | "to").
    move_start: tuple[str, str] | None = None
    move_end: tuple[str, str] | None = None


def build_redline(comparison: Comparison, *, moves: bool = True) -> list[RedlineParagraph]:
    paragraphs: list[RedlineParagraph] = []
    move_names: dict[int, str] = {}
    for placement in comparison.placements:
        change = comparison.change_for(placement.unit)
        moved = moves and change.moved
        if moved and id(change) not in move_names:
            move_names[id(change)] = f"move{len(move_names) + 1}"
        if placement.side == "both":
            block = [q for p in change.paragraphs for q in _both(p)]
        elif placement.side == "old":
            op = "move_from" if moved else "delete"
            block = [_whole(line, op) for line in _old_lines(comparison, change)]
        elif moved:
            block = [q for d in change.paragraphs for q in _move_to_lines(d)]
        else:
            block = [_whole(line, "insert") for line in _new_lines(comparison, change)]
        if moved and block:
            side = "from" if placement.side == "old" else "to"
            block[0].move_start = (move_names[id(change)], side)
            block[-1].move_end = (move_names[id(change)], side)
        paragraphs += block
    return paragraphs


def _old_lines(comparison: Comparison, change: ArticleChange) -> list[Line]:
    return unit_lines(comparison.old, [ref.index for ref in change.old])


def _new_lines(comparison: Comparison, change: ArticleChange) -> list[Line]:
    return unit_lines(comparison.new, [ref.index for ref in change.new])


def _whole(line: Line, op: str) -> RedlineParagraph:
    return RedlineParagraph([Segment(op, line.text)] if line.text else [], op, line.role,
                            line.level)


def _both(diff: ParagraphDiff) -> list[RedlineParagraph]:
    if diff.op == "insert":
        return [_whole(diff.new, "insert")]
    if diff.op == "delete":
        return [_whole(diff.old, "delete")]
    if diff.op == "regroup":
        return _regroup(diff)
    segments: list[Segment] = []
    for op in diff.ops:
        if op.op == "equal":
            segments.append(Segment("equal", op.new))
            continue
        if op.old:
            segments.append(Segment("delete", op.old))
        if op.new:
            segments.append(Segment("insert", op.new))
    return [RedlineParagraph(segments, "equal", diff.new.role, diff.new.level)]


def _regroup(diff: ParagraphDiff) -> list[RedlineParagraph]:
    """Split or merged paragraphs: the text is diffed as one stream in which each "\n" is a
    paragraph mark; a deleted "\n" ends a paragraph whose mark is deleted, an inserted one a
    paragraph whose mark is inserted. Accept-all and reject-all then rebuild each side."""
    split = len(diff.news) > 1
    out: list[RedlineParagraph] = []
    segments: list[Segment] = []

    def close(mark: str) -> None:
        nonlocal segments
        lines = diff.news if split else diff.olds
        line = lines[min(len(out), len(lines) - 1)]
        out.append(RedlineParagraph(segments, mark, line.role, line.level))
        segments = []

    def stream(text: str, op: str) -> None:
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                close(op)
            if piece:
                segments.append(Segment(op, piece))

    for op in diff.ops:
        if op.op == "equal":
            stream(op.old, "equal")
            continue
        if op.old:
            stream(op.old, "delete")
        if op.new:
            stream(op.new, "insert")
    last = diff.news[-1] if split else diff.new
    out.append(RedlineParagraph(segments, "equal", last.role, last.level))
    return out


def _move_to_lines(diff: ParagraphDiff) -> list[RedlineParagraph]:
    if diff.op == "regroup":
        # Regrouped paragraphs of a moved article arrive as moved, whole.
        return [_whole(line, "move_to") for line in diff.news]
    paragraph = _move_to(diff)
    return [paragraph] if paragraph is not None else []


def _move_to(diff: ParagraphDiff) -> RedlineParagraph | None:
    """The B side of a moved paragraph: kept words moved in, new words inserted."""
    if diff.op == "delete":
        return None  # shown, struck through, at the old place
    if diff.op == "insert":
        return _whole(diff.new, "insert")
    if diff.op == "regroup":
        return None  # handled by _move_to_lines
    segments = [Segment("move_to" if op.op == "equal" else "insert", op.new)
                for op in diff.ops if op.new]
    return RedlineParagraph(segments, "move_to", diff.new.role, diff.new.level)
