"""Speed of the gap check on a 30,000-word draft, against python-docx just opening it.

Target: well under a second, and at most 2x the time python-docx takes to open the same file
and read its paragraph texts (measured in the same run). Best of several runs each.

The draft is built from the real agreements in ../shared/corpus (articles renumbered and
repeated up to 30,000 words), or from generated text when the corpus is not there.

Run: PYTHONPATH=. python benchmarks/gap_check.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus_docx import corpus_text, text_to_docx  # noqa: E402

SHARED = REPO.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
WORDS = 30_000
# Best of several runs of each, interleaved: on a busy machine a burst of other work then
# slows both sides alike instead of one of them.
RUNS = 15


def draft_text(words: int = WORDS) -> str:
    sources = sorted((SHARED / "corpus" / "ssa" / "en").glob("*.txt"))
    blocks: list[str] = []
    for source in sources:
        text = corpus_text(source)
        blocks += [b for b in text.split("\n\n") if b.startswith("ARTICLE")]
    if not blocks:
        sentence = ("The competent institution of each Party shall take into account periods "
                    "of insurance completed under the legislation of the other Party. ")
        blocks = [f"ARTICLE 1 — Heading\n{sentence * 12}"]
    out = ["Agreement on Social Security", "The Parties have agreed as follows:"]
    count, number = 0, 0
    while count < words:
        block = blocks[number % len(blocks)]
        number += 1
        head, _, body = block.partition("\n")
        heading = head.split("—", 1)[1].strip() if "—" in head else ""
        out.append(f"ARTICLE {number} — {heading}\n{body}" if heading
                   else f"ARTICLE {number}\n{body}")
        count += len(block.split())
    return "\n\n".join(out)


def best_interleaved(*fns, runs: int = RUNS) -> list[float]:
    """The best time of each function, running them in turn."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, fn_times in zip(fns, times, strict=True):
            start = time.perf_counter()
            fn()
            fn_times.append(time.perf_counter() - start)
    return [min(fn_times) for fn_times in times]


def main() -> int:
    from docx import Document

    from bla_assistant.core.documents.reader import read_document
    from bla_assistant.core.gapcheck.draft_check import GapChecker
    from bla_assistant.core.library.loader import load_library

    library = load_library()
    checker = GapChecker(library)
    with tempfile.TemporaryDirectory(prefix="gap-speed-") as tmp:
        path = text_to_docx(draft_text(), Path(tmp) / "draft-30k.docx")

        def python_docx() -> None:
            document = Document(str(path))
            "\n".join(p.text for p in document.paragraphs)

        def gap_check() -> None:
            checker.check_document(read_document(path), "auto")

        gap_check()  # compile cue patterns once, as a running app would have
        words = read_document(path).word_count
        baseline, ours = best_interleaved(python_docx, gap_check)
    print(f"draft: {words} words")
    print(f"python-docx open+read: {baseline * 1000:.0f} ms")
    print(f"gap check (read + split + check): {ours * 1000:.0f} ms")
    print(f"ratio: {ours / baseline:.2f}x python-docx (target <= 2.0; under 1 s: "
          f"{'yes' if ours < 1 else 'NO'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
