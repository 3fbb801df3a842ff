"""The word-indexed cue search finds exactly what a scan of the whole draft finds.

The gap check tries each cue only on the sentences holding the words the cue needs; these
tests hold that shortcut to the plain scan, for every cue in the library, in both languages.
"""

from __future__ import annotations

import re

import pytest

from bla_assistant.core.gapcheck import line_index
from bla_assistant.core.gapcheck.cue_patterns import compile_cues, cue_needs
from bla_assistant.core.gapcheck.line_index import LineIndex
from bla_assistant.core.gapcheck.normalise import fold, fold_lines, split_sentences
from bla_assistant.core.library.model import pick

_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def library_sentences(library, lang: str) -> list[str]:
    """The library's own clause texts, cut into sentences: text that many cues match."""
    sentences: list[str] = []
    for clause in library.clauses.values():
        for variant in clause.variants:
            for paragraph in _TAGS.sub("12", pick(variant.text, lang)).split("\n"):
                sentences += split_sentences(paragraph)
    return sentences


def every_cue(library, lang: str) -> list[str]:
    out: list[str] = []
    for checklist in library.checklists.values():
        for item in checklist.items:
            for kind in ("headings", "phrases", "strong", "excludes", "heading_excludes"):
                out += getattr(item.cues, kind).get(lang, ())
    return sorted(set(out))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("scan_share", [0, 10**9], ids=["whole-text", "per-line"])
def test_indexed_search_equals_whole_text_scan(library, lang, scan_share, monkeypatch):
    monkeypatch.setattr(line_index, "WHOLE_TEXT_SCAN_SHARE", scan_share)
    lines = LineIndex(fold_lines(library_sentences(library, lang)))
    cues = compile_cues([(c, 1.0) for c in every_cue(library, lang)])
    assert len(cues) > 300
    matched = 0
    for cue in cues:
        for variant in cue.variants:
            expected = {lines.line_at(m.start()) for m in variant.regex.finditer(lines.text)}
            found = lines.lines_matching(variant.regex, variant.needs, variant.literal_start,
                                         variant.whole_word)
            assert found == expected, (cue.text, variant.regex.pattern)
            matched += bool(expected)
    # The comparison means something only if many cues do match this text.
    assert matched > 100


def test_cue_needs_mirror_the_cue_syntax():
    assert cue_needs("periods ... taken into account")[0] == (("periods", "plural"),)
    assert cue_needs("détaché*") == ((("detache", "prefix"),),)
    # An optional group needs nothing; a choice needs one of its first words.
    assert cue_needs("(before|prior to) (the date of )?entry") == (
        (("before", "plural"), ("prior", "plural")), (("entry", "plural"),))
    assert cue_needs("(claim|appeal)* deemed")[0] == (("claim", "prefix"), ("appeal", "prefix"))
    # Apostrophes split words in the text as in the cue.
    assert cue_needs("l'article") == ((("l", "exact"),), (("article", "plural"),))
    assert cue_needs("re:anything at all") is None


def test_a_cue_whose_word_is_absent_is_not_searched():
    lines = LineIndex(["the competent institution shall pay", "periods of insurance"])
    cue = compile_cues([("periods ... taken into account", 1.0)])[0]
    variant = cue.variants[0]
    assert lines.candidates(variant.needs) == set()
    assert lines.lines_matching(variant.regex, variant.needs, variant.literal_start) == set()


@pytest.mark.parametrize("line", [
    "Élève  Œuvre «x» e\u0301te\u0301 à l’article — ok",
    "Travailleurs\u00a0détachés\u202fet `quoted´ text",
    "العمال المهاجرون و the Agreement",
    "  leading and trailing  ",
    "ÆSIR straße İstanbul",
])
def test_fold_lines_folds_each_line_like_fold(line):
    assert fold_lines([line, "Second LINE"]) == [fold(line).strip(), "second line"]


def test_fold_lines_keeps_one_line_per_input_even_with_newlines_inside():
    assert fold_lines(["a\nb", "c"]) == ["a b", "c"]
    assert fold_lines([]) == []


@pytest.mark.parametrize(("cue", "line"), [
    ("recruitment agency", "only licensed recruitment agencies may recruit"),
    ("the party", "both the parties agree"),
    ("conditions de travail", "les conditions de travaux"),
    ("régime légal", "les régimes légaux"),
])
def test_irregular_plurals_match_and_are_indexed(cue, line):
    lines = LineIndex(fold_lines(["an unrelated sentence", line]))
    variant = compile_cues([(cue, 1.0)])[0].variants[0]
    assert lines.lines_matching(variant.regex, variant.needs, variant.literal_start) == {1}
