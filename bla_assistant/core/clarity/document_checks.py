"""Checks that look at the draft's structure: defined terms, cross-references, annexes.

The words and patterns come from the rule's cues; this module only knows how to use them:
- `trigger` patterns carry a named group (`term`, `nums` or `id`) for what they capture;
- `definition_markers` capture the `term` a definition defines;
- `external_markers` are tried right after a reference; their `name` group names the
  instrument referred to, so "Article 5 of the Pensions Act" is not taken for this draft's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bla_assistant.core.clarity.engine import ArticleView, CheckContext
from bla_assistant.core.clarity.rules import ClarityRule, Cues
from bla_assistant.core.clarity.sentences import Sentence

# Words that name this draft itself when they follow "Article 5 of the ..." and appear in its title.
_INSTRUMENT_WORDS = frozenset(
    "agreement convention accord memorandum protocol arrangement treaty entente protocole "
    "mémorandum traité arrangement understanding".split())
_SELF_WORDS = frozenset("this present présent présente même".split())
# Title words that are never names: the generic vocabulary of agreement titles.
_TITLE_GENERIC = frozenset(
    "agreement convention accord memorandum understanding protocol between the and of on in "
    "for government republic kingdom state states federal social security labour labor "
    "employment workers worker migrant migration cooperation field concerning relating "
    "entre le la les et de du des sur en matière gouvernement république royaume état "
    "sécurité sociale travail travailleurs main-d'œuvre coopération domaine relatif "
    "relative concernant".split())
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_NUMBER_TOKEN = re.compile(r"\b(\d+|[IVXLC]+|premier|première|1er)\b")
_PARENS = re.compile(r"\([^)]*\)")


def roman_to_int(text: str) -> int | None:
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = _ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


def _article_number(token: str) -> str | None:
    if token.isdigit():
        return str(int(token))
    if token.lower() in ("premier", "première", "1er"):
        return "1"
    value = roman_to_int(token)
    return str(value) if value else None


def _norm_word(word: str) -> str:
    word = word.lower().strip("'’\"“”«» ")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word[-1] in "sx":
        return word[:-1]
    return word


def norm_term(term: str) -> str:
    return " ".join(_norm_word(w) for w in re.split(r"[\s-]+", term) if w)


def _sentences(ctx: CheckContext) -> Iterator[tuple[ArticleView, Sentence]]:
    for view in ctx.views:
        for sentence in view.sentences:
            yield view, sentence


def defined_terms(cues: Cues, ctx: CheckContext) -> dict[str, tuple[ArticleView, Sentence]]:
    """Normalised defined term -> where it is defined (first definition wins)."""
    found: dict[str, tuple[ArticleView, Sentence]] = {}
    for view, sentence in _sentences(ctx):
        for pattern in cues.definition_markers:
            for match in pattern.finditer(sentence.text):
                term = (match.groupdict().get("term") or "").strip(" ,;:")
                if term:
                    found.setdefault(norm_term(term), (view, sentence))
    return found


def _title_names(ctx: CheckContext) -> set[str]:
    names = set()
    # Split at apostrophes too: "d'Alphalande" names Alphalande.
    for word in re.findall(r"[\w-]+", ctx.document.title):
        if word[:1].isupper() and word.lower() not in _TITLE_GENERIC and len(word) >= 4:
            names.add(word.lower()[:5])
    return names


def check_undefined_terms(rule: ClarityRule, ctx: CheckContext) -> None:
    cues = rule.cues_for(ctx.lang)
    defined = defined_terms(cues, ctx)
    defined_words = {w for term in defined for w in term.split()}
    headings = [norm_term(v.heading) for v in ctx.views if v.heading]
    names = _title_names(ctx)
    all_sentences = [s.text for _, s in _sentences(ctx)]
    seen: set[str] = set()
    count = 0
    for view, sentence in _sentences(ctx):
        if not ctx.in_scope(rule, view):
            continue
        for pattern in cues.trigger:
            for match in pattern.finditer(sentence.text):
                term = match.group("term")
                key = norm_term(term)
                if key in seen or key in defined:
                    continue
                words = key.split()
                if len(words) == 1 and key in defined_words:
                    continue
                if any(key in d or d in key for d in defined if len(d) > 3 and len(words) > 1):
                    continue
                if any(p.search(term) for p in cues.ignore):
                    continue
                before = sentence.text[:match.start()]
                after = sentence.text[match.end("term"):]
                # Part of a longer proper name ("Vienna Convention on ...", "Ministre du Travail").
                if any(p.search(before) for p in cues.ignore_before):
                    continue
                if any(p.match(after) for p in cues.ignore_after):
                    continue
                exact = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")
                uses = [(text, m.end()) for text in all_sentences for m in exact.finditer(text)]
                if len({text for text, _ in uses}) < cues.min_uses:
                    continue
                # Anywhere in the draft the words run on into a longer name: a name, not a term.
                if any(p.match(text[end:]) for text, end in uses for p in cues.ignore_after):
                    continue
                if any(key in h for h in headings):
                    continue
                if any(w[:5] in names for w in words):
                    continue
                seen.add(key)
                extra = f"« {term} »" if ctx.lang == "fr" else f"“{term}”"
                ctx.emit(rule, view, sentence, match.span("term"), details=(term,),
                         extra=extra)
                count += 1
                if cues.limit and count >= cues.limit:
                    return


_DETERMINERS = frozenset("the a an his her their its le la les sa son ses leur leurs".split())
_ANY_DETERMINER = r"(?:the|an?|his(?:\s+or\s+her)?|her|their|its|l[ea]s?|sa|son|ses|leurs?)"


def _use_pattern(term: str) -> re.Pattern[str]:
    """Uses of a defined term, in the plural too, and with any determiner inside it
    ("member of his family" uses "member of the family")."""
    parts = []
    for word in re.split(r"[\s-]+", term.strip()):
        if not word:
            continue
        if word.lower() in _DETERMINERS and parts:
            parts.append(_ANY_DETERMINER)
            continue
        stem = _norm_word(word)
        if stem.endswith("y") and word.lower().endswith(("y", "ies")):
            parts.append(re.escape(stem[:-1]) + r"(?:y|ies)")
        else:
            parts.append(re.escape(stem) + r"(?:s|es|x)?")
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(parts) + r"(?!\w)", re.IGNORECASE)


def check_unused_definitions(rule: ClarityRule, ctx: CheckContext) -> None:
    cues = rule.cues_for(ctx.lang)
    count = 0
    for view in ctx.views:
        if not ctx.in_scope(rule, view):
            continue
        for index, paragraph in enumerate(view.paragraphs):
            for pattern in cues.definition_markers:
                for match in pattern.finditer(paragraph):
                    term = (match.groupdict().get("term") or "").strip(" ,;:")
                    if not term:
                        continue
                    use = _use_pattern(term)
                    # Uses outside the definition itself, anywhere in the draft.
                    uses = sum(
                        len(use.findall(p))
                        for v in ctx.views for i, p in enumerate(v.paragraphs)
                        if not (v is view and i == index)
                    )
                    if uses:
                        continue
                    sentence = next((s for s in view.sentences if s.paragraph == index
                                     and s.start <= match.start()), None)
                    sentence = sentence or Sentence(paragraph, index, 0)
                    offset = paragraph.find(sentence.text)
                    start = match.start("term") - max(offset, 0)
                    span = (start, start + len(match.group("term")))
                    if not (0 <= span[0] < span[1] <= len(sentence.text)):
                        span = (0, 0)
                    extra = f"« {term} »" if ctx.lang == "fr" else f"“{term}”"
                    ctx.emit(rule, view, sentence, span, details=(term,), extra=extra)
                    count += 1
                    if cues.limit and count >= cues.limit:
                        return


def _is_external(cues: Cues, text_after: str, title_words: set[str]) -> bool:
    for pattern in cues.external_markers:
        match = pattern.match(text_after)
        if not match:
            continue
        name = (match.groupdict().get("name") or "").lower()
        if name in _SELF_WORDS:
            return False
        if name in _INSTRUMENT_WORDS and name in title_words:
            return False
        return True
    return False


def _title_words(ctx: CheckContext) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'’-]+", ctx.document.title)}


def check_cross_references(rule: ClarityRule, ctx: CheckContext) -> None:
    cues = rule.cues_for(ctx.lang)
    existing = {a.number for a in ctx.document.articles if a.number}
    if not existing:
        return  # a draft without numbered articles cannot be checked this way
    title_words = _title_words(ctx)
    for view, sentence in _sentences(ctx):
        if not ctx.in_scope(rule, view):
            continue
        for pattern in cues.trigger:
            for match in pattern.finditer(sentence.text):
                if _is_external(cues, sentence.text[match.end():], title_words):
                    continue
                numbers = _PARENS.sub(" ", match.group("nums"))
                missing = []
                for token in _NUMBER_TOKEN.findall(numbers):
                    number = _article_number(token)
                    if number and number not in existing and number not in missing:
                        missing.append(number)
                if missing:
                    if ctx.lang == "fr":
                        extra = f"Article(s) cité(s) absent(s) du texte : {', '.join(missing)}."
                    else:
                        extra = f"Article(s) cited but not in the text: {', '.join(missing)}."
                    ctx.emit(rule, view, sentence, match.span(), details=tuple(missing),
                             extra=extra)


def _annex_ids(ctx: CheckContext, heading_pattern: re.Pattern[str]) -> set[str]:
    ids = set()
    for view in ctx.views:
        article = view.article
        lines = [article.label, article.title_line] + view.paragraphs[:1]
        for line in lines:
            match = heading_pattern.match(line.strip())
            if match:
                ids.add(match.group("id").upper())
        if article.kind == "annex":
            ids.add(article.number.upper() if article.number else "")
    return ids


def check_annex_references(rule: ClarityRule, ctx: CheckContext) -> None:
    cues = rule.cues_for(ctx.lang)
    heading_pattern = re.compile(
        r"(?:annex|annexe|appendix|appendice|schedule)\s+(?P<id>[IVX]+|\d+|[A-Z])\b",
        re.IGNORECASE)
    present = _annex_ids(ctx, heading_pattern)
    any_annex = any(v.article.kind == "annex" for v in ctx.views)
    title_words = _title_words(ctx)
    reported: set[str] = set()
    for view, sentence in _sentences(ctx):
        if not ctx.in_scope(rule, view):
            continue
        for pattern in cues.trigger:
            for match in pattern.finditer(sentence.text):
                annex_id = (match.groupdict().get("id") or "").upper()
                if annex_id and annex_id in present:
                    continue
                if not annex_id and any_annex:
                    continue
                if _is_external(cues, sentence.text[match.end():], title_words):
                    continue
                if annex_id in reported:
                    continue
                reported.add(annex_id)
                ctx.emit(rule, view, sentence, match.span())
