"""The paragraph and character styles an agreement uses, and the check of a user's template.

Code only ever sets a paragraph's style; how it looks (font, spacing, numbering) lives in the
template, so a ministry can restyle everything in Word without touching the program.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from bla_assistant.core.drafting.docx_numbering import ANNEX_NUM_ID, ARTICLE_NUM_ID

# Styles the writer needs: (name, type). A user's template missing any of them is replaced by
# ours, with a warning that names the missing styles.
REQUIRED_STYLES: tuple[tuple[str, WD_STYLE_TYPE], ...] = (
    ("Agreement Title", WD_STYLE_TYPE.PARAGRAPH),
    ("Preamble", WD_STYLE_TYPE.PARAGRAPH),
    ("Article", WD_STYLE_TYPE.PARAGRAPH),
    ("Paragraph", WD_STYLE_TYPE.PARAGRAPH),
    ("Point", WD_STYLE_TYPE.PARAGRAPH),
    ("Article Text", WD_STYLE_TYPE.PARAGRAPH),
    ("Annex", WD_STYLE_TYPE.PARAGRAPH),
    ("Annex Text", WD_STYLE_TYPE.PARAGRAPH),
    ("Signature", WD_STYLE_TYPE.PARAGRAPH),
    ("Placeholder", WD_STYLE_TYPE.CHARACTER),
)

FONT = "Times New Roman"


def missing_styles(document) -> list[str]:
    names = {(s.name, s.type) for s in document.styles}
    return [name for name, kind in REQUIRED_STYLES if (name, kind) not in names]


def link_numbering(style, num_id: int, ilvl: int) -> None:
    """Put numPr in the style: every paragraph with this style is numbered at `ilvl`."""
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:numPr")):
        ppr.remove(old)
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                      f'<w:numId w:val="{num_id}"/></w:numPr>')
    # numPr comes early in pPr (after keepNext/keepLines/pageBreakBefore/framePr/widowControl).
    anchors = [qn(t) for t in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore",
                               "w:framePr", "w:widowControl")]
    last = None
    for child in ppr:
        if child.tag in anchors:
            last = child
    if last is not None:
        last.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def style_num_id(style) -> int | None:
    ppr = style.element.pPr
    if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
        return None
    return int(ppr.numPr.numId.val)


def _outline(style, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))


def _para(styles, name: str, base: str = "Normal", size: float = 12, bold: bool = False,
          align=WD_ALIGN_PARAGRAPH.JUSTIFY, before: float = 0, after: float = 6,
          keep_next: bool = False, left: float = 0):
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_next
    if left:
        fmt.left_indent = Pt(left)
    style.quick_style = True
    return style


def add_agreement_styles(document) -> None:
    """Create the agreement styles in `document` (used to build templates/agreement-base.docx)."""
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    _para(styles, "Agreement Title", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
          before=12, after=18)
    _para(styles, "Preamble", after=8)
    article = _para(styles, "Article", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=18,
                    after=8, keep_next=True)
    _outline(article, 0)  # the TOC lists articles
    link_numbering(article, ARTICLE_NUM_ID, 0)
    link_numbering(_para(styles, "Paragraph"), ARTICLE_NUM_ID, 1)
    link_numbering(_para(styles, "Point", after=4), ARTICLE_NUM_ID, 2)
    _para(styles, "Article Text")
    annex = _para(styles, "Annex", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=0,
                  after=12, keep_next=True)
    annex.paragraph_format.page_break_before = True
    _outline(annex, 0)
    link_numbering(annex, ANNEX_NUM_ID, 0)
    _para(styles, "Annex Text", after=6)
    _para(styles, "Signature", align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    placeholder = styles.add_style("Placeholder", WD_STYLE_TYPE.CHARACTER)
    placeholder.font.bold = True
    # Shading in the style; the writer also sets a direct yellow highlight (Word's marker pen)
    # so the placeholder stands out even if a template restyles it.
    placeholder.element.get_or_add_rPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="FFFF00"/>'))
