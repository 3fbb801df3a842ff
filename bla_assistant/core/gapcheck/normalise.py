"""Fold text for matching: lower case, no accents, one kind of apostrophe and dash."""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"',
                            "“": '"', "”": '"', "–": "-", "—": "-", "‑": "-", "œ": "oe",
                            "æ": "ae", "\u00a0": " ", "\u202f": " "})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case without accents; same length guarantees are NOT kept (œ -> oe)."""
    text = text.lower().translate(_TRANSLATE)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text)
                       if not unicodedata.combining(c))
    return _SPACES.sub(" ", text)


# A sentence ends at . ; or : followed by a space and a capital, a digit or a bracketed label,
# or at the end of a paragraph. Abbreviations common in treaties are protected.
_ABBREVIATIONS = re.compile(r"\b(art|arts|no|nos|para|paras|subpara|e\.g|i\.e|etc|cf|mr|mrs|"
                            r"st|al|vol|p|pp|ch|sect|sec)\.$", re.I)
_BOUNDARY = re.compile(r"(?<=[.;!?])\s+(?=[\"'(«“]?[A-ZÀ-Ý0-9(])")


def split_sentences(paragraph: str) -> list[str]:
    pieces = _BOUNDARY.split(paragraph)
    out: list[str] = []
    for piece in pieces:
        if out and _ABBREVIATIONS.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [p.strip() for p in out if p.strip()]
