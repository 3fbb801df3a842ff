"""`bla-assistant clarity`, `clarity_json()` for `check --clarity`, and the HTML report section."""

from __future__ import annotations

import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from bla_assistant.cli.clarity_commands import clarity_json
from bla_assistant.cli.main import run_cli
from bla_assistant.core.clarity.engine import check_clarity
from bla_assistant.core.clarity.report import clarity_section_html, summary
from bla_assistant.core.documents.reader import read_document

DATA = Path(__file__).resolve().parent.parent / "data" / "clarity"


def test_cli_json_lists_findings_in_the_documented_shape(capsys) -> None:
    assert run_cli(["clarity", str(DATA / "planted_bla_fr.txt"), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["language"] == "fr" and out["agreement_type"] == "BLA"
    assert out["summary"]["findings"] == len(out["clarity"]) > 15
    first = out["clarity"][0]
    assert {"rule", "article", "quote", "suggestion", "severity"} <= set(first)
    assert isinstance(first["article"], str)
    insurance = next(f for f in out["clarity"] if f["rule"] == "insurance_incomplete")
    assert insurance["article"] == "5"
    assert insurance["model_clause"]["id"] == "bla.insurance"
    # French draft, French explanation.
    assert "Manque" in insurance["message"]


def test_cli_text_output_and_type_override(capsys) -> None:
    assert run_cli(["clarity", str(DATA / "planted_bla_en.txt"), "--type", "SSA"]) == 0
    captured = capsys.readouterr()
    # As an SSA, the BLA-only rules stay silent.
    assert "insurance_incomplete" not in captured.out
    assert "missing_cross_reference" in captured.out
    assert "(SSA, en)" in captured.err


def test_cli_names_a_missing_draft(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "nope.docx"
    assert run_cli(["clarity", str(missing)]) == 2
    assert "nope.docx" in capsys.readouterr().err


def test_clarity_json_matches_the_engine(library) -> None:
    document = read_document(DATA / "planted_ssa_en.txt")
    rows = clarity_json(document, library)
    assert [r["rule"] for r in rows] == [f.rule_id for f in check_clarity(document,
                                                                          library=library)]
    assert all(r["article"] in {"3", "4", "5", "6"} for r in rows)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows = 0
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag, attrs):
        self.rows += tag == "tr"
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag):
        self._in_mark = False if tag == "mark" else self._in_mark

    def handle_data(self, data):
        if self._in_mark:
            self.marks.append(data)


def test_html_section_marks_the_offending_words_and_escapes_text(library) -> None:
    findings = check_clarity(read_document(DATA / "planted_bla_en.txt"), library=library)
    html = clarity_section_html(findings)
    assert html.startswith('<section class="clarity"') and html.endswith("</section>")
    parser = _Collector()
    parser.feed(html)
    assert parser.rows == len(findings) + 1  # one header row
    assert "shall endeavour" in parser.marks and "Annex II" in parser.marks
    hostile = replace(findings[0], quote="<script>x</script> shall endeavour", span=(19, 34))
    assert "&lt;script&gt;" in clarity_section_html([hostile])
    empty = clarity_section_html([], lang="fr")
    assert "Aucune faiblesse" in empty


def test_summary_counts_per_thousand_words(library) -> None:
    document = read_document(DATA / "planted_ssa_en.txt")
    findings = check_clarity(document, library=library)
    info = summary(findings, 1000)
    assert info["findings"] == len(findings) == 4
    assert info["per_1000_words"] == 4.0
    assert sum(info["by_severity"].values()) == 4


def test_word_section_opens_in_libreoffice(soffice: str, tmp_path: Path, library) -> None:
    import subprocess

    from docx import Document

    from bla_assistant.core.clarity.report_docx import write_clarity_docx

    findings = check_clarity(read_document(DATA / "planted_bla_fr.txt"), library=library)
    out = write_clarity_docx(findings, tmp_path / "clarity.docx", lang="fr", title="Projet")
    table = Document(str(out)).tables[0]
    assert len(table.rows) == len(findings) + 1
    marked = [r.text for row in table.rows[1:] for r in row.cells[1].paragraphs[0].runs
              if r.bold]
    assert "s'efforce" in marked and "annexe II" in marked
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{profile}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "clarity.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 1000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Clarté de la rédaction" in text
