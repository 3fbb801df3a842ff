"""Gap report as a Word document (python-docx), with a summary table per checklist."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt

from bla_assistant.core.gapcheck.report import GapReport
from bla_assistant.core.gapcheck.report_html import _LABELS, _where

_HIGHLIGHT = {"present": WD_COLOR_INDEX.BRIGHT_GREEN, "weak": WD_COLOR_INDEX.YELLOW,
              "missing": WD_COLOR_INDEX.PINK}


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
        summary = document.add_table(rows=1, cols=4)
        summary.style = "Table Grid"
        for cell, text in zip(summary.rows[0].cells, (t["summary"], t["present"], t["weak"],
                                                      t["missing"]), strict=True):
            cell.text = text
        for s in report.checklists:
            row = summary.add_row().cells
            for cell, text in zip(row, (s.title, str(s.present), str(s.weak), str(s.missing)),
                                  strict=True):
                cell.text = text
        for s in report.checklists:
            document.add_heading(s.title, level=2)
            table = document.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, (t["element"], t["status"],
                                                        t["evidence"], t["suggest"]),
                                  strict=True):
                cell.text = text
            for item in (i for i in report.items if i.checklist == s.id):
                cells = table.add_row().cells
                cells[0].text = f"{item.question}\n{item.element_id}"
                run = cells[1].paragraphs[0].add_run(t[item.status])
                run.bold = True
                run.font.highlight_color = _HIGHLIGHT[item.status]
                lines = [f"{_where(e.article, e.heading, e.kind)} ({e.confidence:.2f}): "
                         f"“{e.quote}”" for e in item.evidence]
                cells[2].text = "\n".join(lines) or item.reason
                suggestion = item.suggestion or ""
                if item.suggestion and item.suggestion_variant:
                    suggestion += f" [{item.suggestion_variant}]"
                cells[3].text = suggestion
    document.save(str(out))
    return out
