"""Article headings as real agreements write them."""

from __future__ import annotations

import pytest

from bla_assistant.core.documents.reader import document_from_text


def _numbers(text: str) -> list[tuple[str, str]]:
    doc = document_from_text(text)
    return [(a.number, a.heading) for a in doc.numbered_articles]


@pytest.mark.parametrize("first,second,expected", [
    ("Article 1 — Scope", "Article 2 — Definitions", [("1", "Scope"), ("2", "Definitions")]),
    ("ARTICLE I", "ARTICLE II", [("1", ""), ("2", "")]),
    ("Art. 1 Scope", "Art. 2 Definitions", [("1", "Scope"), ("2", "Definitions")]),
    ("Article premier — Objet", "Article 2 — Définitions", [("1", "Objet"), ("2", "Définitions")]),
    ("Article 1er — Objet", "Article 2 : Définitions", [("1", "Objet"), ("2", "Définitions")]),
    ("ARTICLE XII — Benefits under the Canada Pension Plan", "ARTICLE XIII — Language",
     [("12", "Benefits under the Canada Pension Plan"), ("13", "Language")]),
    ("Section 1. Scope", "Section 2. Definitions", [("1", "Scope"), ("2", "Definitions")]),
    ("1. Scope", "2. Definitions", [("1", "Scope"), ("2", "Definitions")]),
    ("Article 5bis — Posting", "Article 6 — Insurance", [("5bis", "Posting"), ("6", "Insurance")]),
])
def test_heading_styles(first: str, second: str, expected: list[tuple[str, str]]) -> None:
    text = f"Title\n\nPreamble text.\n\n{first}\nBody one.\n\n{second}\nBody two.\n"
    assert _numbers(text) == expected


def test_heading_on_its_own_line_after_the_label() -> None:
    text = "Article 1\nScope\nThis applies to pensions.\nArticle 2\nDefinitions\nTerms.\n"
    assert _numbers(text) == [("1", "Scope"), ("2", "Definitions")]


def test_sentences_citing_articles_are_not_headings() -> None:
    text = ("Article 1 — Scope\nArticle 5 shall apply, as appropriate, to cash benefits paid "
            "under the accident insurance of either Party.\nArticle 2 — Posting\nText.\n")
    doc = document_from_text(text)
    assert [a.number for a in doc.numbered_articles] == ["1", "2"]
    assert "cash benefits" in doc.article("1").text


def test_numbered_paragraphs_inside_articles_do_not_split() -> None:
    text = ("Article 1 — Scope\n1. This Agreement applies to pensions.\n2. Also to benefits.\n"
            "Article 2 — Definitions\n1. Benefit means a pension.\n")
    doc = document_from_text(text)
    assert [a.number for a in doc.numbered_articles] == ["1", "2"]
    assert [p.label for p in doc.article("1").paragraphs] == ["1.", "2."]


def test_parts_preamble_closing_and_protocol() -> None:
    text = """Agreement on Social Security

The Parties, desiring to cooperate, have agreed as follows:

PART I — General Provisions

ARTICLE 1 — Definitions
Terms.

PART II — Applicable Legislation

ARTICLE 2 — Posted workers
Posting rule.

IN WITNESS WHEREOF, the undersigned have signed this Agreement.
DONE at Accra on 1 May 2026.

Final Protocol to the Agreement
The plenipotentiaries agreed as follows:
1 With reference to Article 1:
    Extra definition.
2 With reference to Article 2:
    Self-employed persons are covered.
"""
    doc = document_from_text(text)
    kinds = [(a.kind, a.number, a.part) for a in doc.articles]
    assert kinds == [
        ("preamble", "", ""),
        ("article", "1", "PART I — General Provisions"),
        ("article", "2", "PART II — Applicable Legislation"),
        ("closing", "", ""),
        ("protocol", "P", ""),
        ("protocol", "P-1", ""),
        ("protocol", "P-2", ""),
    ]
    assert doc.title == "Agreement on Social Security"
    assert "Self-employed" in doc.article("P-2").text


def test_sections_group_articles_when_articles_exist() -> None:
    text = ("ARTICLE 1 — Scope\nText.\nSECTION 1 — Totalisation\nARTICLE 2 — Totalising\n"
            "Periods are added.\n")
    doc = document_from_text(text)
    assert [a.number for a in doc.numbered_articles] == ["1", "2"]
    assert doc.article("2").part == "SECTION 1 — Totalisation"


def test_no_headings_gives_one_block_with_a_warning() -> None:
    doc = document_from_text("Just a memo.\nWith two lines.")
    assert doc.numbered_articles == []
    assert any("No article headings" in w for w in doc.warnings)
