"""Compile checklist cues into regular expressions over folded text.

Cue syntax (documented in docs/formats.md, "Checklist cues"):
- words match whole words, case and accents ignored: "detached worker";
- `*` at the end of a word matches any ending: "totali*" (totalisation, totalizing...);
- `...` between words allows up to eight other words in between, in the same sentence:
  "periods ... taken into account";
- `(a|b c)` is a choice of words; `(a|b)*` lets each choice take any ending; `(a |b )?` is
  optional: "(before|prior to) (the date of )?entry into force";
- `re:` starts a raw regular expression over the folded text, for the rare cue that needs one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bla_assistant.core.gapcheck.normalise import fold

# Words inside one sentence: separators never cross the newline that ends a sentence.
_SEP = r"[^\w\n]+"
_GAP = r"(?:[^\w\n]+\w+){0,8}?[^\w\n]+"


_TOKEN = re.compile(r"\((?P<alts>[^)]*)\)(?P<mod>[*?]*)|(?P<word>\S+)")


@functools.lru_cache(maxsize=8192)
def plural_spellings(word: str) -> tuple[str, ...]:
    """Every spelling a cue word stands for when the cue accepts its plural (worked out once
    per word, not once per draft)."""
    return (word, word + "s", word + "x", word + "es", *irregular_plurals(word))


def irregular_plurals(word: str) -> list[str]:
    """Plural spellings that do not just add s, x or es: agency -> agencies (English),
    national -> nationaux, travail -> travaux (French)."""
    out = []
    if len(word) > 3 and word.endswith("y") and word[-2] not in "aeiou":
        out.append(word[:-1] + "ies")
    if word.endswith("ail"):
        out.append(word[:-3] + "aux")
    elif word.endswith("al"):
        out.append(word[:-2] + "aux")
    return out


def _word(word: str, stem: bool = False) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    if stem:
        return re.escape(word) + r"\w*"
    if word[-1].isalpha() and len(word) > 3:
        regular = re.escape(word) + r"(?:s|x|es)?"  # plurals, EN and FR
        irregular = irregular_plurals(word)
        return f"(?:{regular}|{'|'.join(map(re.escape, irregular))})" if irregular else regular
    return re.escape(word)


def _phrase(text: str, stem: bool = False) -> str:
    words = text.split()
    return _SEP.join(_word(w, stem and i == len(words) - 1) for i, w in enumerate(words))


def _segment(segment: str) -> str:
    out = ""
    pending_sep = False
    for match in _TOKEN.finditer(segment):
        if match.group("word"):
            piece = _word(match.group("word"))
            optional = False
        else:
            mod = match.group("mod")
            alts = [a.strip() for a in match.group("alts").split("|") if a.strip()]
            piece = "(?:" + "|".join(_phrase(a, "*" in mod) for a in alts) + ")"
            optional = "?" in mod
        if optional:
            out += (_SEP if pending_sep else "") + f"(?:{piece}{_SEP})?"
            pending_sep = False
        else:
            out += (_SEP if pending_sep else "") + piece
            pending_sep = True
    return out


def cue_regex(cue: str) -> str:
    """Regular expression (over folded text) for one cue; see the module docstring."""
    cue = cue.strip()
    if cue.startswith("re:"):
        return cue[3:].strip()
    parts = [_segment(seg) for seg in fold(cue).split("...") if seg.strip()]
    if not parts:
        return r"(?!x)x"
    body = _GAP.join(parts) + r"\b"
    first = fold(cue).split()[0].rstrip("*")
    if re.fullmatch(r"[\w'-]+", first) and not first.startswith("("):
        # Start with the literal and check the word boundary behind it: Python's re then
        # finds candidates with its fast literal search instead of trying every position.
        literal = re.escape(first)
        if body.startswith(literal):
            return f"{literal}(?<!\\w{literal}){body[len(literal):]}"
    return r"\b" + body


_REGEX_ONLY = re.compile(r"[\[\]{}\\+^$]")


def cue_syntax_problem(cue: str) -> str | None:
    """What is wrong with a cue written in the cue syntax (not a 're:' cue), or None.

    Regular-expression syntax in a plain cue is matched literally and never finds anything,
    so it is reported rather than silently ignored."""
    if cue.strip().startswith("re:"):
        return None
    found = _REGEX_ONLY.search(cue)
    if found:
        return (f"'{found.group()}' is regular-expression syntax, matched literally here; "
                "write choices as (a|b), an ending as word*, or start the cue with 're:'")
    depth = 0
    for index, char in enumerate(cue):
        if char == "(":
            depth += 1
            if depth > 1:
                return "choices cannot be nested; spell out each choice: (a b|a c)"
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return "'|' separates choices only inside (...)"
        elif char == "?" and cue[index - 1:index] != ")":
            return "'?' only makes a choice optional, right after it: (word )?"
    if depth:
        return "a '(' is not closed"
    return None


_LEADING_GROUP = re.compile(r"^\((?P<alts>[^)]*)\)(?P<mod>\*?)(?P<rest>(?:\s.*)?)$")


def expand_leading_choice(cue: str) -> list[str]:
    """"(a|b) c" -> ["a c", "b c"]: each then starts with a literal, which re finds fast."""
    match = _LEADING_GROUP.match(cue.strip())
    if not match or cue.startswith("re:"):
        return [cue]
    star = match.group("mod")
    return [f"{alt.strip()}{star}{match.group('rest')}" for alt in match.group("alts").split("|")
            if alt.strip()]


# A word as a cue accepts it: ("period", "plural") matches period/periods; ("totali",
# "prefix") any word starting so; ("art", "exact") that word only.
WordForm = tuple[str, str]
# Any one of these word forms must be in the sentence.
Need = tuple[WordForm, ...]
_PIECES = re.compile(r"\w+")


def _word_forms(word: str, stem: bool = False) -> list[WordForm]:
    """The whole words a cue word stands for in the text, mirroring _word(): "l'article"
    needs "l" and "article"(s); "totali*" needs a word starting "totali"."""
    prefix = word.endswith("*") or stem
    core = word.rstrip("*")
    pieces = _PIECES.findall(core)
    if not pieces:
        return []
    forms = [(piece, "exact") for piece in pieces[:-1]]
    if not _PIECES.fullmatch(core[-1]):
        forms.append((pieces[-1], "exact"))
    elif prefix:
        forms.append((pieces[-1], "prefix"))
    elif core[-1].isalpha() and len(core) > 3:
        forms.append((pieces[-1], "plural"))
    else:
        forms.append((pieces[-1], "exact"))
    return forms


def cue_needs(cue: str) -> tuple[Need, ...] | None:
    """Words a sentence must hold for the cue to match it; None when that cannot be told
    (raw regular expressions)."""
    cue = cue.strip()
    if cue.startswith("re:"):
        return None
    needs: list[Need] = []
    for segment in fold(cue).split("..."):
        for match in _TOKEN.finditer(segment):
            if match.group("word"):
                needs += [(form,) for form in _word_forms(match.group("word"))]
                continue
            mod = match.group("mod")
            if "?" in mod:
                continue
            choice: list[WordForm] = []
            for alternative in match.group("alts").split("|"):
                words = alternative.split()
                if not words:
                    continue
                forms = _word_forms(words[0], "*" in mod and len(words) == 1)
                if not forms:
                    choice = []
                    break
                choice.append(forms[0])
            if choice:
                needs.append(tuple(choice))
    return tuple(needs)


@dataclass
class CuePattern:
    regex: re.Pattern[str]
    needs: tuple[Need, ...] | None
    # re finds a leading literal with a fast search; other patterns are tried at every place.
    literal_start: bool
    # One word ("benefit*", "periods"): it matches exactly the lines holding a word in the
    # form it needs, so those lines need no search.
    whole_word: bool = False


_ONE_WORD = re.compile(r"\w+\*?")


@dataclass
class Cue:
    text: str
    weight: float
    variants: list[CuePattern]
    # The same search under different cue texts (an exclude shared by many items) is done
    # once per draft: this names it.
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            self.key = "\x00".join(v.regex.pattern for v in self.variants)

    @property
    def patterns(self) -> list[re.Pattern[str]]:
        return [v.regex for v in self.variants]

    def search(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.patterns)


def compile_cues(cues: list[tuple[str, float]]) -> list[Cue]:
    out = []
    for text, weight in cues:
        try:
            # MULTILINE: ^ and $ mean the start and end of a heading or a sentence.
            variants = []
            for variant in expand_leading_choice(text):
                regex = cue_regex(variant)
                variants.append(CuePattern(
                    re.compile(regex, re.MULTILINE), cue_needs(variant),
                    not regex.startswith(("\\b", "(", "^", "[")),
                    not variant.strip().startswith("re:")
                    and _ONE_WORD.fullmatch(fold(variant).strip()) is not None))
        except re.error:
            continue  # the library validator reports bad regular expressions
        out.append(Cue(text, weight, variants))
    return out
