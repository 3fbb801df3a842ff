"""`bla-assistant draft PROJECT -o OUT.docx`: a project as a Word agreement, or the delegation
brief (`--brief`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    draft = subparsers.add_parser(
        "draft", help="write a project as a Word agreement (or the delegation brief)",
        description="Write the negotiation project as a .docx agreement: title, table of "
                    "contents, preamble, numbered articles, signature block and annexes.")
    draft.add_argument("project", type=Path, metavar="PROJECT", help="project file (.bla.yaml)")
    draft.add_argument("-o", "--output", type=Path, metavar="OUT.docx",
                       help="output file (default: the project's name with .docx)")
    draft.add_argument("--lang", help="language of the text (default: the project's first)")
    draft.add_argument("--bilingual", metavar="L1,L2",
                       help="two authentic languages side by side, e.g. en,fr")
    draft.add_argument("--template", type=Path, metavar="T.docx",
                       help="your ministry's Word template (styles Article, Paragraph, Point...)")
    draft.add_argument("--final", action="store_true",
                       help="final text: a missing value is an error, not a placeholder")
    draft.add_argument("--brief", action="store_true",
                       help="write the delegation brief (positions, red lines) instead")
    draft.set_defaults(func=cmd_draft)


def _default_output(project: Path, brief: bool) -> Path:
    name = project.name
    for suffix in (".bla.yaml", ".yaml", ".yml"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return project.with_name(name + ("-brief" if brief else "") + ".docx")


def cmd_draft(args: argparse.Namespace) -> int:
    from bla_assistant.core.drafting.brief import write_brief
    from bla_assistant.core.drafting.docx_writer import DraftError, DraftOptions, write_draft
    from bla_assistant.core.drafting.render import RenderError
    from bla_assistant.core.library.loader import load_library
    from bla_assistant.core.project.project_file import ProjectFileError, load_project_checked

    if args.template is not None and not args.template.is_file():
        print(f"{args.template}: no such template file", file=sys.stderr)
        return 2
    library = load_library()
    try:
        project, problems = load_project_checked(args.project, library)
    except ProjectFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if library.errors:
        print(f"warning: {len(library.errors)} problem(s) in the clause library; run "
              "'bla-assistant library validate'", file=sys.stderr)
    if args.template is None and project.word_template:
        args.template = project.template_path(args.project)
        if not args.template.is_file():
            print(f"error: the project's Word template {args.template} was not found; give "
                  "--template T.docx or fix 'word_template' in the project", file=sys.stderr)
            return 2
    out = args.output or _default_output(args.project, args.brief)
    try:
        if args.brief:
            report = write_brief(project, library, out, args.lang, args.template)
        else:
            bilingual = tuple(args.bilingual.split(",")) if args.bilingual else None
            options = DraftOptions(lang=args.lang, bilingual=bilingual,  # type: ignore[arg-type]
                                   template=args.template, final=args.final)
            report = write_draft(project, library, out, options)
    except RenderError as exc:
        print(f"error: {args.project}: {exc}", file=sys.stderr)
        return 1
    except DraftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {out}: {exc.strerror}", file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if report.placeholders:
        print(f"{len(report.placeholders)} value(s) still missing (highlighted in the draft):",
              file=sys.stderr)
        for item in report.placeholders:
            print(f"  {item}", file=sys.stderr)
    kind = "brief" if args.brief else "draft"
    print(f"wrote {kind} {out} ({report.articles} article(s))")
    return 0
