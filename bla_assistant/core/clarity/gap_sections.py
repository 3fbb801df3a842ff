"""Adding the clarity check to gap reports: JSON, HTML page, Word file and text table.

The gap report writers stay as they are; these functions add a separate "clarity" part to
what they produced, one per checked draft (matched by file name).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

from bla_assistant.core.clarity.findings import ClarityFinding
from bla_assistant.core.clarity.report import clarity_section_html, text_lines


def _project_document(path: Path, library):
    """A project's text as it would print, for the clarity check."""
    from bla_assistant.core.documents.errors import DocumentReadError
    from bla_assistant.core.project.project_document import project_to_document
    from bla_assistant.core.project.project_errors import ProjectFileError
    from bla_assistant.core.project.project_file import load_project

    try:
        project = load_project(path)
    except ProjectFileError as exc:
        raise DocumentReadError(str(exc)) from exc
    return project_to_document(project, library, project.languages[0])


def clarity_for_drafts(drafts: Iterable[tuple[str, str | None]], library,
                       rules=None) -> dict[str, list[ClarityFinding]]:
    """(file, agreement type or None) -> findings; a draft that cannot be read is skipped
    (the gap report already says why)."""
    from bla_assistant.core.clarity.engine import check_clarity
    from bla_assistant.core.clarity.rules import load_rules
    from bla_assistant.core.documents.reader import DocumentReadError, read_document

    rules = rules if rules is not None else load_rules()
    found: dict[str, list[ClarityFinding]] = {}
    for file, agreement_type in drafts:
        try:
            if file.endswith((".bla.yaml", ".bla.yml")):
                document = _project_document(Path(file), library)
            else:
                document = read_document(Path(file))
        except DocumentReadError:
            continue
        kind = {"bla": "BLA", "ssa": "SSA", "mou": "MoU"}.get((agreement_type or "").lower())
        found[file] = check_clarity(document, rules=rules, library=library,
                                    agreement_type=kind)
    return found


def add_to_report_dicts(reports: list[dict[str, Any]],
                        clarity: dict[str, list[ClarityFinding]]) -> None:
    """Each report dict (with its "file") gains "clarity": [finding, ...]."""
    for report in reports:
        if report.get("file") in clarity:
            report["clarity"] = [f.to_dict() for f in clarity[report["file"]]]


def add_to_html_page(page: str, clarity: dict[str, list[ClarityFinding]], lang: str = "en",
                     titles: dict[str, str] | None = None) -> str:
    """Insert one clarity section per draft before </body>."""
    sections = []
    for file, findings in clarity.items():
        if len(clarity) > 1:
            sections.append(f"<h2>{escape((titles or {}).get(file) or Path(file).name)}</h2>")
        sections.append(clarity_section_html(findings, lang))
    block = "\n".join(sections)
    if "</body>" in page:
        head, tail = page.rsplit("</body>", 1)
        return f"{head}{block}\n</body>{tail}"
    return f"{page}\n{block}"


def add_to_docx(path: Path, clarity: dict[str, list[ClarityFinding]], lang: str = "en",
                titles: dict[str, str] | None = None) -> None:
    """Append the clarity sections to a Word report already written at `path`."""
    from docx import Document

    from bla_assistant.core.clarity.report_docx import add_clarity_section

    document = Document(str(path))
    for file, findings in clarity.items():
        if len(clarity) > 1:
            document.add_heading((titles or {}).get(file) or Path(file).name, level=1)
        add_clarity_section(document, findings, lang, level=2 if len(clarity) > 1 else 1)
    document.save(str(path))


def table_text(clarity: dict[str, list[ClarityFinding]], lang: str = "en") -> str:
    parts = []
    for file, findings in clarity.items():
        heading = "Clarté de la rédaction" if lang == "fr" else "Drafting clarity"
        parts.append(f"{heading}: {Path(file).name}")
        parts.extend(text_lines(findings, lang))
    return "\n".join(parts)
