"""Accuracy of the gap check on real labour agreements (benchmarks/data/bla).

The same measures as benchmarks/gap_accuracy.py (scored by benchmarks/accuracy_tally.py), on the
`bla.*` elements: each annotated text is typed into a .docx, read back and checked as a BLA
against one checklist (default `au-bla`, which holds all 46 BLA elements). Printed per language
and per split (`tuning`: texts used while writing the cues; `held_out`: never looked at then):
- precision and recall per element and overall (found = "present" or "weak");
- the ablation: the article(s) annotated for a found element are removed and the element
  should then be reported missing;
- evidence: the share of correctly found elements whose first evidence is an annotated article.

Annotations may name the pseudo-articles `preamble` and `closing` (text before the first
article, testimonium and signatures); evidence from those blocks is matched by its kind.

Run: PYTHONPATH=. python benchmarks/gap_accuracy_bla.py [--quiet] [--lang en|fr]
     [--split tuning|held_out] [--checklist ID] [--all-checklists]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.accuracy_tally import AccuracyTally  # noqa: E402
from benchmarks.corpus_docx import corpus_text, text_to_docx  # noqa: E402
from benchmarks.gap_accuracy import Case, _case, print_results  # noqa: E402
from bla_assistant.core.documents.model import Article, DraftDocument  # noqa: E402
from bla_assistant.core.documents.reader import read_document  # noqa: E402
from bla_assistant.core.gapcheck.draft_check import GapChecker  # noqa: E402
from bla_assistant.core.library.loader import load_library  # noqa: E402

DATA = REPO / "benchmarks" / "data" / "bla"
CHECKLIST = "au-bla"
# Blocks outside the numbered articles, as annotations name them.
PSEUDO = {"preamble": "preamble", "closing": "closing"}


@dataclass
class LabourCase:
    case: Case
    split: str


def load_cases(data: Path = DATA) -> list[LabourCase]:
    cases = []
    for ann_path in sorted((data / "annotations").glob("*.yaml")):
        ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
        text_path = data / "texts" / f"{ann['slug']}.txt"
        header = text_path.read_text(encoding="utf-8")[:2000]
        lang = "fr" if "# language: fr" in header else "en"
        cases.append(LabourCase(_case(ann, lang, text_path), ann.get("split", "tuning")))
    return cases


def block_name(article: Article) -> str:
    """The annotation name of a block: its number, or `preamble` / `closing`."""
    return article.number or PSEUDO.get(article.kind, article.kind)


def evidence_name(evidence) -> str:
    return evidence.article or PSEUDO.get(getattr(evidence, "kind", ""), "?")


def without_blocks(document: DraftDocument, names: set[str]) -> DraftDocument:
    kept = [a for a in document.articles if block_name(a) not in names]
    return DraftDocument(path=document.path, title=document.title, articles=kept,
                         language=document.language, warnings=document.warnings,
                         word_count=document.word_count)


def evaluate(cases: list[Case], checker: GapChecker, tmp: Path,
             checklist: str = CHECKLIST, all_checklists: bool = False) -> dict:
    # With all_checklists, every BLA checklist runs (as the CLI does by default) and elements
    # compete for articles across them; scores are still read from `checklist`.
    run = None if all_checklists else [checklist]
    tally = AccuracyTally(checklist, where=evidence_name)
    for case in cases:
        docx = text_to_docx(corpus_text(case.text_path), tmp / f"{case.slug}.docx")
        document = read_document(docx)
        tally.score(case.slug, case, checker.check_document(document, "bla", run, case.lang))
        for element, names in case.present.items():
            ablated = checker.check_document(without_blocks(document, names), "bla", run,
                                             case.lang)
            tally.ablated(case.slug, element, ablated)
    return tally.result()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="summary lines only")
    parser.add_argument("--lang", choices=["en", "fr"], action="append")
    parser.add_argument("--split", choices=["tuning", "held_out"], action="append")
    parser.add_argument("--checklist", default=CHECKLIST)
    parser.add_argument("--all-checklists", action="store_true",
                        help="run every BLA checklist together, as the CLI does by default")
    args = parser.parse_args(argv)
    library = load_library()
    if args.checklist not in library.checklists:
        print(f"checklist {args.checklist} did not load", file=sys.stderr)
        return 1
    checker = GapChecker(library)
    cases = load_cases()
    with tempfile.TemporaryDirectory(prefix="gap-accuracy-bla-") as tmp:
        for split in args.split or ["tuning", "held_out"]:
            for lang in args.lang or ["en", "fr"]:
                chosen = [c.case for c in cases if c.split == split and c.case.lang == lang]
                if not chosen:
                    continue
                print(f"\n##### {split}: {', '.join(c.slug for c in chosen)}")
                result = evaluate(chosen, checker, Path(tmp), args.checklist,
                                  args.all_checklists)
                print_results(f"{lang}-{split}", result, not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
