"""Compare two drafts: align articles, diff paragraphs and words, describe each change."""

from __future__ import annotations

import re

from bla_assistant.core.compare.alignment import AlignedUnit, align_articles, layout
from bla_assistant.core.compare.lines import article_lines
from bla_assistant.core.compare.model import ArticleChange, ArticleRef, Comparison, Edit
from bla_assistant.core.compare.paragraph_diff import ParagraphDiff, diff_paragraphs
from bla_assistant.core.compare.summary import describe_change
from bla_assistant.core.compare.word_diff import shared_fraction
from bla_assistant.core.documents.model import DraftDocument

_CONTEXT_WORDS = 3
_WORDS_RE = re.compile(r"\S+")


def compare_documents(old: DraftDocument, new: DraftDocument) -> Comparison:
    units = align_articles(old.articles, new.articles)
    changes = [_article_change(old, new, unit) for unit in units]
    for change in changes:
        change.summary = describe_change(change)
    return Comparison(old, new, changes, layout(units))


def _article_change(old: DraftDocument, new: DraftDocument, unit: AlignedUnit) -> ArticleChange:
    lines_a = [line for i in unit.old for line in article_lines(old.articles[i], i)]
    lines_b = [line for j in unit.new for line in article_lines(new.articles[j], j)]
    paragraphs = diff_paragraphs(lines_a, lines_b)
    refs_a = [ArticleRef.of(old.articles[i], i) for i in unit.old]
    refs_b = [ArticleRef.of(new.articles[j], j) for j in unit.new]
    edits = _edits(paragraphs)
    kind = unit.kind
    renumbered = False
    if kind == "matched":
        renumbered = refs_a[0].number != refs_b[0].number
        # A heading that differs only by its number is renumbering, not an edit.
        edits = [e for e in edits if not (e.in_heading and _only_number(e))]
        kind = "modified" if edits else "unchanged"
    similarity = _similarity(paragraphs) if unit.old and unit.new else 0.0
    return ArticleChange(kind, refs_a, refs_b, unit.moved, renumbered, similarity,
                         paragraphs, edits, unit=unit)


def _only_number(edit: Edit) -> bool:
    old, new = edit.old.strip(), edit.new.strip()
    return bool(old and new) and _is_numeral(old) and _is_numeral(new)


def _is_numeral(text: str) -> bool:
    return bool(re.fullmatch(r"\d+|[IVXLCDM]+|[ivxlcdm]+", text))


def _similarity(paragraphs: list[ParagraphDiff]) -> float:
    ops = [op for p in paragraphs for op in (p.ops or [])]
    ops += [_whole(p) for p in paragraphs if not p.ops]
    return round(shared_fraction(ops), 3)


def _whole(p: ParagraphDiff):
    from bla_assistant.core.compare.word_diff import DiffOp

    if p.op == "delete":
        return DiffOp("delete", p.old.text, "")
    return DiffOp("insert", "", p.new.text)


def _edits(paragraphs: list[ParagraphDiff]) -> list[Edit]:
    edits: list[Edit] = []
    for index, para in enumerate(paragraphs):
        in_heading = (para.new or para.old).role == "heading"
        if para.op == "insert":
            edits.append(Edit("insert", "", para.new.text, in_heading=in_heading, paragraph=index))
            continue
        if para.op == "delete":
            edits.append(Edit("delete", para.old.text, "", in_heading=in_heading,
                              paragraph=index))
            continue
        ops = para.ops
        for k, op in enumerate(ops):
            if op.op == "equal" or op.is_whitespace_only:
                continue
            before = _tail_words(ops[k - 1].new) if k and ops[k - 1].op == "equal" else ""
            after = _head_words(ops[k + 1].new) if k + 1 < len(ops) and ops[k + 1].op == "equal" \
                else ""
            edits.append(Edit(op.op, op.old, op.new, before, after, in_heading, index))
    return edits


def _tail_words(text: str) -> str:
    return " ".join(_WORDS_RE.findall(text)[-_CONTEXT_WORDS:])


def _head_words(text: str) -> str:
    return " ".join(_WORDS_RE.findall(text)[:1])
