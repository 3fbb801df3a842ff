"""Multilevel list definitions for agreements, written into numbering.xml.

python-docx has no numbering API, so the XML is built here (ECMA-376 Part 1, 17.9). The list
has three levels linked to paragraph styles: "Article %1" (style Article), "%2." (Paragraph),
"(%3)" (Point). Paragraphs only carry the style; Word and LibreOffice compute the numbers, so
an article inserted by hand renumbers the rest. The same code builds the shipped template
(templates/build_base_template.py) and repairs a user's template at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

# Word for "Article" in the label of level 0, per language.
ARTICLE_WORD = {"en": "Article", "fr": "Article", "pt": "Artigo", "es": "Artículo",
                "de": "Artikel", "it": "Articolo", "sw": "Ibara", "ar": "المادة"}
ANNEX_WORD = {"en": "Annex", "fr": "Annexe", "pt": "Anexo", "es": "Anexo", "de": "Anhang",
              "it": "Allegato", "sw": "Kiambatisho", "ar": "الملحق"}

# Ids chosen high so they never collide with lists a ministry template already has.
ARTICLE_ABSTRACT_ID = 9001
ARTICLE_NUM_ID = 9001
PARALLEL_ABSTRACT_ID = 9002  # the second column of a bilingual draft: same look, own counter
PARALLEL_NUM_ID = 9002
ANNEX_ABSTRACT_ID = 9003
ANNEX_NUM_ID = 9003
PARALLEL_ANNEX_ABSTRACT_ID = 9004
PARALLEL_ANNEX_NUM_ID = 9004


@dataclass(frozen=True)
class Level:
    ilvl: int
    fmt: str
    text: str
    style_id: str | None
    indent_left: int  # twips
    hanging: int
    suffix: str = "tab"  # tab | space | nothing
    justify: str = "left"
    bold: bool = False


def _lvl_xml(level: Level) -> str:
    pstyle = f'<w:pStyle w:val="{level.style_id}"/>' if level.style_id else ""
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if level.bold else ""
    ind = (f'<w:ind w:left="{level.indent_left}" w:hanging="{level.hanging}"/>'
           if level.indent_left or level.hanging else "")
    return (
        f'<w:lvl w:ilvl="{level.ilvl}">'
        f'<w:start w:val="1"/><w:numFmt w:val="{level.fmt}"/>{pstyle}'
        f'<w:suff w:val="{level.suffix}"/><w:lvlText w:val="{level.text}"/>'
        f'<w:lvlJc w:val="{level.justify}"/><w:pPr>{ind}</w:pPr>{rpr}</w:lvl>'
    )


# Style name -> style id; a template may give its styles other ids ("Article1").
StyleIds = dict[str, str]


def _id(name: str, linked: bool, ids: StyleIds | None) -> str | None:
    if not linked:
        return None
    return (ids or {}).get(name, name)


def article_levels(lang: str, linked: bool, ids: StyleIds | None = None) -> list[Level]:
    word = ARTICLE_WORD.get(lang, "Article")
    return [
        Level(0, "decimal", f"{word} %1", _id("Article", linked, ids), 0, 0,
              suffix="nothing", justify="center", bold=True),
        Level(1, "decimal", "%2.", _id("Paragraph", linked, ids), 454, 454),
        Level(2, "lowerLetter", "(%3)", _id("Point", linked, ids), 907, 454),
    ]


def annex_levels(lang: str, linked: bool, ids: StyleIds | None = None) -> list[Level]:
    word = ANNEX_WORD.get(lang, "Annex")
    return [Level(0, "upperRoman", f"{word} %1", _id("Annex", linked, ids), 0, 0,
                  suffix="nothing", justify="center", bold=True)]


def _abstract_xml(abstract_id: int, levels: list[Level], name: str) -> str:
    body = "".join(_lvl_xml(level) for level in levels)
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/><w:name w:val="{name}"/>{body}</w:abstractNum>'
    )


def _num_xml(num_id: int, abstract_id: int) -> str:
    return (f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>')


def _find(numbering, tag: str, attr: str, value: int):
    for el in numbering.findall(qn(tag)):
        if el.get(qn(attr)) == str(value):
            return el
    return None


def put_list(numbering, abstract_id: int, num_id: int, levels: list[Level], name: str) -> None:
    """Add (or replace) one abstractNum and its num, keeping the schema order (abstracts first)."""
    old = _find(numbering, "w:abstractNum", "w:abstractNumId", abstract_id)
    new = parse_xml(_abstract_xml(abstract_id, levels, name))
    if old is not None:
        old.addprevious(new)
        numbering.remove(old)
    else:
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(new)
        else:
            numbering.append(new)
    if _find(numbering, "w:num", "w:numId", num_id) is None:
        num = parse_xml(_num_xml(num_id, abstract_id))
        cleanup = numbering.find(qn("w:numIdMacAtCleanup"))  # must stay last (schema order)
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            numbering.append(num)


def install_lists(numbering, lang: str, parallel_lang: str | None = None,
                  linked: bool = True, ids: StyleIds | None = None) -> None:
    """The article and annex lists for `lang`; with `parallel_lang`, unlinked twins whose
    counters run separately for the second column of a bilingual draft."""
    put_list(numbering, ARTICLE_ABSTRACT_ID, ARTICLE_NUM_ID, article_levels(lang, linked, ids),
             "Agreement articles")
    put_list(numbering, ANNEX_ABSTRACT_ID, ANNEX_NUM_ID, annex_levels(lang, linked, ids),
             "Agreement annexes")
    if parallel_lang:
        put_list(numbering, PARALLEL_ABSTRACT_ID, PARALLEL_NUM_ID,
                 article_levels(parallel_lang, False), "Agreement articles (second language)")
        put_list(numbering, PARALLEL_ANNEX_ABSTRACT_ID, PARALLEL_ANNEX_NUM_ID,
                 annex_levels(parallel_lang, False), "Agreement annexes (second language)")


def set_article_word(numbering, abstract_id: int, lang: str, annex: bool = False) -> None:
    """Relabel level 0 ("Article %1" -> "Artigo %1") of a list already in the document."""
    abstract = _find(numbering, "w:abstractNum", "w:abstractNumId", abstract_id)
    if abstract is None:
        return
    words = ANNEX_WORD if annex else ARTICLE_WORD
    for lvl in abstract.findall(qn("w:lvl")):
        if lvl.get(qn("w:ilvl")) == "0":
            text = lvl.find(qn("w:lvlText"))
            if text is not None:
                text.set(qn("w:val"), f"{words.get(lang, words['en'])} %1")
