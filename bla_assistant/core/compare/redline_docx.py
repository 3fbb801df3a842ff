"""Write the redline as a .docx with native Word tracked changes.

python-docx has no revision API, so the markup is built with its oxml helpers:
- inserted text: `w:ins` around runs; deleted text: `w:del` around runs whose text is
  `w:delText`; both carry `w:id`, `w:author` (the label of the draft the text comes from) and
  `w:date`;
- moved articles: `w:moveFrom` / `w:moveTo` runs inside named `w:moveFromRangeStart/End` and
  `w:moveToRangeStart/End` ranges (Word shows them in green and links both places);
- paragraph marks: `w:pPr/w:rPr/w:ins|w:del|w:moveFrom|w:moveTo`, so whole paragraphs come and
  go on accept / reject.
Every id is unique across all revision and range elements (colliding ids make Word report
unreadable content). `w:trackRevisions` in settings.xml keeps tracking on for later edits.

When draft B is a .docx it is used as the template: its styles, page set-up, headers and
footers stay, and the body is replaced by the redline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bla_assistant.core.compare.model import Comparison
from bla_assistant.core.compare.redline_model import RedlineParagraph, build_redline

_HEADING_STYLE = "Heading 2"
# Characters XML 1.0 refuses; Word documents can't hold them either.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_WRAPPER = {"insert": "w:ins", "delete": "w:del", "move_from": "w:moveFrom", "move_to": "w:moveTo"}
_SETTINGS_AFTER_TRACK = (
    "w:doNotTrackMoves", "w:doNotTrackFormatting", "w:documentProtection",
    "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet", "w:defaultTabStop",
    "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
    "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle",
    "w:defaultTableStyle", "w:evenAndOddHeaders", "w:characterSpacingControl", "w:compat",
    "w:rsids", "m:mathPr", "w:themeFontLang", "w:clrSchemeMapping", "w:shapeDefaults",
    "w:decimalSymbol", "w:listSeparator",
)


@dataclass(frozen=True)
class RedlineStats:
    insertions: int
    deletions: int
    moves: int  # moved blocks (each has a from and a to range)
    paragraphs: int
    # Why draft B's .docx could not serve as the template ("" when it did or none was given).
    template_problem: str = ""


@dataclass
class _Revisions:
    author_old: str
    author_new: str
    date: str
    next_id: int = 1
    # (move name, "from" | "to") -> id of the range start still waiting for its end.
    range_ids: dict[tuple[str, str], str] = field(default_factory=dict)

    def new_id(self) -> str:
        value = self.next_id
        self.next_id += 1
        return str(value)

    def element(self, tag: str, op: str) -> OxmlElement:
        author = self.author_old if op in ("delete", "move_from") else self.author_new
        return OxmlElement(tag, {qn("w:id"): self.new_id(), qn("w:author"): author,
                                 qn("w:date"): self.date})


def write_redline(
    comparison: Comparison,
    target: Path,
    *,
    author_old: str = "Draft A",
    author_new: str = "Draft B",
    date: datetime | None = None,
    moves: bool = True,
    template: Path | None = None,
) -> RedlineStats:
    """Write the redline of `comparison` to `target` and count what it holds."""
    stamp = (date or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    revisions = _Revisions(author_old, author_new, stamp)
    document, template_problem = _base_document(template)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    heading_style = _style_id(document, _HEADING_STYLE)
    paragraphs = build_redline(comparison, moves=moves)
    if not paragraphs or paragraphs[-1].mark != "equal":
        # Word never removes the last paragraph mark of a document: end on a plain one.
        paragraphs.append(RedlineParagraph([], "equal"))
    sect_pr = body.find(qn("w:sectPr"))
    counts = {"insert": 0, "delete": 0}
    move_names: set[str] = set()
    for para in paragraphs:
        element = _paragraph(para, revisions, heading_style, counts, move_names)
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            body.append(element)
    _turn_tracking_on(document)
    core = document.core_properties
    core.title = f"Redline: {comparison.old.title} -> {comparison.new.title}"[:250]
    core.comments = f"Deletions by '{author_old}', insertions by '{author_new}'"
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return RedlineStats(counts["insert"], counts["delete"], len(move_names), len(paragraphs),
                        template_problem)


def _base_document(template: Path | None):
    """B's .docx (styles, page set-up, headers) when python-docx can use it, else a blank one."""
    if template is None:
        return Document(), ""
    try:
        document = Document(str(template))
        document.styles  # noqa: B018 - a package without a usable styles part fails here
        return document, ""
    except Exception as exc:  # noqa: BLE001 - any unreadable template: fall back, and say why
        return Document(), (f"{Path(template).name}: its styles could not be reused "
                            f"({type(exc).__name__}); the redline uses default styles")


def _style_id(document, name: str) -> str | None:
    try:
        return document.styles[name].style_id
    except KeyError:
        return None


def _paragraph(para: RedlineParagraph, revisions: _Revisions, heading_style: str | None,
               counts: dict[str, int], move_names: set[str]) -> OxmlElement:
    p = OxmlElement("w:p")
    p_pr = OxmlElement("w:pPr")
    if para.role in ("heading", "part") and heading_style:
        p_pr.append(OxmlElement("w:pStyle", {qn("w:val"): heading_style}))
    if para.level:
        p_pr.append(OxmlElement("w:ind", {qn("w:left"): str(360 * para.level)}))
    if para.mark != "equal":
        r_pr = OxmlElement("w:rPr")
        r_pr.append(revisions.element(_WRAPPER[para.mark], para.mark))
        p_pr.append(r_pr)
    if len(p_pr):
        p.append(p_pr)
    range_id = None
    if para.move_start:
        name, side = para.move_start
        move_names.add(name)
        tag = "w:moveFromRangeStart" if side == "from" else "w:moveToRangeStart"
        start = revisions.element(tag, "move_from" if side == "from" else "move_to")
        start.set(qn("w:name"), name)
        p.append(start)
        range_id = start.get(qn("w:id"))
    # Without a heading style in B's template, headings are at least bold.
    bold = para.role in ("heading", "part") and not heading_style
    for segment in para.segments:
        text = _XML_INVALID.sub("", segment.text)
        if not text:
            continue
        if segment.op == "equal":
            p.append(_run(text, deleted=False, bold=bold))
            continue
        wrapper = revisions.element(_WRAPPER[segment.op], segment.op)
        wrapper.append(_run(text, deleted=segment.op in ("delete", "move_from"), bold=bold))
        p.append(wrapper)
        if segment.op in counts:
            counts[segment.op] += 1
    if para.move_end:
        name, side = para.move_end
        tag = "w:moveFromRangeEnd" if side == "from" else "w:moveToRangeEnd"
        # The end shares the id of its start; a one-paragraph range starts here too.
        end_id = range_id if para.move_start else revisions.range_ids.pop((name, side))
        p.append(OxmlElement(tag, {qn("w:id"): end_id}))
    elif para.move_start:
        revisions.range_ids[para.move_start] = range_id
    return p


def _run(text: str, *, deleted: bool, bold: bool = False) -> OxmlElement:
    run = OxmlElement("w:r")
    if bold:
        r_pr = OxmlElement("w:rPr")
        r_pr.append(OxmlElement("w:b"))
        run.append(r_pr)
    text_tag = "w:delText" if deleted else "w:t"
    for k, piece in enumerate(text.split("\t")):
        if k:
            run.append(OxmlElement("w:tab"))
        if piece:
            t = OxmlElement(text_tag)
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(t)
    return run


def _turn_tracking_on(document) -> None:
    settings = document.settings.element
    if settings.find(qn("w:trackRevisions")) is None:
        settings.insert_element_before(OxmlElement("w:trackRevisions"), *_SETTINGS_AFTER_TRACK)
