"""Opening the template a draft is written into: ours, or a ministry's own .docx."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bla_assistant.core.drafting.docx_numbering import (
    ANNEX_NUM_ID,
    ARTICLE_NUM_ID,
    PARALLEL_ANNEX_ABSTRACT_ID,
    PARALLEL_ANNEX_NUM_ID,
    PARALLEL_NUM_ID,
    annex_levels,
    article_levels,
    install_lists,
    put_list,
)
from bla_assistant.core.drafting.docx_numbering import (
    PARALLEL_ABSTRACT_ID as _PARALLEL_ABSTRACT_ID,
)
from bla_assistant.core.drafting.docx_styles import link_numbering, missing_styles, style_num_id
from bla_assistant.core.resources import data_folder

BASE_TEMPLATE = "agreement-base.docx"


def base_template_path() -> Path:
    return data_folder("templates") / BASE_TEMPLATE


def open_template(path: Path | None) -> tuple[docx.document.Document, list[str], bool]:
    """(document, warnings, is_users_template). A template that cannot be used is replaced by
    ours, with a warning saying why and what to fix."""
    warnings: list[str] = []
    if path is not None:
        try:
            document = docx.Document(str(path))
        except Exception as exc:  # python-docx raises several kinds for a bad package
            warnings.append(f"template {path}: cannot be opened as a Word document ({exc}); "
                            "using the built-in template")
        else:
            missing = missing_styles(document)
            if not missing:
                return document, warnings, True
            warnings.append(
                f"template {path}: missing style(s) {', '.join(missing)}; using the built-in "
                "template. Add these styles to your template in Word (or start from "
                f"templates/{BASE_TEMPLATE})"
            )
    return docx.Document(str(base_template_path())), warnings, False


def usable_width_twips(document) -> int:
    """Text width of the last section (A4 with 2.5 cm margins when the template says nothing)."""
    section = document.sections[-1]
    width = section.page_width or 11906 * 635
    left = section.left_margin if section.left_margin is not None else 1417 * 635
    right = section.right_margin if section.right_margin is not None else 1417 * 635
    return int((width - left - right) / 635)


def clear_body(document) -> None:
    """Remove the template's sample content but keep its page setup (the last sectPr)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def prepare_numbering(document, lang: str, parallel_lang: str | None) -> None:
    """Our lists in the document's language; a template whose Article style already has its
    own list keeps it (the ministry's numbering wins)."""
    numbering = document.part.numbering_part.element
    article = document.styles["Article"]
    if style_num_id(article) in (None, ARTICLE_NUM_ID):
        ids = {name: document.styles[name].style_id
               for name in ("Article", "Paragraph", "Point", "Annex")}
        install_lists(numbering, lang, ids=ids)
        link_numbering(article, ARTICLE_NUM_ID, 0)
        link_numbering(document.styles["Paragraph"], ARTICLE_NUM_ID, 1)
        link_numbering(document.styles["Point"], ARTICLE_NUM_ID, 2)
        if style_num_id(document.styles["Annex"]) in (None, ANNEX_NUM_ID):
            link_numbering(document.styles["Annex"], ANNEX_NUM_ID, 0)
    if parallel_lang:
        put_list(numbering, _PARALLEL_ABSTRACT_ID, PARALLEL_NUM_ID,
                 article_levels(parallel_lang, False), "Agreement articles (second language)")
        put_list(numbering, PARALLEL_ANNEX_ABSTRACT_ID, PARALLEL_ANNEX_NUM_ID,
                 annex_levels(parallel_lang, False), "Agreement annexes (second language)")


_AFTER_UPDATE_FIELDS = {qn(f"w:{t}") for t in (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)} | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr",
      "{http://schemas.openxmlformats.org/schemaLibrary/2006/main}schemaLibrary"}


def ask_to_update_fields(document) -> None:
    """w:updateFields: Word offers to refresh the TOC and page fields when the file opens."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    for child in settings:
        if child.tag in _AFTER_UPDATE_FIELDS:
            child.addprevious(update)
            return
    settings.append(update)
