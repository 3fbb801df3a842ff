"""Fold text for matching: lower case, no accents, one kind of apostrophe and dash."""

from __future__ import annotations

import functools
import re
import unicodedata

_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"',
                            "“": '"', "”": '"', "–": "-", "—": "-", "‑": "-", "œ": "oe",
                            "æ": "ae", "\u00a0": " ", "\u202f": " "})
_SPACES = re.compile(r"\s+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@functools.lru_cache(maxsize=4096)
def _fold_run(run: str) -> str:
    run = run.translate(_TRANSLATE)
    if run.isascii():
        return run
    return "".join(c for c in unicodedata.normalize("NFD", run) if not unicodedata.combining(c))


def _fold_match(match: re.Match[str]) -> str:
    return _fold_run(match.group())


def _fold_letters(text: str) -> str:
    text = text.lower().replace("`", "'")
    if not text.isascii():
        # Only the non-ASCII runs (an accented letter, a curly quote, an Arabic word) are
        # mapped and decomposed, each distinct run once per process: doing it character by
        # character over a whole draft was the slowest step of the gap check.
        text = _NON_ASCII.sub(_fold_match, text)
    return text


def fold(text: str) -> str:
    """Lower case without accents; same length guarantees are NOT kept (œ -> oe)."""
    return _SPACES.sub(" ", _fold_letters(text))


def fold_lines(lines: list[str]) -> list[str]:
    """fold() of each line, whitespace runs collapsed and ends trimmed. Line by line, not
    over the joined text: lower() is fastest on ASCII lines, and only the lines holding
    non-ASCII characters then need their runs mapped."""
    return [" ".join(_fold_letters(line).split()) for line in lines]


# A sentence ends at . ; or : followed by a space and a capital, a digit or a bracketed label,
# or at the end of a paragraph. Abbreviations common in treaties are protected.
_ABBREVIATIONS = re.compile(r"\b(art|arts|no|nos|para|paras|subpara|e\.g|i\.e|etc|cf|mr|mrs|"
                            r"st|al|vol|p|pp|ch|sect|sec)\.$", re.I)
# The end mark is matched (and given back to its sentence) rather than looked behind for: re
# then skips quickly to the next . ; ! or ? instead of trying every position.
_BOUNDARY = re.compile(r"([.;!?])\s+(?=[\"'(«“]?[A-ZÀ-Ý0-9(])")
# The longest abbreviation ("subpara."), and a newline $ may match before.
_ABBREVIATION_TAIL = 9


def split_sentences(paragraph: str) -> list[str]:
    parts = _BOUNDARY.split(paragraph)  # text, end mark, text, end mark, ..., text
    pieces = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)] + [parts[-1]]
    out: list[str] = []
    for piece in pieces:
        # The abbreviation must end the piece: search only its tail (\b and the lookbehind
        # still see the character before `pos`), not every position of a long sentence.
        if out and _ABBREVIATIONS.search(out[-1], max(len(out[-1]) - _ABBREVIATION_TAIL, 0)):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [p.strip() for p in out if p.strip()]
