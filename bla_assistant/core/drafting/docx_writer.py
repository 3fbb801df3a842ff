"""A project written as a Word agreement a ministry lawyer would accept.

Title, table of contents field, preamble, articles numbered by Word (styles linked to the list
in numbering.xml, never typed numbers), testimonium, signature block side by side, annexes,
headers and footers with Page X of Y fields, document properties. One language, or two
authentic languages side by side, article by article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from bla_assistant.core.drafting import closing_text
from bla_assistant.core.drafting.annexes import Annex, project_annexes
from bla_assistant.core.drafting.docx_blocks import (
    RTL_LANGUAGES,
    field_runs,
    make_rtl,
    paragraph,
    run,
    span_runs,
    table,
    table_row,
)
from bla_assistant.core.drafting.docx_numbering import (
    ANNEX_NUM_ID,
    ARTICLE_NUM_ID,
    PARALLEL_ANNEX_NUM_ID,
    PARALLEL_NUM_ID,
)
from bla_assistant.core.drafting.docx_styles import style_num_id
from bla_assistant.core.drafting.docx_template import (
    ask_to_update_fields,
    clear_body,
    open_template,
    prepare_numbering,
    usable_width_twips,
)
from bla_assistant.core.drafting.header_footer import set_header_footer
from bla_assistant.core.drafting.preamble import agreement_title, preamble_paragraphs
from bla_assistant.core.drafting.render import (
    RenderedArticle,
    has_language_article,
    numbered_articles,
    placeholder,
    render_project,
    spans_of,
)
from bla_assistant.core.library.model import Library
from bla_assistant.core.project.model import Project, text_for, text_in

LEVEL_STYLES = {0: "Article Text", 1: "Paragraph", 2: "Point"}


class DraftError(ValueError):
    """The draft cannot be written (bad options, or final mode with gaps)."""


@dataclass
class DraftOptions:
    lang: str | None = None  # default: the project's first language
    bilingual: tuple[str, str] | None = None
    template: Path | None = None
    final: bool = False


@dataclass
class DraftReport:
    path: Path | None
    articles: int
    warnings: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)  # "Article 3: eif_date"


class _Writer:
    def __init__(self, document, project: Project, library: Library, options: DraftOptions,
                 langs: list[str]):
        self.document = document
        self.project = project
        self.library = library
        self.options = options
        self.langs = langs
        self.draft = not options.final
        self.body = document.element.body
        self.sect_pr = self.body.find(qn("w:sectPr"))
        self.styles = {name: document.styles[name].style_id for name in (
            "Agreement Title", "Preamble", "Article", "Paragraph", "Point", "Article Text",
            "Annex", "Annex Text", "Signature", "Placeholder")}
        names = {s.name for s in document.styles}
        self.toc_heading = document.styles["TOC Heading"].style_id if "TOC Heading" in names \
            else self.styles["Article Text"]
        self.grid_style = "Table Grid" in names
        self.width = usable_width_twips(document)
        self.warnings: list[str] = []
        self.placeholders: list[str] = []
        self.article_num_id = style_num_id(document.styles["Article"]) or ARTICLE_NUM_ID
        self.annex_num_id = style_num_id(document.styles["Annex"]) or ANNEX_NUM_ID

    # --- helpers -------------------------------------------------------------------------

    def add(self, element) -> None:
        if self.sect_pr is not None:
            self.sect_pr.addprevious(element)
        else:
            self.body.append(element)

    def spans_p(self, style: str, text: str, **kw):
        return paragraph(self.styles[style], span_runs(spans_of(text),
                                                       self.styles["Placeholder"]), **kw)

    def fill(self, value: str, name: str) -> str:
        if value:
            return value
        if self.draft:
            self.placeholders.append(f"signature block: {name}")
            return placeholder(name)
        self.warnings.append(f"the project has no {name}; the signature block leaves it blank")
        return "……………………"

    # --- blocks --------------------------------------------------------------------------

    def article_paragraphs(self, article: RenderedArticle, lang: str, column: int) -> list:
        # Numbering is written on each paragraph too (not only through the style), so the
        # list survives a template whose styles lose their link, and readers that only look
        # at w:numPr in document.xml (our own importer, the gap check) see it.
        num_id = PARALLEL_NUM_ID if column else self.article_num_id

        def num(lvl: int) -> tuple[int, int]:
            return (num_id, lvl)

        header_runs = [run(article.heading, break_before=True)] if article.heading \
            else [run("")]
        out = [paragraph(self.styles["Article"], header_runs, num=num(0))]
        if self.draft and article.status in ("contested", "parked"):
            self.status_comment(out[0], article, lang)
        for para in article.paragraphs:
            out.append(paragraph(
                self.styles[LEVEL_STYLES[para.level]],
                span_runs(para.spans, self.styles["Placeholder"]),
                num=num(para.level) if para.level else None,
                # Justified text in a half-page column leaves wide gaps between words.
                align="left" if len(self.langs) > 1 else None,
            ))
        return out

    def status_comment(self, p, article: RenderedArticle, lang: str) -> None:
        """A Word comment on the heading, not text in the article: the draft's text stays the
        agreement's text for anyone who imports or compares it."""
        word = closing_text.STATUS_WORDS.get(lang, closing_text.STATUS_WORDS["en"])
        w = closing_text.words(lang)
        source = self.project.article(article.uid)
        text = (f"{w['status']}: {word[article.status]} "
                f"({w['round']} {source.last_changed_round})")
        anchor = Run(p.findall(qn("w:r"))[-1], Paragraph(p, self.document._body))
        self.document.add_comment(anchor, text=text, author="BLA Assistant", initials="BLA")

    def annex_paragraphs(self, annex: Annex, column: int, in_table: bool) -> list:
        heading = paragraph(self.styles["Annex"], [run(annex.title, break_before=True)],
                            num=(PARALLEL_ANNEX_NUM_ID if column else self.annex_num_id, 0),
                            page_break_before=False if in_table else None)
        out = [heading]
        out += [self.spans_p("Annex Text", text) for text in annex.intro]
        ph = self.styles["Placeholder"]
        if in_table:  # inside a bilingual cell: one line per row
            for cells in annex.rows:
                runs = [run(f"{''.join(s.text for s in cells[0])}: ", bold=True)]
                for cell in cells[1:]:
                    runs += span_runs(cell, ph) + [run("; ")]
                runs = runs[:-1] if len(cells) > 2 else runs
                out.append(paragraph(self.styles["Annex Text"], runs))
            return out
        columns = len(annex.rows[0]) if annex.rows else 2
        widths = None
        if columns == 2:
            widths = [self.width * 3 // 10, self.width - self.width * 3 // 10]
        tbl = table(columns, self.width, borders=self.grid_style, widths=widths)
        if annex.header:
            table_row(tbl, [[paragraph(self.styles["Annex Text"], [run(h, bold=True)])]
                            for h in annex.header], self.width, header=True)
        for cells in annex.rows:
            table_row(tbl, [[paragraph(self.styles["Annex Text"], span_runs(c, ph),
                                       align="left")]
                            for c in cells], self.width, widths=widths)
        out.append(tbl)
        out += [self.spans_p("Annex Text", text) for text in annex.closing]
        return out

    def toc(self, lang: str) -> None:
        w = closing_text.words(lang)
        self.add(paragraph(self.toc_heading, [run(w["contents"])]))
        self.add(paragraph(None, field_runs('TOC \\o "1-1" \\h \\z \\u', w["toc_hint"],
                                            dirty=True)))

    def signature_block(self) -> None:
        """Both parties side by side: For ..., signature line, name, title."""
        tbl = table(2, self.width)
        cells = []
        for key in ("A", "B"):
            party = self.project.party(key)
            content = []
            for lang in self.langs:
                name = text_in(party.name, lang) or f"Party {key}"
                content.append(self.spans_p(
                    "Signature", f"{closing_text.words(lang)['for']} {name}"))
            content += [paragraph(self.styles["Signature"]) for _ in range(3)]
            content.append(paragraph(self.styles["Signature"], [run("______________________")]))
            content.append(self.spans_p("Signature", self.fill(
                party.signatory.name, f"signatory of party {key}")))
            titles = [text_in(party.signatory.title, lang) for lang in self.langs]
            titles = list(dict.fromkeys(t for t in titles if t))
            for title in titles or [self.fill("", f"title of the signatory of party {key}")]:
                content.append(self.spans_p("Signature", title))
            cells.append(content)
        table_row(tbl, cells, self.width)
        self.add(paragraph(self.styles["Article Text"]))
        self.add(tbl)

    def testimonium(self, lang: str) -> list:
        place = self.fill(text_in(self.project.place, lang), "place of signature")
        date = self.fill(closing_text.format_date(self.project.date, lang), "date of signature")
        return [self.spans_p("Article Text", line, keep_next=True)
                for line in closing_text.testimonium(
                    self.project, lang, place, date,
                    with_languages=not has_language_article(self.project, self.library))]

    # --- whole document ------------------------------------------------------------------

    def write(self) -> int:
        langs = self.langs
        rendered = {lang: render_project(self.project, self.library, lang, self.draft)
                    for lang in langs}
        for article in rendered[langs[0]]:
            self.placeholders += [f"Article {article.number}: {name}"
                                  for name in article.placeholders]
        self.check_languages()
        self.check_parties()
        annexes = {lang: project_annexes(self.project, lang, self.draft) for lang in langs}
        for annex in annexes[langs[0]]:
            if annex.missing:
                message = f"annex '{annex.title}': no value for {', '.join(annex.missing)}"
                (self.placeholders if self.draft else self.warnings).append(message)
        if len(langs) == 1:
            self.write_single(langs[0], rendered[langs[0]], annexes[langs[0]])
        else:
            self.write_bilingual(rendered, annexes)
        return len(rendered[langs[0]])

    def write_single(self, lang: str, articles: list[RenderedArticle],
                     annexes: list[Annex]) -> None:
        self.add(paragraph(self.styles["Agreement Title"],
                           [run(agreement_title(self.project, lang))]))
        self.toc(lang)
        for text in preamble_paragraphs(self.project, lang, self.library, self.draft):
            self.add(self.spans_p("Preamble", text))
        for article in articles:
            for p in self.article_paragraphs(article, lang, 0):
                self.add(p)
        for p in self.testimonium(lang):
            self.add(p)
        self.signature_block()
        for annex in annexes:
            for element in self.annex_paragraphs(annex, 0, in_table=False):
                self.add(element)
        if lang in RTL_LANGUAGES:
            make_rtl(child for child in self.body if child.tag != qn("w:sectPr"))

    def cells(self, per_lang) -> list[list]:
        """One cell per language, right-to-left where the language is."""
        out = []
        for lang, content in zip(self.langs, per_lang, strict=True):
            if lang in RTL_LANGUAGES:
                make_rtl(content)
            out.append(content)
        return out

    def write_bilingual(self, rendered: dict[str, list[RenderedArticle]],
                        annexes: dict[str, list[Annex]]) -> None:
        first, second = self.langs
        tbl = table(2, self.width)
        table_row(tbl, self.cells([[paragraph(self.styles["Agreement Title"],
                                              [run(agreement_title(self.project, lang))])]
                                   for lang in self.langs]), self.width)
        self.add(tbl)
        self.toc(first)
        tbl = table(2, self.width)
        table_row(tbl, self.cells([[self.spans_p("Preamble", t) for t in preamble_paragraphs(
            self.project, lang, self.library, self.draft)] for lang in self.langs]), self.width)
        for left, right in zip(rendered[first], rendered[second], strict=True):
            table_row(tbl, self.cells([self.article_paragraphs(left, first, 0),
                                       self.article_paragraphs(right, second, 1)]), self.width)
        table_row(tbl, self.cells([self.testimonium(lang) for lang in self.langs]), self.width)
        self.add(tbl)
        self.signature_block()
        for left, right in zip(annexes[first], annexes[second], strict=True):
            self.add(paragraph(self.styles["Article Text"], page_break_before=True))
            tbl = table(2, self.width)
            table_row(tbl, self.cells([self.annex_paragraphs(left, 0, in_table=True),
                                       self.annex_paragraphs(right, 1, in_table=True)]),
                      self.width)
            self.add(tbl)

    def check_parties(self) -> None:
        """Clause texts fall back to "Alphaland"/"Betaland" when a party's name or authority is
        missing: say so, so the neutral names never reach a signed text unnoticed."""
        for key in ("A", "B"):
            party = self.project.party(key)
            for field_name, label in (("name", "name"), ("short_name", "short name"),
                                      ("competent_authority", "competent authority")):
                missing = [lang for lang in self.langs if not text_in(getattr(party, field_name),
                                                                      lang)]
                if missing:
                    message = (f"party {key} has no {label}; the neutral example name is used "
                               "in the text")
                    (self.placeholders if self.draft else self.warnings).append(message)

    def check_languages(self) -> None:
        for lang in self.langs:
            untranslated = []
            for article in self.project.live_articles:
                clause = self.library.clauses.get(article.clause_id or "")
                if clause is None or text_for(article.override, lang):
                    continue
                variant = next((v for v in clause.variants if v.key == article.variant),
                               clause.variants[0])
                if lang not in variant.text:
                    untranslated.append(clause.id)
            if untranslated:
                shown = ", ".join(untranslated[:5]) + (" ..." if len(untranslated) > 5 else "")
                self.warnings.append(
                    f"{len(untranslated)} clause(s) have no '{lang}' text, so the English text "
                    f"is used ({shown}); write the translation as the article's override")


def _properties(document, project: Project, lang: str, draft: bool) -> None:
    props = document.core_properties
    a = text_in(project.party_a.name, lang)
    b = text_in(project.party_b.name, lang)
    props.title = agreement_title(project, lang)[:255]
    props.subject = f"{a} – {b}"[:255]
    props.keywords = ", ".join(filter(None, [
        project.agreement_type, text_in(project.party_a.short_name, lang),
        text_in(project.party_b.short_name, lang), project.sector]))
    props.category = project.agreement_type
    props.language = lang
    props.comments = (f"Draft, round {project.current_round}" if draft
                      else "Final text for signature")
    props.author = "BLA Assistant"


def resolve_languages(project: Project, options: DraftOptions) -> list[str]:
    if options.bilingual:
        langs = [code.strip() for code in options.bilingual if code.strip()]
        if len(langs) != 2 or langs[0] == langs[1]:
            raise DraftError("--bilingual needs two different languages, e.g. en,fr")
        return langs
    return [options.lang or (project.languages[0] if project.languages else "en")]


def build_draft(project: Project, library: Library, options: DraftOptions):
    """(python-docx Document, DraftReport without path). Raises RenderError in final mode
    when a parameter or clause is missing."""
    langs = resolve_languages(project, options)
    document, warnings, users = open_template(options.template)
    clear_body(document)
    prepare_numbering(document, langs[0], langs[1] if len(langs) > 1 else None)
    writer = _Writer(document, project, library, options, langs)
    count = writer.write()
    set_header_footer(document, project, langs[0], writer.draft, keep_existing=users)
    _properties(document, project, langs[0], writer.draft)
    ask_to_update_fields(document)
    if options.final:
        open_articles = [f"Article {i}" for i, a in numbered_articles(project, library)
                         if a.status != "agreed"]
        if open_articles:
            shown = ", ".join(open_articles[:8]) + (
                f" and {len(open_articles) - 8} more" if len(open_articles) > 8 else "")
            writer.warnings.append(f"{len(open_articles)} article(s) not yet agreed: {shown} "
                                   "(final text written anyway)")
    report = DraftReport(path=None, articles=count,
                         warnings=list(dict.fromkeys(warnings + writer.warnings)),
                         placeholders=list(dict.fromkeys(writer.placeholders)))
    return document, report


def write_draft(project: Project, library: Library, out: Path | str,
                options: DraftOptions | None = None) -> DraftReport:
    document, report = build_draft(project, library, options or DraftOptions())
    out = Path(out)
    document.save(str(out))
    report.path = out
    return report
