"""A project seen as a DraftDocument, so the gap check and the comparer work on projects too."""

from __future__ import annotations

from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph
from bla_assistant.core.drafting.annexes import project_annexes
from bla_assistant.core.drafting.closing_text import format_date, testimonium
from bla_assistant.core.drafting.docx_numbering import ANNEX_WORD
from bla_assistant.core.drafting.preamble import agreement_title, preamble_paragraphs
from bla_assistant.core.drafting.render import (
    has_language_article,
    paragraph_labels,
    render_project,
    spans_of,
)
from bla_assistant.core.library.model import Library
from bla_assistant.core.project.model import Project, text_in

_LABELS = {"en": "Article", "fr": "Article"}


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


def spans_text(text: str) -> str:
    """Placeholder markers shown as `[name]`, as in the Word draft."""
    return "".join(s.text for s in spans_of(text))


def project_to_document(project: Project, library: Library, lang: str = "en",
                        draft: bool = True) -> DraftDocument:
    """Preamble, the live articles (not withdrawn), the closing formula and the annexes, in
    `lang`, shaped as the importer shapes a Word draft; placeholders show as `[name]`."""
    word = _LABELS.get(lang, "Article")
    articles = [
        Article(number="", label="", heading="",
                paragraphs=tuple(Paragraph(text=spans_text(t)) for t in preamble_paragraphs(
                    project, lang, library, draft)),
                kind="preamble", position=0)
    ]
    for rendered in render_project(project, library, lang, draft=draft):
        paragraphs = [
            Paragraph(text=para.text, label=label, level=para.level)
            for para, label in zip(rendered.paragraphs, paragraph_labels(rendered.paragraphs),
                                   strict=True)
        ]
        articles.append(Article(
            number=str(rendered.number), label=f"{word} {rendered.number}",
            heading=rendered.heading, paragraphs=tuple(paragraphs), kind="article",
            position=rendered.number,
        ))
    place = text_in(project.place, lang) or "[place of signature]"
    date = format_date(project.date, lang) or "[date of signature]"
    articles.append(Article(
        number="", label="", heading="", kind="closing", position=len(articles),
        paragraphs=tuple(Paragraph(text=t) for t in testimonium(
            project, lang, place, date,
            with_languages=not has_language_article(project, library)))))
    for i, annex in enumerate(project_annexes(project, lang, draft), start=1):
        rows = tuple(
            Paragraph(text=": ".join("".join(s.text for s in cell) for cell in cells),
                      origin="table")
            for cells in annex.rows)
        articles.append(Article(
            number="", label=f"{ANNEX_WORD.get(lang, 'Annex')} {_roman(i)}",
            heading=annex.title, kind="annex", position=len(articles),
            paragraphs=tuple(Paragraph(text=t) for t in annex.intro) + rows))
    document = DraftDocument(path=None, title=agreement_title(project, lang),
                             articles=articles, language=lang)
    document.word_count = sum(len(a.text.split()) for a in articles)
    return document
