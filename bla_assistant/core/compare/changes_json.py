"""The comparison as JSON: one entry per aligned unit of articles (format in docs/formats.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bla_assistant.core.compare.model import ArticleChange, ArticleRef, Comparison

FORMAT = "bla-assistant/compare-changes"
VERSION = 1


def _ref(ref: ArticleRef) -> dict[str, Any]:
    return {"number": ref.number, "label": ref.label, "heading": ref.heading, "kind": ref.kind,
            "index": ref.index}


def _change(change: ArticleChange) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "moved": change.moved,
        "moved_after": change.moved_after,
        "renumbered": change.renumbered,
        "similarity": change.similarity,
        "old": [_ref(r) for r in change.old],
        "new": [_ref(r) for r in change.new],
        "summary": change.summary,
        "edits": [
            {"op": e.op, "old": e.old, "new": e.new, "before": e.before, "after": e.after,
             "in_heading": e.in_heading}
            for e in change.edits
        ],
    }


def changes_to_dict(comparison: Comparison, checklist_delta: dict | None = None) -> dict:
    def side(document) -> dict[str, Any]:
        return {"path": str(document.path) if document.path else None,
                "title": document.title, "articles": len(document.articles)}

    data = {
        "format": FORMAT,
        "version": VERSION,
        "old": side(comparison.old),
        "new": side(comparison.new),
        "summary": comparison.summary_lines,
        "changes": [_change(c) for c in comparison.changes],
    }
    if checklist_delta is not None:
        data["checklist_delta"] = checklist_delta
    return data


def write_changes_json(comparison: Comparison, target: Path,
                       checklist_delta: dict | None = None) -> None:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(changes_to_dict(comparison, checklist_delta),
                                 ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
