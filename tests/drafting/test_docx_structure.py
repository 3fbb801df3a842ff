"""The Word draft's structure, read from its XML: real numbering, fields, properties."""

from __future__ import annotations

import pytest
from docx_helpers import (
    EXAMPLES,
    NS,
    TYPED_ARTICLE,
    W,
    paragraphs_with_style,
    part,
    part_names,
    text_of,
)

from bla_assistant.core.drafting.docx_writer import DraftOptions, write_draft
from bla_assistant.core.drafting.render import numbered_articles
from bla_assistant.core.project.project_file import load_project


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda p: p.name.split(".")[0])
def example_docx(request, tmp_path_factory, library):
    project = load_project(request.param)
    out = tmp_path_factory.mktemp("docx") / "draft.docx"
    report = write_draft(project, library, out)
    return project, out, report


def test_there_are_three_examples_of_each_kind():
    kinds = {load_project(p).agreement_type + "/" + load_project(p).sector for p in EXAMPLES}
    assert {"BLA/domestic_work", "BLA/health_care", "SSA/all"} <= kinds


def test_examples_use_real_clauses_variants_and_parameters(library):
    from bla_assistant.core.project.project_file import load_project_checked

    for path in EXAMPLES:
        _, problems = load_project_checked(path, library)
        assert not problems, "\n".join(map(str, problems))


def test_articles_are_numbered_by_word_not_typed(example_docx, library):
    project, out, _ = example_docx
    document = part(out, "word/document.xml")
    articles = paragraphs_with_style(document, "Article")
    assert len(articles) == len(numbered_articles(project, library))
    for p in articles:
        assert p.find("w:pPr/w:numPr/w:numId", NS) is not None
        assert p.find("w:pPr/w:numPr/w:ilvl", NS).get(f"{{{W}}}val") == "0"
        assert not TYPED_ARTICLE.match(text_of(p)), text_of(p)
    numbered = paragraphs_with_style(document, "Paragraph")
    assert numbered and all(p.find("w:pPr/w:numPr", NS) is not None for p in numbered)
    assert not any(text_of(p).lstrip()[:2] in {"1.", "2."} for p in numbered)


def test_numbering_definitions_link_the_styles(example_docx):
    _, out, _ = example_docx
    numbering = part(out, "word/numbering.xml")
    styles = part(out, "word/styles.xml")
    article_style = styles.xpath("//w:style[@w:styleId='Article']", namespaces=NS)[0]
    num_id = article_style.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val")
    abstract_id = numbering.xpath(f"//w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val",
                                  namespaces=NS)[0]
    abstract = numbering.xpath(f"//w:abstractNum[@w:abstractNumId='{abstract_id}']",
                               namespaces=NS)[0]
    levels = {
        lvl.get(f"{{{W}}}ilvl"): (lvl.find("w:lvlText", NS).get(f"{{{W}}}val"),
                                  lvl.find("w:pStyle", NS).get(f"{{{W}}}val"))
        for lvl in abstract.findall("w:lvl", NS)
    }
    assert levels["0"][1] == "Article" and levels["0"][0].endswith(" %1")
    assert levels["1"] == ("%2.", "Paragraph")
    assert levels["2"] == ("(%3)", "Point")
    assert abstract.find("w:multiLevelType", NS).get(f"{{{W}}}val") == "multilevel"


def test_toc_and_page_fields_are_present(example_docx):
    _, out, _ = example_docx
    document = part(out, "word/document.xml")
    instructions = " ".join(document.xpath("//w:instrText/text()", namespaces=NS))
    assert "TOC \\o" in instructions
    footers = [n for n in part_names(out) if n.startswith("word/footer")]
    footer_fields = " ".join(" ".join(part(out, n).xpath("//w:instrText/text()", namespaces=NS))
                             for n in footers)
    assert " PAGE " in footer_fields and " NUMPAGES " in footer_fields
    settings = part(out, "word/settings.xml")
    assert settings.find("w:updateFields", NS) is not None


def test_document_properties_name_the_agreement_and_parties(example_docx):
    project, out, _ = example_docx
    core = part(out, "docProps/core.xml")
    text = " ".join(core.itertext())
    assert project.agreement_type in text
    short_a = next(iter(project.party_a.short_name.values()))
    assert short_a.split()[-1] in text


def test_signature_block_holds_both_parties_side_by_side(example_docx):
    project, out, _ = example_docx
    document = part(out, "word/document.xml")
    for row in document.xpath("//w:tbl/w:tr", namespaces=NS):
        cells = row.findall("w:tc", NS)
        texts = [" ".join(text_of(p) for p in c.iter(f"{{{W}}}p")) for c in cells]
        if len(cells) == 2 and project.party_a.signatory.name in texts[0]:
            assert project.party_b.signatory.name in texts[1]
            break
    else:
        pytest.fail("no two-column signature row with both signatories")


def test_bilingual_draft_numbers_each_column_on_its_own(library, tmp_path):
    ssa = next(p for p in EXAMPLES if "social-security" in p.name)
    project = load_project(ssa)
    out = tmp_path / "bilingual.docx"
    write_draft(project, library, out, DraftOptions(bilingual=("fr", "en")))
    document = part(out, "word/document.xml")
    articles = paragraphs_with_style(document, "Article")
    num_ids = [p.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val") for p in articles]
    count = len(numbered_articles(project, library))
    assert len(set(num_ids)) == 2 and num_ids.count(num_ids[0]) == count
    # Each row of the body table: French on the left, English on the right.
    row = articles[0].getparent().getparent()
    texts = [" ".join(text_of(p) for p in tc.iter(f"{{{W}}}p")) for tc in row.findall("w:tc", NS)]
    assert "Aux fins" in texts[0] or "désigne" in texts[0]
    assert "means" in texts[1]


def test_placeholders_are_highlighted_runs(library, tmp_path):
    project = load_project(EXAMPLES[0])
    project.date = ""
    project.articles[-1].override = {"": "This Agreement enters into force on {{ eif_date }}."}
    out = tmp_path / "draft.docx"
    report = write_draft(project, library, out)
    assert any("eif_date" in item for item in report.placeholders)
    document = part(out, "word/document.xml")
    marked = document.xpath("//w:r[w:rPr/w:highlight/@w:val='yellow']", namespaces=NS)
    texts = ["".join(r.xpath("w:t/text()", namespaces=NS)) for r in marked]
    assert "[eif_date]" in texts and "[date of signature]" in texts
    assert all(r.find("w:rPr/w:rStyle", NS).get(f"{{{W}}}val") == "Placeholder" for r in marked)


def test_arabic_column_runs_right_to_left(library, tmp_path):
    project = load_project(next(p for p in EXAMPLES if p.name.startswith("kenya")))
    project.article("objectives").override = {"ar": "أهداف هذا الاتفاق"}
    out = tmp_path / "en-ar.docx"
    write_draft(project, library, out, DraftOptions(bilingual=("en", "ar")))
    document = part(out, "word/document.xml")
    arabic = [p for p in document.iter(f"{{{W}}}p") if "أهداف" in text_of(p)][0]
    assert arabic.find("w:pPr/w:bidi", NS) is not None
    assert all(r.find("w:rPr/w:rtl", NS) is not None for r in arabic.iter(f"{{{W}}}r"))
    english = [p for p in document.iter(f"{{{W}}}p") if "For the purposes" in text_of(p)][0]
    assert english.find("w:pPr/w:bidi", NS) is None
    numbering = part(out, "word/numbering.xml")
    assert "المادة %1" in numbering.xpath("//w:lvlText/@w:val", namespaces=NS)


def test_draft_marks_contested_articles_with_comments_not_text(library, tmp_path):
    project = load_project(next(p for p in EXAMPLES if p.name.startswith("kenya")))
    out = tmp_path / "draft.docx"
    write_draft(project, library, out)
    comments = " ".join(part(out, "word/comments.xml").itertext())
    contested = [a for a in project.live_articles if a.status in ("contested", "parked")]
    assert comments.count("Status:") == len(contested) > 0
    assert "Status: contested (round 2)" in comments
    document = part(out, "word/document.xml")
    assert "Status:" not in " ".join(document.itertext())
    final = tmp_path / "final.docx"
    write_draft(project, library, final, DraftOptions(final=True))
    assert "word/comments.xml" not in part_names(final) or \
        "Status:" not in " ".join(part(final, "word/comments.xml").itertext())
