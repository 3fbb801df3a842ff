"""Gap reports as a terminal table and as JSON."""

from __future__ import annotations

import json

from bla_assistant.core.gapcheck.report import GapReport

MARKS = {"present": "OK  ", "weak": "WEAK", "missing": "MISS"}


def report_table(report: GapReport, width: int = 100) -> str:
    lines = [f"== {report.file or report.title}"]
    if report.error:
        return "\n".join(lines + [f"   ERROR: {report.error}"])
    detected = " (detected)" if report.type_detected else ""
    lines.append(f"   type {report.type}{detected}, language {report.language}, "
                 f"{report.word_count} words")
    for warning in report.warnings:
        lines.append(f"   warning: {warning}")
    for summary in report.checklists:
        lines.append(f"   {summary.title}: {summary.present} present, {summary.weak} weak, "
                     f"{summary.missing} missing")
        for item in (i for i in report.items if i.checklist == summary.id):
            where = ""
            if item.evidence:
                ev = item.evidence[0]
                label = f"Art. {ev.article}" if ev.article else ev.kind
                heading = f" {ev.heading}" if ev.heading else ""
                where = f"{label}{heading} ({item.confidence:.2f})"
            elif item.suggestion:
                # The id, not the title: a terminal user passes it to other commands.
                where = f"suggest {item.suggestion}"
                if item.suggestion_variant:
                    where += f" [{item.suggestion_variant}]"
            line = f"   {MARKS[item.status]} {item.element_id:38} {where}"
            lines.append(line[:width])
    return "\n".join(lines)


def reports_json(reports: list[GapReport]) -> str:
    """One report as an object; several (a folder, many files) as a list of reports."""
    data = [r.to_dict() for r in reports]
    return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)
