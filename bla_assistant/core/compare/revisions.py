"""Read a .docx that holds tracked changes as if all were accepted, or all rejected.

python-docx's `Paragraph.text` skips runs inside `w:ins`/`w:del`, so this walks the XML:
- accepted view: text outside `w:del`/`w:moveFrom`; a paragraph whose mark is deleted or
  moved away joins the next paragraph;
- original view: text outside `w:ins`/`w:moveTo` (`w:delText` counts as text); a paragraph
  whose mark was inserted or moved in joins the next paragraph.
Used to check our redlines (accept-all == B, reject-all == A) and to count revisions in any
redline, ours or another tool's.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REVISION_TAGS = ("ins", "del", "moveFrom", "moveTo")
_HIDDEN = {"accepted": {f"{{{W}}}del", f"{{{W}}}moveFrom"},
           "original": {f"{{{W}}}ins", f"{{{W}}}moveTo"}}


def document_xml(docx: Path | bytes) -> etree._Element:
    source = io.BytesIO(docx) if isinstance(docx, bytes) else docx
    with zipfile.ZipFile(source) as archive:
        data = archive.read("word/document.xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    return etree.fromstring(data, parser)


def paragraph_texts(docx: Path | bytes, view: str = "accepted") -> list[str]:
    """Text of each body paragraph under `view` ("accepted" or "original")."""
    if view not in _HIDDEN:
        raise ValueError(f"view must be 'accepted' or 'original', not {view!r}")
    hidden = _HIDDEN[view]
    body = document_xml(docx).find(f"{{{W}}}body")
    out: list[str] = []
    carried = ""
    for p in body.iter(f"{{{W}}}p"):
        text = carried + _text(p, hidden)
        mark = p.find(f"{{{W}}}pPr/{{{W}}}rPr")
        if mark is not None and any(child.tag in hidden for child in mark):
            carried = text
            continue
        carried = ""
        out.append(text)
    if carried:
        out.append(carried)
    while out and not out[-1]:
        out.pop()
    return out


def _text(paragraph: etree._Element, hidden: set[str]) -> str:
    pieces: list[str] = []
    for node in paragraph.iter(f"{{{W}}}t", f"{{{W}}}delText", f"{{{W}}}tab", f"{{{W}}}br"):
        if any(a.tag in hidden for a in node.iterancestors()):
            continue
        if node.tag.endswith("}tab"):
            # A tab inside w:pPr/w:tabs is a tab stop, not text.
            if node.getparent().tag == f"{{{W}}}r":
                pieces.append("\t")
        elif node.tag.endswith("}br"):
            pieces.append("\n")
        else:
            pieces.append(node.text or "")
    return "".join(pieces)


def count_revisions(docx: Path | bytes) -> Counter:
    """Tracked changes on text (not paragraph marks), by kind: ins, del, moveFrom, moveTo."""
    root = document_xml(docx)
    counts: Counter = Counter()
    for tag in _REVISION_TAGS:
        for element in root.iter(f"{{{W}}}{tag}"):
            if element.getparent().tag != f"{{{W}}}rPr":
                counts[tag] += 1
    return counts


def revision_ids(docx: Path | bytes) -> list[str]:
    """Ids of every revision and move-range start, for the uniqueness check."""
    root = document_xml(docx)
    tags = [f"{{{W}}}{t}" for t in (*_REVISION_TAGS, "moveFromRangeStart", "moveToRangeStart")]
    return [e.get(f"{{{W}}}id") for e in root.iter(*tags)]
