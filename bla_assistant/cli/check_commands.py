"""`bla-assistant check DRAFT...`: gap check of imported drafts against the checklists."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser(
        "check", help="gap check of drafts (.docx, .odt, .doc, .txt) against the checklists",
        description="Say which checklist elements each draft provides, where, and what is "
                    "missing. Folders are checked file by file. Exit code 0 when the check "
                    "ran, whatever it found.")
    check.add_argument("drafts", nargs="+", type=Path, metavar="DRAFT",
                       help="draft files or folders of drafts")
    check.add_argument("--type", choices=["bla", "ssa", "mou", "auto"], default="auto",
                       type=str.lower, help="agreement type (default: detect it)")
    check.add_argument("--checklist", action="append", metavar="ID", dest="checklists",
                       help="checklist id to use (repeatable; default: all for the type)")
    check.add_argument("--lang", choices=["en", "fr", "auto"], default="auto",
                       help="language of the draft (default: detect it)")
    check.add_argument("--format", choices=["table", "json", "docx", "html"], default="table",
                       dest="output_format", help="output format (default: table)")
    check.add_argument("-o", "--output", type=Path, metavar="OUT",
                       help="output file (required for docx; default: standard output)")
    check.add_argument("--clarity", action="store_true",
                       help="add the drafting clarity check (weak, vague or gender-blind "
                            "wording) as a separate part of the report")
    check.add_argument("--quiet", action="store_true", help="no progress on standard error")
    check.set_defaults(func=cmd_check)


class _Progress:
    """Progress on stderr, one line rewritten in place (only when stderr is a terminal)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.last = ""

    def __call__(self, fraction: float, message: str) -> None:
        if self.quiet:
            return
        line = f"{int(fraction * 100):3d}% {message}"
        if line == self.last:
            return
        self.last = line
        if self.tty:
            print(f"\r{line[:79]:79}", end="", file=sys.stderr, flush=True)
        elif fraction >= 1.0 or message.startswith("["):
            print(line, file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.tty and not self.quiet:
            print(file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    from bla_assistant.core.gapcheck.draft_check import check_files, expand_paths
    from bla_assistant.core.gapcheck.report_text import report_table, reports_json
    from bla_assistant.core.library.loader import load_library

    missing = [d for d in args.drafts if not d.exists()]
    for path in missing:
        print(f"error: {path}: no such file or folder", file=sys.stderr)
    if missing and len(missing) == len(args.drafts):
        return 2
    if args.output_format == "docx" and args.output is None:
        print("error: --format docx needs -o OUT.docx", file=sys.stderr)
        return 2
    if not expand_paths(d for d in args.drafts if d.exists()):
        print("error: no drafts found (.docx, .docm, .odt, .doc, .txt)", file=sys.stderr)
        return 2
    library = load_library()
    progress = _Progress(args.quiet)
    try:
        reports = check_files([d for d in args.drafts if d.exists()], library, args.type,
                              args.checklists, args.lang, progress)
    except ValueError as exc:  # unknown checklist id
        progress.done()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    progress.done()
    for path in missing:
        from bla_assistant.core.gapcheck.report import error_report

        reports.append(error_report(str(path), f"{path}: no such file or folder"))
    lang = args.lang if args.lang != "auto" else (
        next((r.language for r in reports if not r.error), "en"))
    # The clarity check is a separate part of the same report, one per readable draft.
    clarity = {}
    if args.clarity:
        from bla_assistant.core.clarity import gap_sections

        clarity = gap_sections.clarity_for_drafts(
            ((r.file, r.type) for r in reports if not r.error), library)
    titles = {r.file: r.title for r in reports}
    report_lang = lang if lang in ("en", "fr") else "en"
    if args.output_format == "docx":
        from bla_assistant.core.gapcheck.report_docx import write_report_docx

        write_report_docx(reports, args.output, report_lang)
        if args.clarity:
            gap_sections.add_to_docx(args.output, clarity, report_lang, titles)
        print(f"wrote {args.output}", file=sys.stderr)
        return 0
    if args.output_format == "json":
        if args.clarity:
            import json

            data = [r.to_dict() for r in reports]
            gap_sections.add_to_report_dicts(data, clarity)
            text = json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)
        else:
            text = reports_json(reports)
    elif args.output_format == "html":
        from bla_assistant.core.gapcheck.report_html import report_html

        text = report_html(reports, report_lang)
        if args.clarity:
            text = gap_sections.add_to_html_page(text, clarity, report_lang, titles)
    else:
        text = "\n\n".join(report_table(r) for r in reports)
        if args.clarity:
            text += "\n\n" + gap_sections.table_text(clarity, report_lang)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        print(text)
    return 0
