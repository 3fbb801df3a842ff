"""The clarity section of a Word gap report (python-docx): one table row per finding."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX

from bla_assistant.core.clarity.findings import ClarityFinding
from bla_assistant.core.clarity.report import LABELS

_SEVERITY_COLOUR = {"high": WD_COLOR_INDEX.PINK, "medium": WD_COLOR_INDEX.YELLOW,
                    "low": WD_COLOR_INDEX.GRAY_25}


def add_clarity_section(document, findings: list[ClarityFinding], lang: str = "en",
                        level: int = 2) -> None:
    """Append a "Drafting clarity" heading and table to an open python-docx Document."""
    labels = LABELS.get(lang, LABELS["en"])
    document.add_heading(labels["heading"], level=level)
    document.add_paragraph(labels["intro"])
    if not findings:
        document.add_paragraph(labels["none"])
        return
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, (labels["article"], labels["text"],
                                                labels["problem"], labels["suggestion"]),
                          strict=True):
        cell.text = text
    for finding in findings:
        cells = table.add_row().cells
        cells[0].text = finding.article_title or labels["preamble"]
        severity = cells[0].add_paragraph().add_run(labels[finding.severity])
        severity.bold = True
        severity.font.highlight_color = _SEVERITY_COLOUR[finding.severity]
        quote = cells[1].paragraphs[0]
        a, b = finding.span
        quote.add_run(finding.quote[:a])
        marked = quote.add_run(finding.quote[a:b])
        marked.bold = True
        marked.font.highlight_color = WD_COLOR_INDEX.YELLOW
        quote.add_run(finding.quote[b:])
        cells[2].text = finding.message
        cells[2].add_paragraph(finding.rule_id).runs[0].italic = True
        cells[3].text = finding.suggestion


def write_clarity_docx(findings: list[ClarityFinding], out: Path, lang: str = "en",
                       title: str = "") -> Path:
    """A Word file holding only the clarity section (the gap report embeds the section)."""
    document = Document()
    if title:
        document.add_heading(title, level=0)
    add_clarity_section(document, findings, lang, level=1)
    document.save(str(out))
    return out
