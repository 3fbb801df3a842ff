"""`bla-assistant clarity DRAFT`: the drafting clarity check on its own.

`clarity_json()` is what `bla-assistant check DRAFT --clarity` puts under "clarity".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "clarity",
        help="flag weak, vague or gender-blind drafting in a draft agreement",
        description=(
            "Read a draft (.docx, .odt, .doc or .txt) and flag passages that are present but "
            "may not hold: 'shall endeavour' where a right is meant, duties with no one "
            "responsible or no deadline, undefined terms, references to missing articles, "
            "amounts without currency, incomplete insurance, masculine-only wording."
        ),
    )
    parser.add_argument("draft", type=Path, metavar="DRAFT", help="the draft to check")
    parser.add_argument("--format", choices=["text", "json"], default="text",
                        help="output format (default: text)")
    parser.add_argument("--type", choices=["BLA", "SSA", "MoU"],
                        type=lambda v: {"MOU": "MoU"}.get(v.upper(), v.upper()),
                        help="agreement type (default: guessed from the title)")
    parser.add_argument("--lang", choices=["en", "fr"],
                        help="language of the draft (default: detected)")
    parser.add_argument("--rules", type=Path, action="append", metavar="DIR",
                        help="rule folder or file to use instead of the built-in rules")
    parser.set_defaults(func=cmd_clarity)


def clarity_json(document, library, agreement_type: str | None = None,
                 rules=None) -> list[dict]:
    """The findings as the list that `check --format json` puts under "clarity"."""
    from bla_assistant.core.clarity.engine import check_clarity
    from bla_assistant.core.clarity.report import clarity_dicts

    return clarity_dicts(check_clarity(document, rules=rules, library=library,
                                       agreement_type=agreement_type))


def cmd_clarity(args: argparse.Namespace) -> int:
    from bla_assistant.core.clarity.engine import check_clarity, guess_agreement_type
    from bla_assistant.core.clarity.report import clarity_dicts, summary, text_lines
    from bla_assistant.core.clarity.rules import load_rules
    from bla_assistant.core.documents.reader import DocumentReadError, read_document
    from bla_assistant.core.library.library_cache import load_built_in_library

    if args.rules:
        missing = [p for p in args.rules if not p.exists()]
        for path in missing:
            print(f"{path}: no such rule file or folder", file=sys.stderr)
        if missing:
            return 2
    rules = load_rules(args.rules) if args.rules else load_rules()
    for problem in rules.problems:
        print(f"warning: {problem}", file=sys.stderr)
    try:
        document = read_document(args.draft)
    except DocumentReadError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.lang:
        document.language = args.lang
    library = load_built_in_library()
    agreement_type = args.type or guess_agreement_type(document)
    findings = check_clarity(document, rules=rules, library=library,
                             agreement_type=agreement_type)
    lang = "fr" if document.language.startswith("fr") else "en"
    if args.format == "json":
        print(json.dumps({
            "draft": str(args.draft), "language": lang, "agreement_type": agreement_type,
            "summary": summary(findings, document.word_count),
            "clarity": clarity_dicts(findings),
        }, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(text_lines(findings, lang)))
    info = summary(findings, document.word_count)
    rate = f", {info['per_1000_words']} per 1,000 words" if info["per_1000_words"] else ""
    sev = info["by_severity"]
    print(f"{info['findings']} finding(s): {sev['high']} high, {sev['medium']} medium, "
          f"{sev['low']} low{rate} ({agreement_type}, {lang})", file=sys.stderr)
    return 0
