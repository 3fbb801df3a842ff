"""Paragraphs, runs and fields built as WordprocessingML elements.

Built directly with lxml rather than through python-docx's object API: a 60-article bilingual
draft has thousands of runs, and the direct route keeps writing close to the unstyled floor.
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bla_assistant.core.drafting.render import Span

_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def run(text: str, *, style_id: str | None = None, bold: bool = False,
        highlight: str | None = None, break_before: bool = False):
    r = OxmlElement("w:r")
    if style_id or bold or highlight:
        rpr = OxmlElement("w:rPr")
        if style_id:
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), style_id)
            rpr.append(rs)
        if bold:
            rpr.append(OxmlElement("w:b"))
        if highlight:
            hl = OxmlElement("w:highlight")
            hl.set(qn("w:val"), highlight)
            rpr.append(hl)
        r.append(rpr)
    if break_before:
        r.append(OxmlElement("w:br"))
    if text:
        t = OxmlElement("w:t")
        t.text = text
        if text[0].isspace() or text[-1].isspace():
            t.set(_SPACE, "preserve")
        r.append(t)
    return r


def paragraph(style_id: str | None, runs: Iterable = (), *, num: tuple[int, int] | None = None,
              page_break_before: bool | None = None, align: str | None = None,
              keep_next: bool = False):
    """A w:p with its style; `num=(numId, ilvl)` sets direct numbering (second column only)."""
    p = OxmlElement("w:p")
    if style_id or num or page_break_before is not None or align or keep_next:
        ppr = OxmlElement("w:pPr")
        if style_id:
            ps = OxmlElement("w:pStyle")
            ps.set(qn("w:val"), style_id)
            ppr.append(ps)
        if keep_next:
            ppr.append(OxmlElement("w:keepNext"))
        if page_break_before is not None:  # False switches off a style's page break
            pb = OxmlElement("w:pageBreakBefore")
            if not page_break_before:
                pb.set(qn("w:val"), "0")
            ppr.append(pb)
        if num:
            numpr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), str(num[1]))
            num_id = OxmlElement("w:numId")
            num_id.set(qn("w:val"), str(num[0]))
            numpr.append(ilvl)
            numpr.append(num_id)
            ppr.append(numpr)
        if align:
            jc = OxmlElement("w:jc")
            jc.set(qn("w:val"), align)
            ppr.append(jc)
        p.append(ppr)
    for r in runs:
        p.append(r)
    return p


def span_runs(spans: Iterable[Span], placeholder_style: str | None) -> list:
    """Text runs; placeholders get the Placeholder style and a yellow highlight."""
    return [
        run(s.text, style_id=placeholder_style, highlight="yellow") if s.placeholder
        else run(s.text)
        for s in spans
    ]


def field_runs(instruction: str, result: str = "", dirty: bool = False) -> list:
    """A complex field (fldChar begin / instrText / separate / result / end)."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    r_begin = OxmlElement("w:r")
    r_begin.append(begin)
    r_instr = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(_SPACE, "preserve")
    instr.text = f" {instruction} "
    r_instr.append(instr)
    r_sep = OxmlElement("w:r")
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    r_sep.append(sep)
    r_end = OxmlElement("w:r")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    r_end.append(end)
    return [r_begin, r_instr, r_sep, run(result), r_end]


def table(columns: int, width_twips: int, borders: bool = False,
          widths: list[int] | None = None):
    """An empty fixed-layout table (equal columns unless `widths`); rows: `table_row`."""
    tbl = OxmlElement("w:tbl")
    tblpr = OxmlElement("w:tblPr")
    tblw = OxmlElement("w:tblW")
    tblw.set(qn("w:w"), str(width_twips))
    tblw.set(qn("w:type"), "dxa")
    tblpr.append(tblw)
    if borders:
        style = OxmlElement("w:tblStyle")
        style.set(qn("w:val"), "TableGrid")
        tblpr.insert(0, style)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    tbl.append(tblpr)
    grid = OxmlElement("w:tblGrid")
    for i in range(columns):
        col = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(widths[i] if widths else width_twips // columns))
        grid.append(col)
    tbl.append(grid)
    return tbl


def table_row(tbl, cells: list[list], width_twips: int, header: bool = False,
              widths: list[int] | None = None):
    """Append a row; each cell is a list of w:p elements (an empty cell gets one empty p)."""
    tr = OxmlElement("w:tr")
    if header:
        trpr = OxmlElement("w:trPr")
        trpr.append(OxmlElement("w:tblHeader"))
        tr.append(trpr)
    for i, content in enumerate(cells):
        tc = OxmlElement("w:tc")
        tcpr = OxmlElement("w:tcPr")
        tcw = OxmlElement("w:tcW")
        tcw.set(qn("w:w"), str(widths[i] if widths else width_twips // len(cells)))
        tcw.set(qn("w:type"), "dxa")
        tcpr.append(tcw)
        tc.append(tcpr)
        for p in content or [OxmlElement("w:p")]:
            tc.append(p)
        tr.append(tc)
    tbl.append(tr)
    return tr


RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "dv"})
# pPr children that come after w:bidi in the schema (ECMA-376 CT_PPrBase order).
_AFTER_BIDI = {qn(f"w:{t}") for t in (
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")}


def make_rtl(elements: Iterable) -> None:
    """Right-to-left paragraphs (w:bidi) and runs (w:rtl) for Arabic and other RTL scripts;
    python-docx has no paragraph-level switch (python-docx#1411)."""
    for element in elements:
        paragraphs = [element] if element.tag == qn("w:p") else element.iter(qn("w:p"))
        for p in paragraphs:
            ppr = p.find(qn("w:pPr"))
            if ppr is None:
                ppr = OxmlElement("w:pPr")
                p.insert(0, ppr)
            if ppr.find(qn("w:bidi")) is None:
                bidi = OxmlElement("w:bidi")
                anchor = next((c for c in ppr if c.tag in _AFTER_BIDI), None)
                if anchor is not None:
                    anchor.addprevious(bidi)
                else:
                    ppr.append(bidi)
            for r in p.iter(qn("w:r")):
                rpr = r.find(qn("w:rPr"))
                if rpr is None:
                    rpr = OxmlElement("w:rPr")
                    r.insert(0, rpr)
                if rpr.find(qn("w:rtl")) is None:
                    rpr.append(OxmlElement("w:rtl"))
