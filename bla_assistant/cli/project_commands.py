"""`bla-assistant project new|show`: start a negotiation project, or print one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    project = subparsers.add_parser("project", help="create or show a negotiation project")
    sub = project.add_subparsers(dest="project_command", metavar="ACTION", required=True)

    new = sub.add_parser("new", help="write a new project with the library's clauses")
    new.add_argument("path", type=Path, metavar="PATH", help="new file, e.g. kenya-ksa.bla.yaml")
    new.add_argument("--type", default="BLA",
                     type=lambda v: {"MOU": "MoU"}.get(v.upper(), v.upper()),
                     choices=["BLA", "SSA", "MoU"], help="agreement type (default BLA)")
    new.add_argument("--party-a", default="", help="name of party A, e.g. 'the Republic of Ghana'")
    new.add_argument("--party-b", default="", help="name of party B")
    new.add_argument("--languages", default="en", help="authentic languages, e.g. en,fr")
    new.add_argument("--sector", default="all", help="sector (all, domestic_work, health_care...)")
    new.add_argument("--empty", action="store_true", help="no articles")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.set_defaults(func=cmd_new)

    show = sub.add_parser("show", help="print a project's parties and articles")
    show.add_argument("path", type=Path, metavar="PATH")
    show.add_argument("--lang", default=None, help="language of the texts")
    show.set_defaults(func=cmd_show)


def cmd_new(args: argparse.Namespace) -> int:
    from bla_assistant.core.library.loader import load_library
    from bla_assistant.core.project.commands import add_clause_article
    from bla_assistant.core.project.model import Party, Project
    from bla_assistant.core.project.project_file import save_project

    if args.path.exists() and not args.force:
        print(f"{args.path} already exists; use --force to overwrite it", file=sys.stderr)
        return 2
    languages = [code.strip() for code in args.languages.split(",") if code.strip()] or ["en"]
    project = Project(
        agreement_type=args.type, languages=languages, sector=args.sector,
        party_a=Party(name={"": args.party_a} if args.party_a else {},
                      role="origin" if args.type != "SSA" else ""),
        party_b=Party(name={"": args.party_b} if args.party_b else {},
                      role="destination" if args.type != "SSA" else ""),
    )
    if not args.empty:
        library = load_library()
        prefix = "ssa." if args.type == "SSA" else "bla."
        for element_id in library.elements:  # in the order of elements.yaml
            if not element_id.startswith(prefix):
                continue
            for clause in library.clauses_for_element(element_id):
                if clause.id == element_id:
                    add_clause_article(project, clause.id, library=library)
    save_project(project, args.path)
    print(f"wrote {args.path} ({len(project.articles)} articles)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from bla_assistant.core.drafting.render import numbered_articles
    from bla_assistant.core.library.loader import load_library
    from bla_assistant.core.library.model import pick
    from bla_assistant.core.project.model import text_in
    from bla_assistant.core.project.project_file import ProjectFileError, load_project_checked

    library = load_library()
    try:
        project, problems = load_project_checked(args.path, library)
    except ProjectFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    lang = args.lang or project.languages[0]
    print(text_in(project.title, lang) or "(untitled)")
    print(f"{project.agreement_type}, sector {project.sector}, languages "
          f"{', '.join(project.languages)}, round {project.current_round}")
    for key in ("A", "B"):
        party = project.party(key)
        role = f" ({party.role})" if party.role else ""
        print(f"Party {key}{role}: {text_in(party.name, lang)}; "
              f"{text_in(party.competent_authority, lang)}")
    numbers = {id(a): n for n, a in numbered_articles(project, library)}
    for article in project.articles:
        number = numbers.get(id(article))
        label = f"{number:3d}" if number else "  -"
        clause = library.clauses.get(article.clause_id or "")
        heading = text_in(article.heading, lang) or (
            pick(clause.heading, lang) or pick(clause.title, lang) if clause else "")
        source = f"{article.clause_id}/{article.variant or '-'}" if article.clause_id \
            else "free text"
        flag = " +override" if article.override else ""
        print(f"{label} {article.status:<10} r{article.last_changed_round} {heading}  "
              f"[{source}{flag}]")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 1 if problems else 0
