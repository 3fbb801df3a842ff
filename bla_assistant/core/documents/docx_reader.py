"""Read a .docx/.docm body into blocks by walking the XML, not python-docx's `.text`.

python-docx drops text inside w:ins, w:moveTo, w:sdt, w:fldSimple and smart tags, lists only
body-level paragraphs and does not render automatic numbers. Here the accepted text of tracked
changes is read (insertions and moves kept, deletions dropped), tables, content controls and
footnotes are included, and numbering labels are computed from numbering.xml. Macros in a .docm
are never looked at, let alone run: only the XML parts below are read.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from bla_assistant.core.documents.blocks import Block, Progress, ShouldCancel, Ticker
from bla_assistant.core.documents.errors import DocumentReadError
from bla_assistant.core.documents.numbering import (
    NumberingCounter,
    NumberingDefinitions,
    W,
    wattr,
)
from bla_assistant.core.documents.safe_xml import parse_part
from bla_assistant.core.documents.safe_zip import SafeZip

_W = f"{{{W}}}"
NS = {"w": W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

# Text of a paragraph in document order: accepted view (no w:del, no w:moveFrom), no field
# instructions (w:instrText is not matched), no duplicate mc:Fallback copies of text boxes.
_TEXT_NODES = etree.XPath(
    ".//w:t[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::mc:Fallback)]"
    " | .//w:tab[not(ancestor::w:pPr) and not(ancestor::w:del) and not(ancestor::mc:Fallback)]"
    " | .//w:br[not(ancestor::w:del)] | .//w:cr[not(ancestor::w:del)]"
    " | .//w:noBreakHyphen[not(ancestor::w:del)]"
    " | .//w:footnoteReference",
    namespaces=NS)
# The same when the body holds no deletion, move source or fallback copy at all (most drafts):
# the ancestor tests, the costliest part, can then never fail.
_PLAIN_TEXT_NODES = etree.XPath(
    ".//w:t | .//w:tab[not(ancestor::w:pPr)] | .//w:br | .//w:cr | .//w:noBreakHyphen"
    " | .//w:footnoteReference",
    namespaces=NS)
_HIDING = (f"{{{W}}}del", f"{{{W}}}moveFrom", f"{{{NS['mc']}}}Fallback")
_IMAGES = etree.XPath("count(.//w:drawing | .//w:pict | .//w:object)", namespaces=NS)
_BOLD_RUN = etree.XPath("boolean(.//w:r[not(ancestor::w:del)]/w:rPr/w:b"
                        "[not(@w:val='0') and not(@w:val='false')])", namespaces=NS)

T, TAB, BR, CR, NBH, FNREF = (_W + n for n in ("t", "tab", "br", "cr", "noBreakHyphen",
                                               "footnoteReference"))
_NOT_PLAIN_TEXT = (TAB, BR, CR, NBH, FNREF)
P, TBL, TR, TC, SDT, SDT_CONTENT = (_W + n for n in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
PPR, BOLD = _W + "pPr", _W + "b"
_IMAGE_TAGS = tuple(_W + n for n in ("drawing", "pict", "object"))
# Block-level wrappers whose children are read as if they stood in the body.
_TRANSPARENT = {_W + n for n in ("customXml", "ins", "moveTo", "smartTag", "sdtContent")}
_SKIPPED = {_W + n for n in ("del", "moveFrom", "sectPr", "bookmarkStart", "bookmarkEnd")}

_HEADING_NAME = re.compile(r"^(heading|titre|título|titulo|überschrift)\s*(\d)$", re.I)


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self.names: dict[str, str] = {}
        self.based_on: dict[str, str] = {}
        self.num: dict[str, tuple[str, int]] = {}
        self.outline: dict[str, int] = {}
        self.bold: set[str] = set()
        if root is None:
            return
        for style in root.iterchildren(_W + "style"):
            sid = wattr(style, "styleId") or ""
            name = wattr(style.find(_W + "name"), "val") or sid
            self.names[sid] = name
            based = style.find(_W + "basedOn")
            if based is not None:
                self.based_on[sid] = wattr(based, "val") or ""
            ppr = style.find(_W + "pPr")
            if ppr is not None:
                num_pr = ppr.find(_W + "numPr")
                if num_pr is not None:
                    num_id = wattr(num_pr.find(_W + "numId"), "val") or ""
                    ilvl = int(wattr(num_pr.find(_W + "ilvl"), "val") or 0)
                    self.num[sid] = (num_id, ilvl)
                outline = ppr.find(_W + "outlineLvl")
                if outline is not None:
                    self.outline[sid] = int(wattr(outline, "val") or 9)
            rpr = style.find(_W + "rPr")
            if rpr is not None and rpr.find(_W + "b") is not None:
                self.bold.add(sid)

    def chain(self, sid: str):
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            yield sid
            sid = self.based_on.get(sid, "")

    def numbering(self, sid: str) -> tuple[str, int] | None:
        return next((self.num[s] for s in self.chain(sid) if s in self.num), None)

    def heading_level(self, sid: str) -> int:
        for s in self.chain(sid):
            match = _HEADING_NAME.match(self.names.get(s, s))
            if match:
                return int(match.group(2))
            if s in self.outline and self.outline[s] < 9:
                return self.outline[s] + 1
            if self.names.get(s, "").lower() in ("title", "titre"):
                return 0
        return 0


def _main_part(package: SafeZip, path: Path) -> str:
    if package.has("_rels/.rels"):
        rels = parse_part(package.read("_rels/.rels"), path, "_rels/.rels")
        for rel in rels.iter(REL_NS + "Relationship"):
            if rel.get("Type") == OFFICE_DOC:
                target = rel.get("Target", "").lstrip("/")
                if package.has(target):
                    return target
    if package.has("word/document.xml"):
        return "word/document.xml"
    raise DocumentReadError(path, "is a zip but holds no Word document body.",
                            "Check that it is a .docx file; open and save it again in Word.")


def _related(package: SafeZip, path: Path, main: str, kind: str) -> etree._Element | None:
    part = _related_part(package, path, main, kind)
    return parse_part(part[1], path, part[0]) if part is not None else None


def _related_part(package: SafeZip, path: Path, main: str,
                  kind: str) -> tuple[str, bytes] | None:
    """The name and bytes of the part the main part relates to as `kind` (styles...)."""
    folder, name = posixpath.split(main)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    target = None
    if package.has(rels_name):
        rels = parse_part(package.read(rels_name), path, rels_name)
        for rel in rels.iter(REL_NS + "Relationship"):
            if rel.get("Type", "").endswith("/" + kind) and rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
                break
    if target is None:
        target = posixpath.join(folder, kind + ".xml")
    if not package.has(target):
        return None
    return target, package.read(target)


class DocxBlocks:
    """The blocks of one .docx, plus what was noticed on the way (images, macros)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.images = 0
        self.has_macros = False
        self.title = ""
        # Words in the blocks, counted as their text is normalised (one split, not two).
        self.words = 0


def read_docx_blocks(path: Path, progress: Progress | None = None,
                     should_cancel: ShouldCancel | None = None) -> DocxBlocks:
    out = DocxBlocks()
    with SafeZip(path) as package:
        main = _main_part(package, path)
        out.has_macros = any(n.lower().endswith("vbaproject.bin") for n in package.names)
        document = parse_part(package.read(main), path, main)
        styles_part = _related_part(package, path, main, "styles")
        numbering = NumberingCounter(
            NumberingDefinitions.from_xml(_related(package, path, main, "numbering")))
        footnotes = _footnotes(_related(package, path, main, "footnotes"))
        if package.has("docProps/core.xml"):
            core = parse_part(package.read("docProps/core.xml"), path, "docProps/core.xml")
            title = core.find("{http://purl.org/dc/elements/1.1/}title")
            out.title = (title.text or "").strip() if title is not None else ""
    body = document.find(_W + "body")
    if body is None:
        raise DocumentReadError(path, "has no document body.", "Open and save it again in Word.")
    total = max(len(body), 1)
    ticker = Ticker(progress, should_cancel, 0.0, 0.8, f"Reading {path.name}", every=200)

    def styles() -> _Styles:
        return _Styles(parse_part(styles_part[1], path, styles_part[0])
                       if styles_part is not None else None)

    reader = _BodyReader(styles, numbering, footnotes, out, body)
    for index, child in enumerate(body):
        ticker.tick(index, total)
        reader.block(child, "body")
    return out


def _footnotes(root: etree._Element | None) -> dict[str, list[str]]:
    notes: dict[str, list[str]] = {}
    if root is None:
        return notes
    for note in root.iterchildren(_W + "footnote"):
        if wattr(note, "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts = [_text(p) for p in note.iter(P)]
        notes[wattr(note, "id") or ""] = [t for t in texts if t]
    return notes


def _text(p: etree._Element, refs: list[str] | None = None) -> str:
    return " ".join(_words(p, refs))


def _words(p: etree._Element, refs: list[str] | None = None,
           text_nodes: etree.XPath = _TEXT_NODES) -> list[str]:
    parts = []
    for node in text_nodes(p):
        tag = node.tag
        if tag == T:
            parts.append(node.text or "")
        elif tag == NBH:
            parts.append("-")
        elif tag == FNREF:
            if refs is not None:
                refs.append(wattr(node, "id") or "")
        else:
            parts.append(" ")
    return "".join(parts).split()


def _text_only_words(p: etree._Element, refs: list[str] | None = None,
                     text_nodes: etree.XPath | None = None) -> list[str]:
    """_words() in a body that holds nothing but w:t text (no tab, break, hyphen, note
    reference or revision): then every w:t counts, and lxml lists them fastest."""
    return "".join([node.text or "" for node in p.iter(T)]).split()


class _BodyReader:
    def __init__(self, styles: Callable[[], _Styles], numbering: NumberingCounter,
                 footnotes: dict[str, list[str]], out: DocxBlocks,
                 body: etree._Element) -> None:
        self.numbering, self.footnotes, self.out = numbering, footnotes, out
        self._load_styles = styles
        self._styles: _Styles | None = None
        # Per-paragraph XPath searches for images and bold runs cost more than reading the
        # text; one pass over the body tells which paragraphs can have any at all.
        self._has_images = next(body.iter(*_IMAGE_TAGS), None) is not None
        marks = {el.tag for el in body.iter(*_HIDING, *_NOT_PLAIN_TEXT)}
        self._text_nodes = _TEXT_NODES if marks.intersection(_HIDING) else _PLAIN_TEXT_NODES
        self._words = _words if marks else _text_only_words
        self._may_be_bold = {p for b in body.iter(BOLD) for p in b.iterancestors(P)}

    @property
    def styles(self) -> _Styles:
        # styles.xml is often the largest part of a package (350 KB of table styles in
        # python-docx's template) and is only needed once a paragraph names a style.
        if self._styles is None:
            self._styles = self._load_styles()
        return self._styles

    def block(self, el: etree._Element, origin: str) -> None:
        tag = el.tag
        if tag == P:
            self.paragraph(el, origin)
        elif tag == TBL:
            for row in el.iterchildren(TR):
                for cell in row.iterchildren(TC):
                    for child in cell:
                        self.block(child, "table")
        elif tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None:
                for child in content:
                    self.block(child, "content_control" if origin == "body" else origin)
        elif tag in _TRANSPARENT:
            for child in el:
                self.block(child, origin)

    def paragraph(self, p: etree._Element, origin: str) -> None:
        refs: list[str] = []
        words = self._words(p, refs, self._text_nodes)
        text = " ".join(words)
        if self._has_images:
            self.out.images += int(_IMAGES(p))
        # The schema puts w:pPr first: look there before searching.
        ppr = p[0] if len(p) and p[0].tag == PPR else p.find(PPR)
        style_id = ""
        num: tuple[str, int] | None = None
        indent = 0
        outline = 0
        properties: dict[str, etree._Element] = {}
        if ppr is not None:
            for child in ppr:
                properties.setdefault(child.tag, child)
            style_id = wattr(properties.get(_W + "pStyle"), "val") or ""
            num_pr = properties.get(_W + "numPr")
            if num_pr is not None:
                num_id_el = num_pr.find(_W + "numId")
                if num_id_el is not None:
                    num = (wattr(num_id_el, "val") or "",
                           int(wattr(num_pr.find(_W + "ilvl"), "val") or 0))
            ind = properties.get(_W + "ind")
            if ind is not None:
                left = wattr(ind, "left") or wattr(ind, "start") or "0"
                try:
                    indent = max(int(left), 0) // 700
                except ValueError:
                    indent = 0
            outline_el = properties.get(_W + "outlineLvl")
            if outline_el is not None:
                level = int(wattr(outline_el, "val") or 9)
                outline = level + 1 if level < 9 else 0
        if num is None and style_id:
            num = self.styles.numbering(style_id)
        # A paragraph whose mark is a tracked deletion is gone in the accepted view and takes
        # no number there; an empty numbered paragraph still advances the count.
        deleted = (ppr is not None and _W + "rPr" in properties
                   and ppr.find(f"{_W}rPr/{_W}del") is not None)
        if deleted and not text:
            return
        label = ""
        level = indent
        if num is not None:
            label = self.numbering.next_label(num[0], num[1])
        if not text:
            return
            if label or num[0] not in ("", "0"):
                level = num[1]
        heading = outline or (self.styles.heading_level(style_id) if style_id else 0)
        bold = ((p in self._may_be_bold and bool(_BOLD_RUN(p)))
                or (bool(style_id) and style_id in self.styles.bold))
        self.out.blocks.append(Block(text=text, label=label, level=level,
                                     style=(self.styles.names.get(style_id, style_id)
                                            if style_id else ""),
                                     heading_level=heading, origin=origin, bold=bold))
        self.out.words += len(words)
        for ref in refs:
            for note in self.footnotes.get(ref, []):
                self.out.blocks.append(Block(text=note, level=level + 1, origin="footnote"))
                self.out.words += len(note.split())
