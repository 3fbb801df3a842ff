"""`bla-assistant library ...`: validate, list, show and count the clause library."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    library = subparsers.add_parser("library", help="browse and validate the clause library")
    sub = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)

    validate = sub.add_parser("validate", help="check library files; exit 1 on problems")
    validate.add_argument("dirs", nargs="*", type=Path, metavar="DIR",
                          help="folders or files to check (default: the built-in library)")
    validate.set_defaults(func=cmd_validate)

    listing = sub.add_parser("list", help="list clauses")
    listing.add_argument("--type", choices=["BLA", "SSA", "MoU"],
                         type=lambda v: {"MOU": "MoU"}.get(v.upper(), v.upper()),
                         help="only clauses for this agreement type")
    listing.add_argument("--element", metavar="ID", help="only clauses for this element id")
    listing.add_argument("--sector", help="only clauses for this sector")
    listing.add_argument("--lang", default="en", help="language of titles (en, fr)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)

    show = sub.add_parser("show", help="show one clause with variants, note and sources")
    show.add_argument("clause_id", metavar="CLAUSE_ID")
    show.add_argument("--lang", default="en", help="language (en, fr)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)

    stats = sub.add_parser("stats", help="coverage of element ids by clauses and checklists")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=cmd_stats)


def _load(quiet_problems: bool = False):
    from bla_assistant.core.library.library_cache import load_built_in_library

    library = load_built_in_library()
    if library.problems and not quiet_problems:
        print(
            f"warning: {len(library.problems)} problem(s) in the library; "
            "run 'bla-assistant library validate' to see them",
            file=sys.stderr,
        )
    return library


def cmd_validate(args: argparse.Namespace) -> int:
    from bla_assistant.core.library.loader import load_folders, load_library

    if args.dirs:
        missing = [d for d in args.dirs if not d.exists()]
        if missing:
            for d in missing:
                print(f"{d}: no such file or folder", file=sys.stderr)
            return 2
        library = load_folders(args.dirs)
    else:
        library = load_library()
    for problem in library.problems:
        print(problem)
    summary = (
        f"{len(library.clauses)} clause(s), {len(library.checklists)} checklist(s), "
        f"{len(library.problems)} problem(s)"
    )
    print(summary, file=sys.stderr)
    return 1 if library.errors else 0


def cmd_list(args: argparse.Namespace) -> int:
    from bla_assistant.core.library.model import pick

    library = _load()
    clauses = sorted(library.clauses.values(), key=lambda c: c.id)
    if args.type:
        clauses = [c for c in clauses if args.type in c.agreement_types]
    if args.element:
        if args.element not in library.elements:
            print(f"unknown element id '{args.element}'; see 'library stats'", file=sys.stderr)
            return 2
        clauses = [c for c in clauses if args.element in c.element_ids]
    if args.sector:
        clauses = [c for c in clauses if args.sector in c.sectors or "all" in c.sectors]
    if args.json:
        print(json.dumps([
            {
                "id": c.id, "title": pick(c.title, args.lang), "element_ids": list(c.element_ids),
                "agreement_types": list(c.agreement_types),
                "variants": [v.key for v in c.variants], "languages": list(c.languages),
            }
            for c in clauses
        ], ensure_ascii=False, indent=2))
        return 0
    width = max((len(c.id) for c in clauses), default=10)
    for clause in clauses:
        kinds = "/".join(v.kind[0].upper() for v in clause.variants)
        print(f"{clause.id:<{width}}  {'/'.join(clause.agreement_types):<11} {kinds:<6} "
              f"{pick(clause.title, args.lang)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from bla_assistant.core.library.clause_template import context_defaults, render_variant
    from bla_assistant.core.library.model import pick

    library = _load()
    clause = library.clauses.get(args.clause_id)
    if clause is None:
        from rapidfuzz import process

        close = process.extract(args.clause_id, list(library.clauses), limit=3)
        hint = ", ".join(name for name, score, _ in close if score > 60)
        print(f"no clause '{args.clause_id}'" + (f"; did you mean: {hint}?" if hint else ""),
              file=sys.stderr)
        return 2
    lang = args.lang
    values = {**context_defaults(lang), **clause.default_parameters()}
    if args.json:
        print(json.dumps({
            "id": clause.id, "title": pick(clause.title, lang),
            "element_ids": list(clause.element_ids),
            "variants": [
                {"key": v.key, "kind": v.kind, "label": pick(v.label, lang),
                 "text": render_variant(clause, v.key, lang, values, draft=True)}
                for v in clause.variants
            ],
            "parameters": [{"name": p.name, "type": p.type, "default": p.default}
                           for p in clause.parameters],
            "note": {k: pick(getattr(clause.note, k), lang) for k in
                     ("why_it_matters", "pushback", "fallback", "pitfalls")},
            "sources": [s.citation() for s in clause.sources],
        }, ensure_ascii=False, indent=2))
        return 0
    out = [f"{pick(clause.title, lang)}  [{clause.id}]",
           f"Elements: {', '.join(clause.element_ids)}   "
           f"Types: {', '.join(clause.agreement_types)}"]
    for variant in clause.variants:
        out += ["", f"== {pick(variant.label, lang)} ({variant.kind}) ==",
                render_variant(clause, variant.key, lang, values, draft=True)]
    if clause.parameters:
        out += ["", "Parameters:"]
        out += [f"  {p.name} ({p.type}) default={p.default!r}: {pick(p.label, lang)}"
                for p in clause.parameters]
    labels = {"why_it_matters": ("Why it matters", "Pourquoi c'est important"),
              "pushback": ("Typical pushback", "Objections habituelles"),
              "fallback": ("Fallback", "Repli"),
              "pitfalls": ("Drafting pitfalls", "Pièges de rédaction")}
    for key, (en, fr) in labels.items():
        out += ["", f"{fr if lang == 'fr' else en}:", pick(getattr(clause.note, key), lang)]
    out += ["", "Sources:" if lang != "fr" else "Sources :"]
    out += [f"  - {s.citation()}" for s in clause.sources]
    print("\n".join(out))
    return 0


def library_stats(library) -> dict:
    elements = {}
    for element_id in library.elements:
        clauses = library.clauses_for_element(element_id)
        languages = (
            sorted(set.intersection(*(set(c.languages) for c in clauses))) if clauses else []
        )
        elements[element_id] = {
            "clauses": len(clauses),
            "variants": sum(len(c.variants) for c in clauses),
            "languages": languages,
            "cited": bool(clauses) and all(c.sources for c in clauses),
        }
    checklists = {cid: {"items": len(c.items)} for cid, c in library.checklists.items()}
    return {
        "elements": elements,
        "checklists": checklists,
        "totals": {
            "elements": len(elements),
            "covered": sum(1 for e in elements.values() if e["clauses"]),
            "clauses": len(library.clauses),
            "variants": sum(len(c.variants) for c in library.clauses.values()),
            "checklists": len(checklists),
        },
    }


def cmd_stats(args: argparse.Namespace) -> int:
    library = _load()
    stats = library_stats(library)
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    print(f"{'element':<45} clauses variants languages cited")
    for element_id, row in stats["elements"].items():
        print(f"{element_id:<45} {row['clauses']:>7} {row['variants']:>8} "
              f"{','.join(row['languages']) or '-':>9} {'yes' if row['cited'] else 'NO':>5}")
    totals = stats["totals"]
    print(f"\n{totals['covered']}/{totals['elements']} elements covered; "
          f"{totals['clauses']} clauses, {totals['variants']} variants, "
          f"{totals['checklists']} checklists")
    for cid, row in stats["checklists"].items():
        print(f"  checklist {cid}: {row['items']} items")
    return 0
