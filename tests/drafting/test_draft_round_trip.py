"""Our Word draft read back by the document importer gives the project's own articles:
numbers rebuilt from w:numPr, headings, paragraph labels and texts all survive."""

from __future__ import annotations

import pytest
from docx_helpers import EXAMPLES

from bla_assistant.core.documents.reader import read_document
from bla_assistant.core.drafting.docx_writer import write_draft
from bla_assistant.core.project.project_document import project_to_document
from bla_assistant.core.project.project_file import load_project


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name.split(".")[0])
def test_importer_reads_back_what_the_project_says(path, library, tmp_path):
    project = load_project(path)
    out = tmp_path / "draft.docx"
    write_draft(project, library, out)
    read = read_document(out)
    expected = project_to_document(project, library, project.languages[0])
    assert [a.label for a in read.numbered_articles] == \
        [a.label for a in expected.numbered_articles]
    for got, want in zip(read.numbered_articles, expected.numbered_articles, strict=True):
        assert _flat(got.heading) == _flat(want.heading)
        assert [p.label for p in got.paragraphs] == [p.label for p in want.paragraphs], want.label
        assert [_flat(p.text) for p in got.paragraphs] == [_flat(p.text) for p in want.paragraphs]
    assert read.articles[0].kind == "preamble"


def test_project_document_has_closing_and_annex_like_the_importer(library, tmp_path):
    project = load_project(next(p for p in EXAMPLES if "social-security" in p.name))
    expected = project_to_document(project, library, "fr")
    out = tmp_path / "draft.docx"
    write_draft(project, library, out)
    read = read_document(out)
    assert [a.kind for a in expected.articles][-2:] == ["closing", "annex"]
    assert [a.kind for a in read.articles][-2:] == ["closing", "annex"]
    annex = expected.articles[-1]
    assert annex.label == "Annexe I" and "CNSS" in annex.text and "CNPS" in annex.text
    assert "Fait à Ouagadougou, le 20 novembre 2026" in expected.articles[-2].text


def test_testimonium_leaves_languages_to_the_languages_article(library):
    kenya = load_project(next(p for p in EXAMPLES if p.name.startswith("kenya")))
    closing = project_to_document(kenya, library, "en").articles[-2].text
    assert "Done at Riyadh on 14 September 2026, in two originals." in closing
    kenya.article("languages").status = "withdrawn"
    closing = project_to_document(kenya, library, "en").articles[-2].text
    assert "in the English and Arabic languages, all texts being equally authentic" in closing
