"""How noisy is the drafting clarity check on real agreements?

Prints findings per 1,000 words, per rule and per agreement, for the English and French texts
of the shared corpus (10 Canadian SSAs in both languages, plus the two Dutch-tradition SSAs).
Three runs:
- "as scoped": each draft checked as what it is (SSA); rules meant for BLAs do not apply;
- "stress (as BLA)": the same texts checked as if they were BLAs, so that the BLA-only rules
  also meet real treaty language (they should stay quiet on provisions they are not about);
- "labour instruments (as BLA)": the multilateral labour-migration texts in
  shared/reference/instruments (ILO C97, C181, C189, CoE ETS 93), the real text closest to
  BLA wording that the project holds: workers' rights, recruitment, domestic work.

    PYTHONPATH=. .venv/bin/python benchmarks/clarity_noise.py [--show RULE ...] [--type BLA]

`--show` prints every finding of the named rules (used to sample findings for
docs/clarity-precision.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.corpus_docx import corpus_text
from bla_assistant.core.clarity.engine import check_clarity
from bla_assistant.core.clarity.rules import load_rules
from bla_assistant.core.documents.reader import document_from_text
from bla_assistant.core.library.loader import load_library

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")


def corpus_files() -> list[tuple[Path, str]]:
    files = [(p, "en") for p in sorted((CORPUS / "ssa" / "en").glob("*.txt"))]
    files += [(p, "fr") for p in sorted((CORPUS / "ssa" / "fr").glob("*.txt"))]
    nl = CORPUS / "ssa-nl" / "texts"
    files += [(nl / "netherlands-south-africa-2001.txt", "en"),
              (nl / "netherlands-quebec-2001.txt", "fr")]
    return [(p, lang) for p, lang in files if p.is_file()]


INSTRUMENTS = CORPUS.parent / "reference" / "instruments"
LABOUR_INSTRUMENTS = ("ilo-c097-1949-migration-for-employment-with-annexes.txt",
                      "ilo-c181-1997-private-employment-agencies.txt",
                      "ilo-c189-2011-domestic-workers.txt",
                      "coe-ets093-1977-legal-status-of-migrant-workers.txt")


def instrument_files() -> list[tuple[Path, str]]:
    return [(INSTRUMENTS / name, "en") for name in LABOUR_INSTRUMENTS
            if (INSTRUMENTS / name).is_file()]


def load(path: Path, lang: str):
    text = corpus_text(path)
    title = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
    document = document_from_text(text, title=title)
    document.language = lang
    document.word_count = len(text.split())
    return document


def run(agreement_type: str | None, show: set[str],
        files: list[tuple[Path, str]] | None = None) -> dict:
    rules = load_rules()
    library = load_library()
    per_rule: dict[str, Counter] = defaultdict(Counter)
    words: Counter = Counter()
    rows = []
    started = time.perf_counter()
    for path, lang in files if files is not None else corpus_files():
        document = load(path, lang)
        findings = check_clarity(document, rules=rules, library=library,
                                 agreement_type=agreement_type)
        words[lang] += document.word_count
        counts = Counter(f.rule_id for f in findings)
        for rule_id, n in counts.items():
            per_rule[rule_id][lang] += n
        rows.append((lang, path.stem, document.word_count, len(findings), counts))
        for f in findings:
            if f.rule_id in show:
                print(f"  {lang} {path.stem} art {f.article or '-'} [{f.rule_id}] "
                      f"{f.marked_quote()}  {list(f.details) if f.details else ''}")
    elapsed = time.perf_counter() - started
    return {"rules": rules, "per_rule": per_rule, "words": words, "rows": rows,
            "elapsed": elapsed}


def per_thousand(n: int, words: int) -> str:
    return f"{1000 * n / words:5.2f}" if words else "  -  "


def report(title: str, result: dict) -> None:
    words = result["words"]
    print(f"\n== {title}: {sum(words.values())} words "
          f"(en {words['en']}, fr {words['fr']}), {len(result['rows'])} texts, "
          f"{result['elapsed']:.1f} s ==")
    print(f"{'agreement':<52}{'lang':<5}{'words':>7}{'finds':>7}{'/1000w':>8}  by rule")
    for lang, name, count, total, counts in result["rows"]:
        detail = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"{name:<52}{lang:<5}{count:>7}{total:>7}{per_thousand(total, count):>8}  {detail}")
    print(f"\n{'rule':<42}{'en':>5}{'/1000w':>8}{'fr':>5}{'/1000w':>8}")
    for rule in result["rules"].rules:
        row = result["per_rule"].get(rule.id, Counter())
        print(f"{rule.id:<42}{row['en']:>5}{per_thousand(row['en'], words['en']):>8}"
              f"{row['fr']:>5}{per_thousand(row['fr'], words['fr']):>8}")
    total_en = sum(r["en"] for r in result["per_rule"].values())
    total_fr = sum(r["fr"] for r in result["per_rule"].values())
    print(f"{'all rules':<42}{total_en:>5}{per_thousand(total_en, words['en']):>8}"
          f"{total_fr:>5}{per_thousand(total_fr, words['fr']):>8}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", nargs="*", default=[], metavar="RULE",
                        help="print every finding of these rules")
    parser.add_argument("--type", choices=["BLA", "SSA", "MoU"],
                        help="only this run: check every text as this agreement type")
    parser.add_argument("--instruments", action="store_true",
                        help="only the run over the labour instruments")
    args = parser.parse_args(argv)
    if not corpus_files():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    show = set(args.show)
    if args.instruments:
        report("labour instruments (as BLA)", run("BLA", show, instrument_files()))
        return 0
    if args.type:
        report(f"as {args.type}", run(args.type, show))
        return 0
    report("as scoped (SSA)", run(None, show))
    report("stress (as BLA)", run("BLA", show))
    if instrument_files():
        report("labour instruments (as BLA)", run("BLA", show, instrument_files()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
