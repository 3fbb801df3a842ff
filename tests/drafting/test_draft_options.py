"""Draft options: final mode, a ministry's own template, the delegation brief, the CLI."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx_helpers import EXAMPLES, NS, W, paragraphs_with_style, part, text_of

from bla_assistant.cli.main import run_cli
from bla_assistant.core.drafting.brief import write_brief
from bla_assistant.core.drafting.docx_numbering import ARTICLE_ABSTRACT_ID
from bla_assistant.core.drafting.docx_styles import link_numbering
from bla_assistant.core.drafting.docx_template import base_template_path
from bla_assistant.core.drafting.docx_writer import DraftError, DraftOptions, write_draft
from bla_assistant.core.drafting.render import RenderError, numbered_articles
from bla_assistant.core.project.project_file import load_project, save_project

KENYA = next(p for p in EXAMPLES if p.name.startswith("kenya"))
SSA = next(p for p in EXAMPLES if "social-security" in p.name)


def _with_missing_value(path):
    """Clause parameters all have defaults; a field in negotiated wording may have none."""
    project = load_project(path)
    project.article("entry").override = {
        "en": "This Agreement shall enter into force on {{ entry_into_force_date }}."}
    return project


def _number(project, library, uid: str) -> int:
    return next(n for n, a in numbered_articles(project, library) if a.uid == uid)


def test_final_mode_refuses_a_missing_value_naming_article_and_parameter(library, tmp_path):
    project = _with_missing_value(KENYA)
    out = tmp_path / "final.docx"
    with pytest.raises(RenderError) as caught:
        write_draft(project, library, out, DraftOptions(final=True))
    number = _number(project, library, "entry")
    assert caught.value.number == number
    assert caught.value.parameter == "entry_into_force_date"
    assert f"Article {number} (Entry into force" in str(caught.value)
    assert not out.exists()
    # The draft mode writes the same project, with the value highlighted.
    report = write_draft(project, library, out)
    assert f"Article {number}: entry_into_force_date" in report.placeholders


def _ministry_template(tmp_path):
    document = docx.Document(str(base_template_path()))
    document.styles["Normal"].font.name = "Arial"
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "MINISTRY OF LABOUR AND SOCIAL PROTECTION"
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0].text = "P.O. Box 40326, Nairobi"
    numbering = document.part.numbering_part.element
    numbering.append(docx.oxml.parse_xml(
        f'<w:num xmlns:w="{W}" w:numId="77"><w:abstractNumId w:val="{ARTICLE_ABSTRACT_ID}"/>'
        "</w:num>"))
    link_numbering(document.styles["Article"], 77, 0)
    path = tmp_path / "ministry.docx"
    document.save(str(path))
    return path


def test_a_ministry_template_keeps_its_letterhead_fonts_and_numbering(library, tmp_path):
    template = _ministry_template(tmp_path)
    out = tmp_path / "draft.docx"
    report = write_draft(load_project(KENYA), library, out, DraftOptions(template=template))
    assert not [w for w in report.warnings if "template" in w]
    result = docx.Document(str(out))
    assert result.styles["Normal"].font.name == "Arial"
    assert "MINISTRY OF LABOUR" in result.sections[0].header.paragraphs[0].text
    footer_xml = result.sections[0].footer._element.xml
    assert "P.O. Box 40326" in footer_xml and "NUMPAGES" in footer_xml
    articles = paragraphs_with_style(part(out, "word/document.xml"), "Article")
    assert {a.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val") for a in articles} == {"77"}


def test_a_template_without_our_styles_falls_back_with_a_warning(library, tmp_path):
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip file")
    for template, words in ((plain, "missing style(s) Agreement Title"),
                            (broken, "cannot be opened")):
        out = tmp_path / "draft.docx"
        report = write_draft(load_project(SSA), library, out, DraftOptions(template=template))
        assert any(words in w and str(template) in w for w in report.warnings), report.warnings
        assert paragraphs_with_style(part(out, "word/document.xml"), "Article")


def test_bilingual_needs_two_different_languages(library, tmp_path):
    with pytest.raises(DraftError, match="two different languages"):
        write_draft(load_project(SSA), library, tmp_path / "x.docx",
                    DraftOptions(bilingual=("fr", "fr")))


def test_delegation_brief_sets_our_position_beside_theirs(library, tmp_path):
    out = tmp_path / "brief.docx"
    project = load_project(SSA)  # our delegation is party B (Burkina Faso), in French
    report = write_brief(project, library, out)
    assert report.articles == len(numbered_articles(project, library)) == 25
    document = part(out, "word/document.xml")
    rows = {}
    for row in document.xpath("//w:tr", namespaces=NS):
        cells = [" ".join(text_of(p) for p in tc.iter(f"{{{W}}}p"))
                 for tc in row.findall("w:tc", NS)]
        rows.setdefault(cells[0], []).append(cells[-1])
    assert "Certificat de vie annuel, transmis électroniquement par la CNSS" in \
        rows["Notre position"]
    assert "Certificat de vie tous les six mois" in rows["Position de la Côte d'Ivoire"]
    assert any("Ligne rouge" in text for text in rows["Lignes rouges et solution de repli"])
    body = " ".join(document.itertext())
    assert "Diffusion restreinte" in body and "Burkina Faso" in body


def test_cli_draft_writes_the_agreement_and_reports_missing_values(tmp_path, capsys):
    out = tmp_path / "ke.docx"
    assert run_cli(["draft", str(KENYA), "-o", str(out)]) == 0
    assert zipfile.is_zipfile(out)
    assert "wrote draft" in capsys.readouterr().out


def test_cli_final_draft_names_article_and_parameter(tmp_path, capsys, library):
    path = tmp_path / "p.bla.yaml"
    project = _with_missing_value(KENYA)
    save_project(project, path)
    assert run_cli(["draft", str(path), "-o", str(tmp_path / "f.docx"), "--final"]) == 1
    err = capsys.readouterr().err
    assert f"Article {_number(project, library, 'entry')} (" in err
    assert "entry_into_force_date" in err
    assert run_cli(["draft", str(path), "--bilingual", "en"]) == 2


def test_cli_bad_project_file_names_the_line(tmp_path, capsys):
    path = tmp_path / "bad.bla.yaml"
    path.write_text("schema_version: 1\nagreement_type: FTA\n", encoding="utf-8")
    assert run_cli(["draft", str(path)]) == 1
    assert f"{path}:2: agreement_type" in capsys.readouterr().err


def test_cli_project_new_and_show(tmp_path, capsys):
    path = tmp_path / "new.bla.yaml"
    assert run_cli(["project", "new", str(path), "--type", "ssa", "--party-a", "Senegal",
                    "--party-b", "Mali", "--languages", "fr,en"]) == 0
    project = load_project(path)
    assert project.agreement_type == "SSA" and project.languages == ["fr", "en"]
    assert len(project.articles) >= 10
    assert all(a.clause_id.startswith("ssa.") for a in project.articles)
    assert run_cli(["project", "new", str(path)]) == 2  # never overwrites silently
    capsys.readouterr()
    assert run_cli(["project", "show", str(path)]) == 0
    shown = capsys.readouterr().out
    assert "Party A: Senegal" in shown and "ssa.detached_workers" in shown


def test_cli_brief(tmp_path, capsys):
    out = tmp_path / "brief.docx"
    assert run_cli(["draft", str(KENYA), "--brief", "-o", str(out)]) == 0
    assert "Delegation brief" in " ".join(part(out, "word/document.xml").itertext())


def test_missing_party_names_are_reported_not_silently_replaced(library, tmp_path):
    from bla_assistant.core.project.model import Project

    report = write_draft(Project(agreement_type="SSA"), library, tmp_path / "e.docx",
                         DraftOptions(final=True))
    assert "party A has no name; the neutral example name is used in the text" in \
        report.warnings
    assert any("Competent authorities" in w for w in report.warnings)
    examples = [write_draft(load_project(p), library, tmp_path / "x.docx") for p in EXAMPLES]
    assert not [i for r in examples for i in r.placeholders if i.startswith("party")]


def test_the_project_remembers_its_ministry_template(library, tmp_path, capsys):
    template = _ministry_template(tmp_path)
    project = load_project(KENYA)
    project.word_template = template.name  # relative to the project's folder
    saved = tmp_path / "kenya.bla.yaml"
    save_project(project, saved)
    assert load_project(saved).template_path(saved) == template
    out = tmp_path / "from-project.docx"
    assert run_cli(["draft", str(saved), "-o", str(out)]) == 0
    assert "MINISTRY OF LABOUR" in docx.Document(str(out)).sections[0].header.paragraphs[0].text
    template.unlink()
    capsys.readouterr()
    assert run_cli(["draft", str(saved), "-o", str(out)]) == 2
    assert "word_template" in capsys.readouterr().err
