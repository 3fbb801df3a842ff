"""Running header (short title, DRAFT mark) and footer ("Page X of Y" as PAGE/NUMPAGES fields).

Fields are written as fldChar runs; paragraphs holding fields are never edited through
python-docx's `.text`, which would destroy them (python-docx#686).
"""

from __future__ import annotations

from docx.oxml.ns import qn

from bla_assistant.core.drafting import closing_text
from bla_assistant.core.drafting.context import bare_name
from bla_assistant.core.drafting.docx_blocks import field_runs, paragraph, run
from bla_assistant.core.project.model import Project, text_in


def _has_content(part) -> bool:
    return any(p.text.strip() for p in part.paragraphs) or bool(
        part._element.findall(".//" + qn("w:drawing")))


def _has_page_field(part) -> bool:
    xml = part._element.xml
    return "PAGE" in xml and ("instrText" in xml or "fldSimple" in xml)


def page_x_of_y_runs(lang: str) -> list:
    label = closing_text.words(lang)["page"]
    before, _, rest = label.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    return ([run(before)] + field_runs("PAGE", "1") + [run(middle)]
            + field_runs("NUMPAGES", "1") + ([run(after)] if after else []))


def set_header_footer(document, project: Project, lang: str, draft: bool,
                      keep_existing: bool) -> None:
    for section in document.sections:
        footer = section.footer
        if not (keep_existing and _has_page_field(footer)):
            keep = keep_existing and _has_content(footer)  # a ministry's address line stays
            footer.is_linked_to_previous = False
            element = footer._element
            if not keep:
                for p in list(element):
                    element.remove(p)
            element.append(paragraph(None, page_x_of_y_runs(lang), align="center"))
        header = section.header
        if keep_existing and _has_content(header):
            continue  # the ministry's letterhead stays as it is
        header.is_linked_to_previous = False
        element = header._element
        for p in list(element):
            element.remove(p)
        short = " – ".join(filter(None, (
            bare_name(text_in(project.party_a.short_name, lang)),
            bare_name(text_in(project.party_b.short_name, lang)))))
        text = f"{project.agreement_type} {short}".strip()
        runs = [run(text)]
        if draft:
            w = closing_text.words(lang)
            runs.append(run(f"    {w['draft']} – {w['round']} {project.current_round}",
                            bold=True))
        element.append(paragraph(None, runs, align="right"))
