"""`bla-assistant compare A B`: what changed between two drafts, as a redline and a summary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "compare",
        help="compare two drafts (.docx, .txt or .bla.yaml project files)",
        description=(
            "Align the articles of draft A and draft B (renumbered and moved articles are "
            "recognised), print one line per change and the checklist elements gained, lost "
            "or weakened; optionally write a Word redline with tracked changes, an HTML "
            "side-by-side view and a JSON list of changes."
        ),
    )
    parser.add_argument("old", type=Path, metavar="A", help="the earlier draft")
    parser.add_argument("new", type=Path, metavar="B", help="the later draft")
    parser.add_argument("-o", "--output", type=Path, metavar="REDLINE.docx",
                        help="write a redline .docx built on B with tracked changes")
    parser.add_argument("--html", type=Path, metavar="DIFF.html",
                        help="write a side-by-side HTML view")
    parser.add_argument("--json", type=Path, metavar="CHANGES.json",
                        help="write the list of changes as JSON (see docs/formats.md)")
    parser.add_argument("--author-a", metavar="NAME",
                        help="author label of deletions (default: A's file name)")
    parser.add_argument("--author-b", metavar="NAME",
                        help="author label of insertions (default: B's file name)")
    parser.add_argument("--no-moves", action="store_true",
                        help="show moved articles as plain deletion + insertion in the redline")
    parser.add_argument("--type", choices=["BLA", "SSA", "MoU"],
                        type=lambda v: {"MOU": "MoU"}.get(v.upper(), v.upper()),
                        help="agreement type for the checklist delta (default: guessed)")
    parser.add_argument("--lang", default="en", help="language for project files (en, fr)")
    parser.set_defaults(func=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    from bla_assistant.core.compare.checklist_delta import checklist_delta
    from bla_assistant.core.compare.engine import compare_documents
    from bla_assistant.core.compare.inputs import CompareInputError, load_draft
    from bla_assistant.core.library.loader import load_library

    for target in (args.output, args.html, args.json):
        if target is not None and target.resolve() in (args.old.resolve(), args.new.resolve()):
            print(f"{target}: refusing to overwrite an input draft; choose another output name",
                  file=sys.stderr)
            return 2
    if args.output is not None and args.output.suffix.lower() != ".docx":
        print(f"{args.output}: the redline is a Word file; give a name ending in .docx",
              file=sys.stderr)
        return 2
    library = load_library()
    try:
        old = load_draft(args.old, library=library, lang=args.lang)
        new = load_draft(args.new, library=library, lang=args.lang)
    except CompareInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    comparison = compare_documents(old, new)
    delta = checklist_delta(comparison, library, agreement_type=args.type, lang=args.lang)
    author_a = args.author_a or f"A: {args.old.name}"
    author_b = args.author_b or f"B: {args.new.name}"

    for line in comparison.summary_lines:
        print(line)
    _print_delta(delta)
    if args.output:
        from bla_assistant.core.compare.redline_docx import write_redline

        template = args.new if args.new.suffix.lower() == ".docx" else None
        stats = write_redline(comparison, args.output, author_old=author_a, author_new=author_b,
                              moves=not args.no_moves, template=template)
        print(f"redline: {args.output} ({stats.insertions} insertion(s), {stats.deletions} "
              f"deletion(s), {stats.moves} move(s))", file=sys.stderr)
    if args.html:
        from bla_assistant.core.compare.html_view import write_html

        write_html(comparison, args.html, title_old=args.old.name, title_new=args.new.name,
                   checklist_delta=delta)
        print(f"side-by-side view: {args.html}", file=sys.stderr)
    if args.json:
        from bla_assistant.core.compare.changes_json import write_changes_json

        write_changes_json(comparison, args.json, checklist_delta=delta)
        print(f"changes: {args.json}", file=sys.stderr)
    return 0


def _print_delta(delta: dict) -> None:
    rows = [(key, item) for key in ("lost", "weakened", "gained", "changed")
            for item in delta[key]]
    if not rows:
        return
    print(f"\nchecklist ({delta['agreement_type']}, {delta['method']}):")
    for key, item in rows:
        print(f"  {key}: {item['element_id']}: {item['detail']}")
