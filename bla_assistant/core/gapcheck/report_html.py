"""Gap report as a self-contained HTML page a reviewer can print."""

from __future__ import annotations

from html import escape

from bla_assistant.core.gapcheck.report import GapReport

_LABELS = {
    "en": {"present": "Present", "weak": "Weak", "missing": "Missing", "element": "Element",
           "status": "Status", "evidence": "Where / evidence", "suggest": "Suggested clause",
           "title": "Gap report", "summary": "Summary", "type": "Agreement type",
           "error": "Could not be read", "warnings": "Notes"},
    "fr": {"present": "Présent", "weak": "Faible", "missing": "Absent", "element": "Élément",
           "status": "Statut", "evidence": "Où / preuve", "suggest": "Clause proposée",
           "title": "Rapport de lacunes", "summary": "Synthèse", "type": "Type d'accord",
           "error": "Lecture impossible", "warnings": "Remarques"},
}
_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:2em;color:#222}
h1{font-size:16pt} h2{font-size:13pt;margin-top:1.6em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:.6em 0} td,th{border:1px solid #bbb;
padding:4px 6px;vertical-align:top;text-align:left} th{background:#eee}
.present{color:#1a6b1a;font-weight:bold}.weak{color:#9a6a00;font-weight:bold}
.missing{color:#b00020;font-weight:bold} q{font-style:italic}
@media print{body{margin:1cm} tr{page-break-inside:avoid}}
"""


def report_html(reports: list[GapReport], lang: str = "en") -> str:
    t = _LABELS.get(lang, _LABELS["en"])
    parts = [f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
             f"<title>{t['title']}</title><style>{_CSS}</style></head><body>",
             f"<h1>{t['title']}</h1>"]
    for report in reports:
        parts.append(f"<h2>{escape(report.title or report.file)}</h2>")
        parts.append(f"<p>{escape(report.file)}</p>")
        if report.error:
            parts.append(f"<p class='missing'>{t['error']}: {escape(report.error)}</p>")
            continue
        parts.append(f"<p>{t['type']}: {escape(report.type)} · {report.word_count} words</p>")
        if report.warnings:
            parts.append(f"<p>{t['warnings']}: " + "; ".join(escape(w) for w in report.warnings)
                         + "</p>")
        parts.append(f"<table><tr><th>{t['summary']}</th><th>{t['present']}</th>"
                     f"<th>{t['weak']}</th><th>{t['missing']}</th></tr>")
        for s in report.checklists:
            parts.append(f"<tr><td>{escape(s.title)}</td><td>{s.present}</td><td>{s.weak}</td>"
                         f"<td>{s.missing}</td></tr>")
        parts.append("</table>")
        for s in report.checklists:
            parts.append(f"<h3>{escape(s.title)}</h3><table><tr><th>{t['element']}</th>"
                         f"<th>{t['status']}</th><th>{t['evidence']}</th>"
                         f"<th>{t['suggest']}</th></tr>")
            for item in (i for i in report.items if i.checklist == s.id):
                evidence = "<br>".join(
                    f"<b>{escape(_where(e.article, e.heading, e.kind))}</b> "
                    f"({e.confidence:.2f}): <q>{escape(e.quote)}</q>" for e in item.evidence)
                suggestion = escape(item.suggestion_label())
                parts.append(
                    f"<tr><td>{escape(item.question)}<br><small>{escape(item.element_id)}"
                    f"</small></td><td class='{item.status}'>{t[item.status]}</td>"
                    f"<td>{evidence or escape(item.reason)}</td><td>{suggestion}</td></tr>")
            parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _where(article: str, heading: str, kind: str) -> str:
    label = f"Art. {article}" if article else kind
    return f"{label} — {heading}" if heading else label
