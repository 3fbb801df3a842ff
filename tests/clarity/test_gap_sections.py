"""The clarity part added to gap reports in each output format."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from bla_assistant.core.clarity.gap_sections import (
    add_to_docx,
    add_to_html_page,
    add_to_report_dicts,
    clarity_for_drafts,
    table_text,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "clarity"


def test_clarity_for_drafts_uses_the_given_type_and_skips_unreadable(library,
                                                                      tmp_path: Path) -> None:
    planted = str(DATA / "planted_bla_en.txt")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    found = clarity_for_drafts([(planted, "ssa"), (str(broken), None)], library)
    assert list(found) == [planted]
    rules = {f.rule_id for f in found[planted]}
    assert "insurance_incomplete" not in rules  # checked as an SSA: BLA-only rules stay off
    assert "missing_cross_reference" in rules


def test_json_html_docx_and_table_gain_a_clarity_part(library, tmp_path: Path) -> None:
    planted = str(DATA / "planted_ssa_fr.txt")
    clarity = clarity_for_drafts([(planted, None)], library)
    reports = [{"file": planted, "items": []}, {"file": "other.docx", "items": []}]
    add_to_report_dicts(reports, clarity)
    assert [f["rule"] for f in reports[0]["clarity"]] == [f.rule_id for f in clarity[planted]]
    assert "clarity" not in reports[1]

    page = add_to_html_page("<html><body><h1>Rapport</h1></body></html>", clarity, "fr")
    assert page.index("<h1>Rapport</h1>") < page.index('<section class="clarity"') \
        < page.index("</body>")

    out = tmp_path / "report.docx"
    document = Document()
    document.add_heading("Rapport de lacunes", level=0)
    document.save(str(out))
    add_to_docx(out, clarity, "fr")
    reopened = Document(str(out))
    assert "Clarté de la rédaction" in [p.text for p in reopened.paragraphs]
    assert len(reopened.tables[0].rows) == len(clarity[planted]) + 1

    text = table_text(clarity, "fr")
    assert text.startswith("Clarté de la rédaction: planted_ssa_fr.txt")
    assert "termination_silent_on_acquired_rights" in text
