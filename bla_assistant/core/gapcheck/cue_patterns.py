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

import re
from dataclasses import dataclass

from bla_assistant.core.gapcheck.normalise import fold

# Words inside one sentence: separators never cross the newline that ends a sentence.
_SEP = r"[^\w\n]+"
_GAP = r"(?:[^\w\n]+\w+){0,8}?[^\w\n]+"


_TOKEN = re.compile(r"\((?P<alts>[^)]*)\)(?P<mod>[*?]*)|(?P<word>\S+)")


def _word(word: str, stem: bool = False) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    if stem:
        return re.escape(word) + r"\w*"
    if word[-1].isalpha() and len(word) > 3:
        return re.escape(word) + r"(?:s|x|es)?"  # plurals, EN and FR
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


_LEADING_GROUP = re.compile(r"^\((?P<alts>[^)]*)\)(?P<mod>\*?)(?P<rest>(?:\s.*)?)$")


def expand_leading_choice(cue: str) -> list[str]:
    """"(a|b) c" -> ["a c", "b c"]: each then starts with a literal, which re finds fast."""
    match = _LEADING_GROUP.match(cue.strip())
    if not match or cue.startswith("re:"):
        return [cue]
    star = match.group("mod")
    return [f"{alt.strip()}{star}{match.group('rest')}" for alt in match.group("alts").split("|")
            if alt.strip()]


@dataclass
class Cue:
    text: str
    weight: float
    patterns: list[re.Pattern[str]]

    def finditer(self, text: str):
        for pattern in self.patterns:
            yield from pattern.finditer(text)

    def search(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.patterns)


def compile_cues(cues: list[tuple[str, float]]) -> list[Cue]:
    out = []
    for text, weight in cues:
        try:
            patterns = [re.compile(cue_regex(v)) for v in expand_leading_choice(text)]
        except re.error:
            continue  # the library validator reports bad regular expressions
        out.append(Cue(text, weight, patterns))
    return out
