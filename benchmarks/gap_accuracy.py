"""Accuracy of the gap check on real social security agreements.

For each annotated agreement in ../shared/corpus (ssa/en, ssa/fr, ssa-nl), the text is typed into
a .docx (benchmarks/corpus_docx.py), read back and checked as a user's check runs it: type SSA,
every checklist that applies (the SSA model provisions, SADC portability, the lenses), so all
their elements compete for each article; the SSA model provisions' items are scored. Printed,
English and French separately:
- precision and recall per element and overall, at agreement level: an element counts as found
  when the check reports it "present" or "weak";
- the ablation: for each element found in the annotations, the article(s) annotated for it are
  removed from the draft and the check is run again; the element should then be reported
  missing. An element annotated in several articles has all of them removed in one trial
  (removing one of two articles that both provide it rightly leaves it present);
- evidence: the share of correctly found elements whose first (most confident) evidence points
  at an annotated article.

`partial:` annotations: the element is partly provided, so it counts as present (found as
"present" or "weak" is right; "missing" is a miss). They are not scored separately.
Only the 22 annotated elements are scored; the three newer SSA elements have no annotations.

Run: PYTHONPATH=. python benchmarks/gap_accuracy.py [--quiet] [--lang en|fr]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.accuracy_tally import AccuracyTally  # noqa: E402
from benchmarks.corpus_docx import corpus_text, text_to_docx  # noqa: E402
from bla_assistant.core.documents.model import DraftDocument  # noqa: E402
from bla_assistant.core.documents.reader import read_document  # noqa: E402
from bla_assistant.core.gapcheck.draft_check import GapChecker  # noqa: E402
from bla_assistant.core.library.loader import load_library  # noqa: E402

SHARED = REPO.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
CHECKLIST = "ssa-model-provisions"


@dataclass
class Case:
    slug: str
    lang: str
    text_path: Path
    present: dict[str, set[str]]
    absent: set[str]
    partial: set[str] = field(default_factory=set)


def load_cases(shared: Path = SHARED) -> list[Case]:
    cases = []
    corpus = shared / "corpus"
    for ann_path in sorted((corpus / "ssa" / "annotations").glob("*.yaml")):
        ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
        for lang in ("en", "fr"):
            cases.append(_case(ann, lang, corpus / "ssa" / lang / f"{ann['slug']}.txt"))
    for ann_path in sorted((corpus / "ssa-nl" / "annotations").glob("*.yaml")):
        ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
        text_path = corpus / "ssa-nl" / "texts" / f"{ann['slug']}.txt"
        lang = "fr" if "language: fr" in text_path.read_text(encoding="utf-8")[:2000] else "en"
        cases.append(_case(ann, lang, text_path))
    return cases


def _case(ann: dict, lang: str, text_path: Path) -> Case:
    present, absent = {}, set()
    for element, where in ann["elements"].items():
        if where == "absent":
            absent.add(element)
        else:
            present[element] = {str(a) for a in where}
    return Case(ann["slug"], lang, text_path, present, absent, set(ann.get("partial") or []))


def without(document: DraftDocument, numbers: set[str]) -> DraftDocument:
    return DraftDocument(path=document.path, title=document.title,
                         articles=[a for a in document.articles if a.number not in numbers],
                         language=document.language, warnings=document.warnings,
                         word_count=document.word_count)


def evaluate(cases: list[Case], checker: GapChecker, tmp: Path, verbose: bool = True) -> dict:
    tally = AccuracyTally(CHECKLIST)
    for case in cases:
        label = f"{case.slug}/{case.lang}"
        docx = text_to_docx(corpus_text(case.text_path), tmp / f"{case.slug}-{case.lang}.docx")
        document = read_document(docx)
        tally.score(label, case, checker.check_document(document, "ssa", None, case.lang))
        for element, numbers in case.present.items():
            ablated = checker.check_document(without(document, numbers), "ssa", None,
                                             case.lang)
            tally.ablated(label, element, ablated)
    return tally.result()


def print_results(lang: str, result: dict, verbose: bool) -> None:
    print(f"\n=== {lang.upper()} ===")
    if verbose:
        print(f"{'element':42} {'P':>6} {'R':>6}   tp fp fn")
        for element, t in sorted(result["per_element"].items()):
            print(f"{element:42} {t.precision():6.2f} {t.recall():6.2f}   "
                  f"{t.tp:2} {t.fp:2} {t.fn:2}")
    overall = result["overall"]
    ok, total = result["ablation"]
    e_ok, e_total = result["evidence"]
    print(f"SUMMARY {lang}: precision {overall.precision():.3f}  recall {overall.recall():.3f}  "
          f"ablation {ok / max(total, 1):.3f} ({ok}/{total})  "
          f"evidence {100 * e_ok / max(e_total, 1):.1f}% ({e_ok}/{e_total})")
    if verbose and result["errors"]:
        print("  " + "\n  ".join(result["errors"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="summary lines only")
    parser.add_argument("--lang", choices=["en", "fr"], action="append")
    args = parser.parse_args(argv)
    library = load_library()
    if CHECKLIST not in library.checklists:
        print(f"checklist {CHECKLIST} did not load", file=sys.stderr)
        return 1
    checker = GapChecker(library)
    cases = load_cases()
    with tempfile.TemporaryDirectory(prefix="gap-accuracy-") as tmp:
        for lang in args.lang or ["en", "fr"]:
            result = evaluate([c for c in cases if c.lang == lang], checker, Path(tmp))
            print_results(lang, result, not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
