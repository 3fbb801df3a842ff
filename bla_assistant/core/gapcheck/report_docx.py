"""Gap report as a Word document (python-docx), with a summary table per checklist."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from bla_assistant.core.gapcheck.report import GapReport
from bla_assistant.core.gapcheck.report_html import _LABELS, _where

_HIGHLIGHT = {"present": WD_COLOR_INDEX.BRIGHT_GREEN, "weak": WD_COLOR_INDEX.YELLOW,
              "missing": WD_COLOR_INDEX.PINK}
# Column widths on a 16.5 cm text width: the question and the evidence need the room.
SUMMARY_WIDTHS = (Cm(9.9), Cm(2.2), Cm(2.2), Cm(2.2))
ITEM_WIDTHS = (Cm(6.0), Cm(1.9), Cm(5.8), Cm(2.8))
_ELEMENT_ID_GREY = RGBColor(0x59, 0x59, 0x59)


def _table(document, headers: tuple[str, ...], widths: tuple[Cm, ...]) -> Table:
    """A bordered table whose header row is bold and repeats on every printed page."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    return table


def _set_widths(table: Table, widths: tuple[Cm, ...]) -> None:
    # Word reads the cell widths, LibreOffice the grid: set both.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def write_report_docx(reports: list[GapReport], out: Path, lang: str = "en") -> Path:
    t = _LABELS.get(lang, _LABELS["en"])
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = t["title"]
    document.add_heading(t["title"], level=0)
    for report in reports:
        document.add_heading(report.title or Path(report.file).name, level=1)
        document.add_paragraph(report.file)
        if report.error:
            document.add_paragraph(f"{t['error']}: {report.error}")
            continue
        document.add_paragraph(f"{t['type']}: {report.type} · {report.word_count} words")
        for warning in report.warnings:
            document.add_paragraph(warning, style="List Bullet")
        summary = _table(document, (t["summary"], t["present"], t["weak"], t["missing"]),
                         SUMMARY_WIDTHS)
        for s in report.checklists:
            row = summary.add_row().cells
            for cell, text in zip(row, (s.title, str(s.present), str(s.weak), str(s.missing)),
                                  strict=True):
                cell.text = text
        _set_widths(summary, SUMMARY_WIDTHS)
        for s in report.checklists:
            document.add_heading(s.title, level=2)
            table = _table(document, (t["element"], t["status"], t["evidence"], t["suggest"]),
                           ITEM_WIDTHS)
            for item in (i for i in report.items if i.checklist == s.id):
                cells = table.add_row().cells
                cells[0].text = item.question
                element_id = cells[0].add_paragraph().add_run(item.element_id)
                element_id.font.size = Pt(8)
                element_id.font.color.rgb = _ELEMENT_ID_GREY
                run = cells[1].paragraphs[0].add_run(t[item.status])
                run.bold = True
                run.font.highlight_color = _HIGHLIGHT[item.status]
                lines = [f"{_where(e.article, e.heading, e.kind)} ({e.confidence:.2f}): "
                         f"“{e.quote}”" for e in item.evidence]
                cells[2].text = "\n".join(lines) or item.reason
                cells[3].text = item.suggestion_label()
            _set_widths(table, ITEM_WIDTHS)
    document.save(str(out))
    return out
