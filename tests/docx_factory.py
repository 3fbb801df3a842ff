"""Build small .docx packages by hand, so tests control every XML detail (numbering, revisions,
content controls, footnotes) and can also build broken or hostile packages."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-"""\
    """officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def p(text: str = "", style: str = "", num: tuple[int, int] | None = None, inner: str = "",
      indent: int = 0) -> str:
    ppr = ""
    if style or num or indent:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if indent:
            ppr += f'<w:ind w:left="{indent * 720}"/>'
        ppr += "</w:pPr>"
    run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return f"<w:p>{ppr}{run}{inner}</w:p>"


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>')


def numbering_xml(levels: list[tuple[str, str]], num_ids: tuple[int, ...] = (1,),
                  restart_num: int | None = None) -> str:
    """levels: (numFmt, lvlText) per ilvl; every num_id points to abstractNum 0."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    nums = ""
    for num_id in num_ids:
        override = ""
        if restart_num == num_id:
            override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        nums += f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="0"/>{override}</w:num>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>{nums}</w:numbering>')


def styles_xml(styles: dict[str, str], numbered: dict[str, tuple[int, int]] | None = None) -> str:
    numbered = numbered or {}
    out = ""
    for sid, name in styles.items():
        num = ""
        if sid in numbered:
            n, lvl = numbered[sid]
            num = (f'<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{n}"/></w:numPr>'
                   f'</w:pPr>')
        out += f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{num}' \
               f'</w:style>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:styles xmlns:w="{W_NS}">{out}</w:styles>')


def footnotes_xml(notes: dict[int, str]) -> str:
    out = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{escape(t)}</w:t></w:r></w:p>'
                  f'</w:footnote>' for i, t in notes.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:footnotes xmlns:w="{W_NS}">{out}</w:footnotes>')


def write_docx(path: Path, body: str, parts: dict[str, str | bytes] | None = None,
               document: str | None = None) -> Path:
    parts = dict(parts or {})
    rels = ""
    kinds = {"word/numbering.xml": "numbering", "word/styles.xml": "styles",
             "word/footnotes.xml": "footnotes"}
    for i, (name, kind) in enumerate(kinds.items(), start=1):
        if name in parts:
            rels += (f'<Relationship Id="rId{i}" Type="{R_NS}/{kind}" '
                     f'Target="{name.split("/")[1]}"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml", document if document is not None else document_xml(body))
        z.writestr("word/_rels/document.xml.rels",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   f'<Relationships xmlns="{PKG_REL}">{rels}</Relationships>')
        for name, data in parts.items():
            z.writestr(name, data)
    return path
