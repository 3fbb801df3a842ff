"""Compare two drafts: align articles, diff paragraphs and words, describe each change."""

from __future__ import annotations

import re

from bla_assistant.core.compare.alignment import AlignedUnit, align_articles, layout
from bla_assistant.core.compare.lines import unit_lines
from bla_assistant.core.compare.model import ArticleChange, ArticleRef, Comparison, Edit
from bla_assistant.core.compare.paragraph_diff import ParagraphDiff, diff_paragraphs
from bla_assistant.core.compare.summary import describe_change, ref_name
from bla_assistant.core.compare.word_diff import DiffOp, shared_fraction
from bla_assistant.core.documents.model import DraftDocument

_CONTEXT_WORDS = 3
_WORDS_RE = re.compile(r"\S+")


def compare_documents(old: DraftDocument, new: DraftDocument,
                      lang: str | None = None) -> Comparison:
    """Compare two drafts; summary lines in `lang` (default: B's language, else English)."""
    lang = lang or (new.language if new.language in ("en", "fr") else "en")
    units = align_articles(old.articles, new.articles)
    changes = [_article_change(old, new, unit) for unit in units]
    for change in changes:
        if change.moved and change.new[0].index > 0:
            index = change.new[0].index - 1
            change.moved_after = ref_name(ArticleRef.of(new.articles[index], index), lang)
        change.summary = describe_change(change, lang)
    return Comparison(old, new, changes, layout(units), lang)


def _article_change(old: DraftDocument, new: DraftDocument, unit: AlignedUnit) -> ArticleChange:
    lines_a = unit_lines(old, unit.old)
    lines_b = unit_lines(new, unit.new)
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


def _whole(p: ParagraphDiff) -> DiffOp:
    if p.op == "delete":
        return DiffOp("delete", p.old.text, "")
    return DiffOp("insert", "", p.new.text)


def _edits(paragraphs: list[ParagraphDiff]) -> list[Edit]:
    edits: list[Edit] = []
    for index, para in enumerate(paragraphs):
        role = (para.new or para.old).role
        if role == "part":
            # Part headings travel with the first article of a part: which article opens a
            # part changes with every insertion or move, so they are not edits of the article.
            continue
        in_heading = role == "heading"
        if para.op == "insert":
            edits.append(Edit("insert", "", para.new.text, in_heading=in_heading, paragraph=index))
            continue
        if para.op == "delete":
            edits.append(Edit("delete", para.old.text, "", in_heading=in_heading,
                              paragraph=index))
            continue
        ops = para.ops
        if para.op == "regroup":
            split = len(para.news) > 1
            count = len(para.news) if split else len(para.olds)
            edits.append(Edit("split" if split else "merge", para.old.text, para.new.text,
                              str(count), "", in_heading, index))
        for k, op in enumerate(ops):
            if op.op == "equal" or op.is_whitespace_only:
                continue
            if k == 0 and _relabel(op, para):
                # "2" -> "3" because a paragraph was added above: numbering, not an edit.
                continue
            before = _tail_words(ops[k - 1].new) if k and ops[k - 1].op == "equal" else ""
            after = _head_words(ops[k + 1].new) if k + 1 < len(ops) and ops[k + 1].op == "equal" \
                else ""
            edits.append(Edit(op.op, op.old, op.new, before, after, in_heading, index))
    return edits


def _relabel(op: DiffOp, para: ParagraphDiff) -> bool:
    return (op.op == "replace" and bool(para.old.label) and bool(para.new.label)
            and op.old.strip() == para.old.label and op.new.strip() == para.new.label)


def _tail_words(text: str) -> str:
    return " ".join(_WORDS_RE.findall(text)[-_CONTEXT_WORDS:])


def _head_words(text: str) -> str:
    return " ".join(_WORDS_RE.findall(text)[:1])
