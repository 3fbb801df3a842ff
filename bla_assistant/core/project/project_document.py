"""A project seen as a DraftDocument, so the gap check and the comparer work on projects too."""

from __future__ import annotations

from bla_assistant.core.documents.model import Article, DraftDocument, Paragraph
from bla_assistant.core.drafting.preamble import agreement_title, preamble_paragraphs
from bla_assistant.core.drafting.render import render_project
from bla_assistant.core.library.model import Library
from bla_assistant.core.project.model import Project

_LABELS = {"en": "Article", "fr": "Article"}


def project_to_document(project: Project, library: Library, lang: str = "en",
                        draft: bool = True) -> DraftDocument:
    """Render the live articles (not withdrawn) in `lang`; placeholders show as `[name]`."""
    word = _LABELS.get(lang, "Article")
    articles = [
        Article(number="", label="", heading="",
                paragraphs=tuple(Paragraph(text=t) for t in preamble_paragraphs(project, lang)),
                kind="preamble", position=0)
    ]
    for rendered in render_project(project, library, lang, draft=draft):
        paragraphs = []
        para_number = point_counter = 0
        for para in rendered.paragraphs:
            if para.level == 1:
                para_number += 1
                point_counter = 0
                label = f"{para_number}."
            elif para.level == 2:
                label = f"({chr(ord('a') + point_counter % 26)})"
                point_counter += 1
            else:
                label = ""
            paragraphs.append(Paragraph(text=para.text, label=label, level=para.level))
        articles.append(Article(
            number=str(rendered.number), label=f"{word} {rendered.number}",
            heading=rendered.heading, paragraphs=tuple(paragraphs), kind="article",
            position=rendered.number,
        ))
    document = DraftDocument(path=None, title=agreement_title(project, lang),
                             articles=articles, language=lang)
    document.word_count = sum(len(a.text.split()) for a in articles)
    return document
