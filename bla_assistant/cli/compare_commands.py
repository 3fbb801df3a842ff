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
    parser.add_argument("--no-checklist", action="store_true",
                        help="skip the checklist delta (faster on long drafts)")
    parser.add_argument("--lang", default="en",
                        help="language to render project files in (en, fr); summary lines "
                             "follow draft B's language")
    parser.set_defaults(func=cmd_compare)


def cmd_compare(args: argparse.Namespace) -> int:
    from bla_assistant.core.compare.compare_files import compare_files, write_outputs
    from bla_assistant.core.compare.inputs import CompareInputError
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
    try:
        result = compare_files(args.old, args.new, load_library(), lang=args.lang,
                               agreement_type=args.type, checklist=not args.no_checklist)
    except CompareInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in result.summary_lines:
        print(line)
    _print_delta(result.checklist_delta)
    stats = write_outputs(result, redline=args.output, html=args.html, changes=args.json,
                          author_old=args.author_a, author_new=args.author_b,
                          moves=not args.no_moves)
    if stats is not None:
        if stats.template_problem:
            print(f"note: {stats.template_problem}", file=sys.stderr)
        print(f"redline: {args.output} ({stats.insertions} insertion(s), {stats.deletions} "
              f"deletion(s), {stats.moves} move(s))", file=sys.stderr)
    if args.html:
        print(f"side-by-side view: {args.html}", file=sys.stderr)
    if args.json:
        print(f"changes: {args.json}", file=sys.stderr)
    return 0


def _print_delta(delta: dict | None) -> None:
    if not delta:
        return
    rows = [(key, item) for key in ("lost", "weakened", "gained", "strengthened", "changed")
            for item in delta.get(key, [])]
    if not rows:
        return
    print(f"\nchecklist ({delta['agreement_type']}, {delta['method']}):")
    for key, item in rows:
        print(f"  {key}: {item['element_id']}: {item['detail']}")
