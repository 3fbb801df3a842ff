"""Drafting speed: a 60-article bilingual (en, fr) Word draft, against the floor of python-docx
writing the same text as plain paragraphs without styles, numbering, tables or fields.

    PYTHONPATH=. python benchmarks/draft.py [--articles 60] [--runs 7]

Targets (issue 4): under 0.5 s, and under 3x the floor. Prints both figures and the ratio,
measured in the same run; exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time

import docx

from bla_assistant.core.drafting.docx_writer import DraftOptions, build_draft
from bla_assistant.core.drafting.render import render_project, shared_environment
from bla_assistant.core.library.loader import load_library
from bla_assistant.core.project.model import Article, Party, Project

TARGET_SECONDS = 0.5
TARGET_RATIO = 3.0


def sixty_article_project(library, count: int) -> Project:
    """`count` articles cycling through the library's BLA clauses (all variants in turn)."""
    clauses = sorted(library.clauses_for_type("BLA"), key=lambda c: c.id)
    project = Project(
        agreement_type="BLA", languages=["en", "fr"], sector="domestic_work",
        party_a=Party(name={"en": "the Republic of Kenya", "fr": "la République du Kenya"},
                      short_name={"en": "Kenya", "fr": "le Kenya"}, role="origin"),
        party_b=Party(name={"en": "the Kingdom of Saudi Arabia",
                            "fr": "le Royaume d'Arabie saoudite"},
                      short_name={"en": "Saudi Arabia", "fr": "l'Arabie saoudite"},
                      role="destination"),
        place={"": "Riyadh"}, date="2026-09-14",
    )
    for i in range(count):
        clause = clauses[i % len(clauses)]
        if "bla.title_parties_preamble" in clause.element_ids:
            clause = clauses[(i + 1) % len(clauses)]
        variant = clause.variants[(i // len(clauses)) % len(clause.variants)]
        project.articles.append(Article(uid=f"a{i}", clause_id=clause.id, variant=variant.key,
                                        parameters=clause.default_parameters()))
    return project


def ours(project, library) -> float:
    start = time.perf_counter()
    document, _ = build_draft(project, library, DraftOptions(bilingual=("en", "fr")))
    document.save(io.BytesIO())
    return time.perf_counter() - start


def floor(texts: list[str]) -> float:
    """python-docx, default template, one plain paragraph per text, saved."""
    start = time.perf_counter()
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(io.BytesIO())
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    library = load_library()
    project = sixty_article_project(library, args.articles)
    texts: list[str] = []
    for lang in ("en", "fr"):
        for article in render_project(project, library, lang):
            texts.append(f"Article {article.number}")
            texts.append(article.heading)
            texts.extend(p.text for p in article.paragraphs)
    cold_times = []
    for _ in range(3):  # first draft in a process: every clause text still to compile
        shared_environment.cache_clear()
        cold_times.append(ours(project, library))
    ours(project, library), floor(texts)  # warm caches (imports, template parsing)
    ours_times = [ours(project, library) for _ in range(args.runs)]
    floor_times = [floor(texts) for _ in range(args.runs)]
    mine, base = statistics.median(ours_times), statistics.median(floor_times)
    ratio = mine / base
    words = sum(len(t.split()) for t in texts)
    print(f"bilingual draft: {args.articles} articles, {len(texts)} blocks, {words} words")
    print(f"bla-assistant draft : {mine * 1000:7.1f} ms (median of {args.runs}; target < "
          f"{TARGET_SECONDS * 1000:.0f} ms)")
    cold = statistics.median(cold_times)
    print(f"  cold (first draft): {cold * 1000:7.1f} ms (clause texts compiled; "
          f"{cold / base:.2f}x the floor)")
    print(f"python-docx floor   : {base * 1000:7.1f} ms (plain paragraphs, no styles)")
    print(f"ratio               : {ratio:7.2f}x (target < {TARGET_RATIO:.0f}x)")
    ok = mine < TARGET_SECONDS and ratio < TARGET_RATIO and cold < TARGET_SECONDS
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
