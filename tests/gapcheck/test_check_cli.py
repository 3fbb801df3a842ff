"""`bla-assistant check`: formats, folders, per-file errors, exit codes; JSON shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from bla_assistant.cli.main import run_cli
from tests.docx_factory import p, write_docx

REPO = Path(__file__).resolve().parents[2]


def _drafts(folder: Path) -> Path:
    folder.mkdir()
    write_docx(folder / "a.docx",
               p("Agreement on Social Security") + p("ARTICLE I — Definitions")
               + p('"Benefit" means a pension payable under the legislation.')
               + p("ARTICLE XII — Detached workers")
               + p("A worker sent by an employer to the territory of the other Party remains "
                   "subject to the legislation of the first Party for 24 months."))
    (folder / "b.txt").write_text("Accord de sécurité sociale\n\nArticle premier — Définitions\n"
                                  "« Prestation » désigne une pension.\n", encoding="utf-8")
    (folder / "broken.docx").write_text("not a zip")
    (folder / "notes.pdf").write_text("ignored: not a draft format")
    return folder


def test_json_for_a_folder_with_an_unreadable_file(tmp_path: Path, capsys) -> None:
    folder = _drafts(tmp_path / "drafts")
    assert run_cli(["check", str(folder), "--format", "json", "--quiet"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [Path(r["file"]).name for r in data] == ["a.docx", "b.txt", "broken.docx"]
    first = data[0]
    assert first["type"] == "ssa" and first["checklists"]
    assert {"checklist", "element_id", "status", "evidence", "suggestion"} <= set(first["items"][0])
    posted = next(i for i in first["items"] if i["element_id"] == "ssa.detached_workers"
                  and i["checklist"] == "ssa-model-provisions")
    assert posted["status"] == "present"
    evidence = posted["evidence"][0]
    assert evidence["article"] == "12"  # "ARTICLE XII" given as "12"
    assert set(evidence) >= {"article", "heading", "quote", "confidence"}
    assert data[1]["language"] == "fr"
    assert "not a Word document" in data[2]["error"]
    missing = next(i for i in first["items"] if i["status"] == "missing")
    assert missing["suggestion"]


def test_single_file_json_is_one_object_and_table_is_default(tmp_path: Path, capsys) -> None:
    folder = _drafts(tmp_path / "drafts")
    assert run_cli(["check", str(folder / "a.docx"), "--format", "json", "--quiet",
                    "--checklist", "ssa-model-provisions", "--type", "ssa"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict) and [c["id"] for c in data["checklists"]] == [
        "ssa-model-provisions"]
    assert run_cli(["check", str(folder / "a.docx"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "ssa.detached_workers" in out and "Art. 12" in out


def test_errors_exit_non_zero(tmp_path: Path, capsys) -> None:
    assert run_cli(["check", str(tmp_path / "nothing.docx")]) == 2
    folder = _drafts(tmp_path / "drafts")
    assert run_cli(["check", str(folder / "a.docx"), "--checklist", "no-such-list"]) == 2
    assert "unknown checklist" in capsys.readouterr().err
    assert run_cli(["check", str(folder / "a.docx"), "--format", "docx"]) == 2


def test_html_and_docx_reports(tmp_path: Path, soffice: str) -> None:
    folder = _drafts(tmp_path / "drafts")
    html = tmp_path / "report.html"
    assert run_cli(["check", str(folder), "--format", "html", "-o", str(html), "--quiet"]) == 0
    page = html.read_text(encoding="utf-8")
    assert "<table>" in page and "ssa.detached_workers" in page and "broken.docx" in page
    out = tmp_path / "report.docx"
    assert run_cli(["check", str(folder), "--format", "docx", "-o", str(out), "--quiet"]) == 0
    profile = tmp_path / "lo"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    assert (tmp_path / "report.pdf").stat().st_size > 1000
    # Printed on paper: the header row repeats on each page, the question column is the widest.
    from docx import Document

    from bla_assistant.core.gapcheck.report_docx import ITEM_WIDTHS

    tables = Document(str(out)).tables
    assert len(tables) > 2
    for table in tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    items = tables[1]
    millimetres = [round(c.width / 36000) for c in items.rows[-1].cells]
    assert millimetres == [round(w / 36000) for w in ITEM_WIDTHS]
    assert items.rows[0].cells[0].paragraphs[0].runs[0].bold


@pytest.mark.slow
def test_progress_on_stderr_from_the_real_command(tmp_path: Path) -> None:
    folder = _drafts(tmp_path / "drafts")
    result = subprocess.run([sys.executable, "-m", "bla_assistant", "check", str(folder)],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert "[1/3]" in result.stderr and "100%" in result.stderr
    assert "ERROR" in result.stdout  # broken.docx, reported in its own entry
