"""Project articles rendered to text: numbered, split into paragraphs and points.

Clause texts go through the sandboxed jinja2 environment with StrictUndefined. In final mode a
missing parameter is a RenderError naming the article and the parameter; in draft mode it
becomes a placeholder span that the Word writer highlights.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from jinja2 import Template, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from bla_assistant.core.drafting.context import project_context
from bla_assistant.core.library.clause_template import (
    MissingParameterError,
    make_environment,
    render_variant,
)
from bla_assistant.core.library.model import Clause, Library, pick
from bla_assistant.core.project.model import Article, Project, text_for, text_in

# Private-use characters around a placeholder name: never typed by users, easy to split on.
_OPEN, _CLOSE = "\ue000", "\ue001"
_PLACEHOLDER = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")
_TYPED_NUMBER = re.compile(r"^\(?\d{1,3}[.)]\s+")
_POINT = re.compile(r"^(\([a-z]{1,4}\)|[a-z]\)|[-\u2022*])\s+")


class RenderError(ValueError):
    def __init__(self, number: int, uid: str, heading: str, message: str,
                 parameter: str = ""):
        self.number, self.uid, self.heading, self.parameter = number, uid, heading, parameter
        super().__init__(f"Article {number} ({heading or uid}): {message}")


@dataclass(frozen=True)
class Span:
    text: str
    placeholder: bool = False


@dataclass(frozen=True)
class RenderedParagraph:
    spans: tuple[Span, ...]
    # 0 = the single unnumbered body of an article, 1 = numbered paragraph "1.", 2 = point "(a)"
    level: int

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class RenderedArticle:
    uid: str
    number: int
    heading: str
    paragraphs: tuple[RenderedParagraph, ...]
    status: str
    clause_id: str | None
    # "clause", "override" (negotiated wording), "free" (user's own text), "missing"
    source: str
    placeholders: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


def placeholder(name: str) -> str:
    return f"{_OPEN}{name}{_CLOSE}"


def spans_of(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    pos = 0
    for match in _PLACEHOLDER.finditer(text):
        if match.start() > pos:
            spans.append(Span(text[pos:match.start()]))
        spans.append(Span(f"[{match.group(1)}]", placeholder=True))
        pos = match.end()
    if pos < len(text):
        spans.append(Span(text[pos:]))
    return tuple(spans)


def split_paragraphs(text: str) -> tuple[RenderedParagraph, ...]:
    """Blank lines separate paragraphs; lines starting "(a)", "a)" or "-" are points.

    Typed numbers ("1.", "(a)") are dropped: Word numbering prints them, so an article inserted
    in Word renumbers everything.
    """
    items: list[tuple[str, bool]] = []  # (text, is_point)
    for block in re.split(r"\n\s*\n", text.strip()):
        current: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            point = _POINT.match(line)
            if point:
                if current:
                    items.append((" ".join(current), False))
                    current = []
                items.append((line[point.end():], True))
            else:
                current.append(_TYPED_NUMBER.sub("", line) if not current else line)
        if current:
            items.append((" ".join(current), False))
    body_count = sum(1 for _, is_point in items if not is_point)
    # One paragraph without points stays unnumbered, as treaties print a one-paragraph article.
    numbered = body_count > 1
    return tuple(
        RenderedParagraph(spans_of(t if is_point else _sentence_case(t)),
                          2 if is_point else (1 if numbered else 0))
        for t, is_point in items
    )


def paragraph_labels(paragraphs: tuple[RenderedParagraph, ...] | list) -> list[str]:
    """The label Word's numbering shows for each paragraph: "1.", "(a)", or "" for plain text.

    Points restart after each numbered paragraph, as the multilevel list in the template does.
    """
    labels = []
    number = point = 0
    for para in paragraphs:
        if para.level == 1:
            number += 1
            point = 0
            labels.append(f"{number}.")
        elif para.level == 2:
            labels.append(f"({chr(ord('a') + point % 26)})")
            point += 1
        else:
            labels.append("")
    return labels


def _sentence_case(text: str) -> str:
    """A paragraph that opens with a context value ("the Ministry of ...") starts a sentence."""
    return text[0].upper() + text[1:] if text and text[0].islower() else text


def _fill(source: str, values: dict[str, Any], draft: bool) -> tuple[str, list[str]]:
    """Render user-written text that may hold {{ }} fields; plain text passes through."""
    if "{{" not in source and "{%" not in source:
        return source, []
    env = shared_environment()
    try:
        template = env.from_string(source)
    except TemplateSyntaxError:
        return source, []  # the user's own words: print them as written
    missing: list[str] = []
    for _ in range(50):
        try:
            return template.render(**values), missing
        except Exception as exc:  # jinja2 raises UndefinedError, or the user's own TypeError
            name = _missing_name(exc)
            if name is None:
                raise FieldError(str(exc)) from exc
            if not draft or name in missing:
                raise MissingParameterError("text", name) from exc
            missing.append(name)
            values = {**values, name: placeholder(name)}
    return source, missing


class FieldError(ValueError):
    """A {{ field }} in user-written text that cannot be computed (not a missing value)."""


def _missing_name(exc: Exception) -> str | None:
    found = re.search(r"'([^']+)' is undefined", str(exc))
    return found.group(1) if found else None


class CachingEnvironment(SandboxedEnvironment):
    """The sandbox with compiled templates kept by source text.

    Compiling is most of the cost of rendering (about two thirds of a 60-article draft);
    the GUI re-renders the same clauses on every edit, so each text is compiled once.
    """

    def __init__(self) -> None:
        base = make_environment(draft=False)
        super().__init__(undefined=base.undefined, autoescape=False,
                         keep_trailing_newline=False, trim_blocks=True, lstrip_blocks=True)
        self._compiled: dict[str, Template] = {}

    def from_string(self, source, globals=None, template_class=None):  # noqa: A002
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        template = self._compiled.get(source)
        if template is None:
            if len(self._compiled) > 4096:  # a user pasting many texts: start afresh
                self._compiled.clear()
            template = self._compiled[source] = super().from_string(source)
        return template


@functools.lru_cache(maxsize=1)
def shared_environment() -> CachingEnvironment:
    return CachingEnvironment()


_SIMPLE_FIELD = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def _substitute_simple(clause_id: str, source: str, values: dict[str, Any]) -> str | None:
    """Render a text whose only markup is `{{ name }}` without compiling it; None otherwise.

    Most clause texts are plain fields, and jinja2 compiles each text in about 4 ms: this
    keeps the first draft of a session fast. Output matches jinja2's (str() of the value, the
    text stripped); anything else (blocks, filters, expressions) goes through the sandbox.
    """
    if "{%" in source or "{#" in source:
        return None
    fields = _SIMPLE_FIELD.findall(source)
    if len(fields) != source.count("{{"):
        return None
    for name in fields:
        if name not in values:
            raise MissingParameterError(clause_id, name)
    return _SIMPLE_FIELD.sub(lambda m: str(values[m.group(1)]), source).strip()


def _render_clause(clause: Clause, variant: str, lang: str, values: dict[str, Any],
                   draft: bool) -> tuple[str, list[str]]:
    env = shared_environment()
    source_variant = clause.variant(variant)
    source = source_variant.text.get(lang) or source_variant.text["en"]
    missing: list[str] = []
    while True:
        try:
            fast = _substitute_simple(clause.id, source, values)
            if fast is not None:
                return fast, missing
            return render_variant(clause, variant, lang, values, draft=False, env=env), missing
        except MissingParameterError as exc:
            if not draft or exc.parameter in missing:
                raise
            missing.append(exc.parameter)
            values = {**values, exc.parameter: placeholder(exc.parameter)}


def article_values(project: Project, article: Article, clause: Clause | None,
                   lang: str) -> dict[str, Any]:
    defaults = clause.default_parameters() if clause else {}
    return {**defaults, **project.parameters, **article.parameters,
            **project_context(project, lang)}


def render_article(project: Project, article: Article, library: Library, lang: str,
                   number: int, draft: bool = True) -> RenderedArticle:
    clause = library.clauses.get(article.clause_id) if article.clause_id else None
    heading = text_in(article.heading, lang)
    if not heading and clause is not None:
        heading = pick(clause.heading, lang) or pick(clause.title, lang)

    def fail(message: str, parameter: str = "") -> RenderError:
        return RenderError(number, article.uid, heading, message, parameter)

    values = article_values(project, article, clause, lang)
    override = text_for(article.override, lang)
    try:
        if override or article.is_free:
            source = "override" if override else "free"
            text, missing = _fill(override or text_in(article.free_text, lang), values, draft)
        elif clause is None:
            if not draft:
                raise fail(f"clause '{article.clause_id}' is not in the library; choose another "
                           "clause or write the text as an override")
            source, missing = "missing", [article.clause_id or "?"]
            text = placeholder(f"clause {article.clause_id} not in the library")
            heading = heading or str(article.clause_id)
        else:
            variant = article.variant or clause.variants[0].key
            if variant not in {v.key for v in clause.variants}:
                raise fail(f"clause '{clause.id}' has no variant '{variant}'")
            source = "clause"
            text, missing = _render_clause(clause, variant, lang, values, draft)
    except MissingParameterError as exc:
        raise fail(f"parameter '{exc.parameter}' has no value; set it in the article's "
                   "parameters (or the project's)", exc.parameter) from None
    except FieldError as exc:
        raise fail(f"a {{{{ field }}}} in the text cannot be filled ({exc}); correct it or "
                   "remove the braces") from None
    return RenderedArticle(
        uid=article.uid, number=number, heading=heading, paragraphs=split_paragraphs(text),
        status=article.status, clause_id=article.clause_id, source=source,
        placeholders=tuple(missing),
    )


# Clauses for these elements are the preamble, not a numbered article.
PREAMBLE_ELEMENTS = frozenset({"bla.title_parties_preamble", "ssa.title_parties_preamble"})


def is_preamble_article(article: Article, library: Library) -> bool:
    clause = library.clauses.get(article.clause_id or "")
    if clause is None:
        return (article.clause_id or "") in PREAMBLE_ELEMENTS
    return bool(PREAMBLE_ELEMENTS & set(clause.element_ids))


# Clauses for these elements already say in which languages the text is authentic.
LANGUAGE_ELEMENTS = frozenset({"bla.languages_authentic_texts", "ssa.language"})


def has_language_article(project: Project, library: Library) -> bool:
    for article in project.live_articles:
        clause = library.clauses.get(article.clause_id or "")
        if clause is not None and LANGUAGE_ELEMENTS & set(clause.element_ids):
            return True
    return False


def numbered_articles(project: Project, library: Library) -> list[tuple[int, Article]]:
    """(number, article) for the articles the draft numbers: not withdrawn, not preamble."""
    live = [a for a in project.live_articles if not is_preamble_article(a, library)]
    return list(enumerate(live, start=1))


def render_preamble_article(project: Project, library: Library, lang: str,
                            draft: bool = True) -> list[str] | None:
    """The recitals from a preamble clause in the project, or None when it has none.

    Placeholders stay encoded so the writer can highlight them."""
    article = next((a for a in project.live_articles if is_preamble_article(a, library)), None)
    if article is None:
        return None
    rendered = render_article(project, article, library, lang, 0, draft)
    return ["".join(placeholder(s.text[1:-1]) if s.placeholder else s.text for s in p.spans)
            for p in rendered.paragraphs]


def render_project(project: Project, library: Library, lang: str,
                   draft: bool = True) -> list[RenderedArticle]:
    """The draft's articles in order, numbered 1..N; withdrawn and preamble articles are
    left out."""
    return [
        render_article(project, article, library, lang, number, draft)
        for number, article in numbered_articles(project, library)
    ]
