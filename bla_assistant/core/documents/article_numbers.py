"""Article numbers as drafts write them ("XII", "premier", "1er", "5bis") -> "12", "1", "5bis"."""

from __future__ import annotations

import re
import unicodedata

_ROMAN_RE = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

WORD_NUMBERS = {
    "premier": 1, "premiere": 1, "first": 1, "one": 1, "un": 1, "unique": 1, "sole": 1,
    "second": 2, "two": 2, "deux": 2, "deuxieme": 2, "third": 3, "three": 3, "trois": 3,
    "troisieme": 3, "fourth": 4, "four": 4, "quatre": 4, "fifth": 5, "five": 5, "cinq": 5,
    "sixth": 6, "six": 6, "seventh": 7, "seven": 7, "sept": 7, "eighth": 8, "eight": 8,
    "huit": 8, "ninth": 9, "nine": 9, "neuf": 9, "tenth": 10, "ten": 10, "dix": 10,
}


def roman_to_int(token: str) -> int:
    total = 0
    values = [_ROMAN_VALUES[c] for c in token.upper()]
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    return total


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def normalise_number(token: str) -> str | None:
    """Arabic string for an article number token, or None when it is not a number."""
    token = token.strip().rstrip(".:)")
    if not token:
        return None
    # Arabic-Indic and other Unicode digits count as digits.
    if all(c.isdigit() for c in token):
        return str(int("".join(str(unicodedata.digit(c)) for c in token)))
    match = re.match(r"^(\d+)\s*(er|re|ère|st|nd|rd|th|e|ème)$", token, re.I)
    if match:
        return str(int(match.group(1)))
    match = re.match(r"^(\d+)\s*-?\s*(bis|ter|quater|[A-Za-z])$", token)
    if match:
        return f"{int(match.group(1))}{match.group(2).lower()}"
    if _ROMAN_RE.match(token.upper()) and (token.isupper() or token.islower()):
        return str(roman_to_int(token))
    word = strip_accents(token).lower()
    if word in WORD_NUMBERS:
        return str(WORD_NUMBERS[word])
    return None
