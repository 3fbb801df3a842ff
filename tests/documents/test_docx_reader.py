"""Reading .docx drafts: revisions, tables, content controls, footnotes, numbering."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from bla_assistant.core.documents.reader import read_document
from tests.docx_factory import (
    footnotes_xml,
    numbering_xml,
    p,
    styles_xml,
    write_docx,
)


def test_tracked_changes_read_as_accepted_text(tmp_path: Path) -> None:
    body = (p("Article 1 — Scope")
            + '<w:p><w:r><w:t xml:space="preserve">Workers </w:t></w:r>'
              '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">posted abroad </w:t>'
              '</w:r></w:ins>'
              '<w:del w:id="2" w:author="A"><w:r><w:delText>never </w:delText></w:r></w:del>'
              '<w:moveTo w:id="3" w:author="A"><w:r><w:t>remain insured.</w:t></w:r></w:moveTo>'
              '<w:moveFrom w:id="4" w:author="A"><w:r><w:t>OLD PLACE</w:t></w:r></w:moveFrom>'
              '</w:p>')
    doc = read_document(write_docx(tmp_path / "rev.docx", body))
    text = doc.article("1").text
    assert text == "Workers posted abroad remain insured."


def test_tabs_breaks_and_hyphens_read_alike_with_and_without_revisions(tmp_path: Path) -> None:
    # A body without any deletion is read with a lighter search: same text either way.
    line = ('<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
            '<w:r><w:t>Social</w:t><w:tab/><w:t>security</w:t><w:br/><w:t>co</w:t>'
            '<w:noBreakHyphen/><w:t>operation</w:t><w:cr/><w:t>ends.</w:t></w:r></w:p>')
    deletion = '<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>x</w:delText></w:r></w:del></w:p>'
    plain = read_document(write_docx(tmp_path / "plain.docx", p("Article 1") + line))
    revised = read_document(write_docx(tmp_path / "revised.docx",
                                       p("Article 1") + line + deletion))
    assert plain.article("1").text == "Social security co-operation ends."
    assert revised.article("1").text == plain.article("1").text


def test_tables_content_controls_hyperlinks_fields_and_footnotes(tmp_path: Path) -> None:
    body = (p("Article 1 — Definitions")
            + "<w:tbl><w:tr><w:tc>" + p("benefit") + "</w:tc><w:tc>"
            + p("a pension or cash benefit") + "</w:tc></w:tr></w:tbl>"
            + "<w:sdt><w:sdtContent>" + p("Inside a content control.") + "</w:sdtContent></w:sdt>"
            + '<w:p><w:hyperlink><w:r><w:t>Linked text</w:t></w:r></w:hyperlink>'
              '<w:fldSimple w:instr="DATE"><w:r><w:t> 1 May 2026</w:t></w:r></w:fldSimple></w:p>'
            + '<w:p><w:r><w:t>See note</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
              '</w:p>')
    path = write_docx(tmp_path / "mix.docx", body,
                      {"word/footnotes.xml": footnotes_xml({1: "Footnote about insurance."})})
    document = read_document(path)
    article = document.article("1")
    origins = {para.text: para.origin for para in article.paragraphs}
    # Counted by the reader as it reads, footnotes included.
    assert document.word_count == 24
    assert origins["benefit"] == "table"
    assert origins["a pension or cash benefit"] == "table"
    assert origins["Inside a content control."] == "content_control"
    assert "Linked text 1 May 2026" in origins
    assert origins["Footnote about insurance."] == "footnote"


def test_articles_numbered_only_by_word_numbering(tmp_path: Path) -> None:
    numbering = numbering_xml([("upperRoman", "Article %1"), ("decimal", "%1.%2"),
                               ("lowerLetter", "(%3)")])
    styles = styles_xml({"ArticleHeading": "Article Heading", "Para": "Para"},
                        {"ArticleHeading": (1, 0), "Para": (1, 1)})
    body = (p("Preamble of the agreement.")
            + p("Scope", style="ArticleHeading") + p("It applies to pensions.", style="Para")
            + p("Definitions", style="ArticleHeading") + p("First term.", style="Para")
            + p("Second term.", style="Para") + p("a point", num=(1, 2))
            + p("Entry into force", style="ArticleHeading"))
    path = write_docx(tmp_path / "num.docx", body,
                      {"word/numbering.xml": numbering, "word/styles.xml": styles})
    doc = read_document(path)
    numbered = doc.numbered_articles
    assert [(a.number, a.label, a.heading) for a in numbered] == [
        ("1", "Article I", "Scope"), ("2", "Article II", "Definitions"),
        ("3", "Article III", "Entry into force")]
    labels = [para.label for para in numbered[1].paragraphs]
    # Without w:isLgl Word shows the roman article number inside "%1.%2".
    assert labels == ["II.1", "II.2", "(a)"]


def test_start_override_restarts_numbering_for_an_annex(tmp_path: Path) -> None:
    numbering = numbering_xml([("decimal", "Article %1")], num_ids=(1, 2), restart_num=2)
    body = (p("Main", num=(1, 0)) + p("Text one.") + p("Second", num=(1, 0)) + p("Text two.")
            + p("Annex to the Agreement") + p("Annex first", num=(2, 0)) + p("Annex text."))
    doc = read_document(write_docx(tmp_path / "restart.docx", body,
                                   {"word/numbering.xml": numbering}))
    assert [a.number for a in doc.articles if a.kind != "preamble"] == ["1", "2", "A", "A-1"]


def test_python_docx_document_with_heading_styles(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Agreement on Labour Mobility", level=0)
    for heading, text in [("Objectives", "To protect workers."), ("Recruitment", "No fees."),
                          ("Termination", "Either party may terminate.")]:
        document.add_heading(heading, level=1)
        document.add_paragraph(text)
    path = tmp_path / "styled.docx"
    document.save(str(path))
    doc = read_document(path)
    assert [(a.number, a.heading) for a in doc.numbered_articles] == [
        ("1", "Objectives"), ("2", "Recruitment"), ("3", "Termination")]
    assert doc.article("2").text == "No fees."


def test_docm_text_is_read_and_macros_ignored(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "macro.docm", p("Article 1 — Scope") + p("Text."),
                      {"word/vbaProject.bin": b"\x00Attribute VB_Name = \"Evil\"\x00Shell"})
    doc = read_document(path)
    assert doc.article("1").text == "Text."
    assert any("macros" in w for w in doc.warnings)


def test_french_and_arabic_drafts(tmp_path: Path) -> None:
    french = write_docx(tmp_path / "fr.docx", p("Article premier — Définitions")
                        + p("Aux fins du présent Accord, le terme « prestation » désigne une "
                            "pension.") + p("Article 2 — Champ d'application")
                        + p("L'Accord s'applique à la législation relative aux pensions."))
    doc = read_document(french)
    assert doc.language == "fr"
    assert [a.number for a in doc.numbered_articles] == ["1", "2"]
    arabic = write_docx(tmp_path / "ar.docx", p("المادة ١ — التعاريف")
                        + p("لأغراض هذا الاتفاق يقصد بالعامل المهاجر كل شخص")
                        + p("المادة ٢ — النطاق") + p("يطبق هذا الاتفاق على العمال"))
    doc = read_document(arabic)
    assert doc.language == "ar"
    assert [a.number for a in doc.numbered_articles] == ["1", "2"]
    assert "العامل" in doc.article("1").text
