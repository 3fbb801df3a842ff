"""`bla-assistant check DRAFT --clarity`: the gap report gains a separate clarity part."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from bla_assistant.cli.main import run_cli

DATA = Path(__file__).resolve().parent.parent / "data" / "clarity"


def test_json_gains_clarity_list_only_when_asked(capsys) -> None:
    draft = str(DATA / "planted_bla_en.txt")
    assert run_cli(["check", draft, "--format", "json", "--quiet"]) == 0
    assert "clarity" not in json.loads(capsys.readouterr().out)
    assert run_cli(["check", draft, "--clarity", "--format", "json", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["items"], "the gap check part is still there"
    rows = report["clarity"]
    assert {(r["rule"], r["article"]) for r in rows} >= {
        ("insurance_incomplete", "5"), ("missing_cross_reference", "10"),
        ("weak_modal_worker_right", "4")}
    assert all({"rule", "article", "quote", "suggestion", "severity"} <= set(r) for r in rows)


def test_folder_json_gives_each_draft_its_own_clarity(capsys) -> None:
    assert run_cli(["check", str(DATA), "--clarity", "--format", "json", "--quiet"]) == 0
    reports = {Path(r["file"]).name: r for r in json.loads(capsys.readouterr().out)}
    assert reports["clean_ssa_fr.txt"]["clarity"] == []
    assert [r["rule"] for r in reports["planted_ssa_fr.txt"]["clarity"]] == [
        "masculine_only_workers", "amount_without_currency", "meeting_no_periodicity",
        "termination_silent_on_acquired_rights"]


def test_html_docx_and_table_carry_the_section(tmp_path: Path, capsys) -> None:
    draft = str(DATA / "planted_bla_fr.txt")
    html = tmp_path / "report.html"
    assert run_cli(["check", draft, "--clarity", "--format", "html", "-o", str(html),
                    "--quiet"]) == 0
    page = html.read_text(encoding="utf-8")
    assert page.index('<section class="clarity"') < page.index("</body>")
    out = tmp_path / "report.docx"
    assert run_cli(["check", draft, "--clarity", "--format", "docx", "-o", str(out),
                    "--quiet"]) == 0
    assert "Clarté de la rédaction" in [p.text for p in Document(str(out)).paragraphs]
    capsys.readouterr()
    assert run_cli(["check", draft, "--clarity", "--quiet"]) == 0
    assert "insurance_incomplete" in capsys.readouterr().out
