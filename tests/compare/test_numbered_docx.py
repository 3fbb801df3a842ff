"""Drafts whose article numbers exist only as Word list numbering, as ministries type them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from docx_factory import numbering_xml, p, styles_xml, write_docx  # noqa: E402

from bla_assistant.core.compare.compare_files import compare_files, write_outputs  # noqa: E402
from bla_assistant.core.compare.lines import document_text  # noqa: E402
from bla_assistant.core.compare.revisions import paragraph_texts  # noqa: E402
from bla_assistant.core.documents.reader import read_document  # noqa: E402

ARTICLES = [
    ("Definitions", "In this Agreement, competent authority means the minister responsible "
                    "for labour in each Party."),
    ("Recruitment", "No recruitment fee or related cost shall be charged to workers, directly "
                    "or indirectly, by any recruitment agency."),
    ("Duration", "The employment contract shall be concluded for 36 months and may be renewed "
                 "once with the agreement of the worker."),
    ("Final provisions", "This Agreement enters into force on the date of the last "
                         "notification between the Parties."),
]


def numbered_draft(path: Path, articles: list[tuple[str, str]]) -> Path:
    body = "".join(p(heading, style="ArticleHeading") + p(text) for heading, text in articles)
    parts = {
        "word/numbering.xml": numbering_xml([("decimal", "Article %1")]),
        "word/styles.xml": styles_xml({"ArticleHeading": "Article Heading"},
                                      numbered={"ArticleHeading": (1, 0)}),
    }
    return write_docx(path, p("Agreement on labour mobility") + body, parts)


def test_auto_numbered_drafts_compare_and_redline(tmp_path, library, capsys):
    old = numbered_draft(tmp_path / "a.docx", ARTICLES)
    edited = list(ARTICLES)
    edited[2] = ("Duration", ARTICLES[2][1].replace("36", "24"))
    edited.insert(1, ("Data sharing", "The Parties shall exchange anonymised data on "
                                      "recruitment every six months."))
    new = numbered_draft(tmp_path / "b.docx", edited)
    result = compare_files(old, new, library)
    lines = result.summary_lines
    assert "new Article 2 on data sharing" in lines
    assert any(line.startswith("Article 4 (was 3): ") and "36 -> 24 months" in line
               for line in lines)
    redline = tmp_path / "redline.docx"
    write_outputs(result, redline=redline)
    assert paragraph_texts(redline, "accepted") == document_text(read_document(new))
    assert paragraph_texts(redline, "original") == document_text(read_document(old))
    assert write_outputs(result, redline=tmp_path / "r2.docx").template_problem.startswith(
        "b.docx: its styles could not be reused")
