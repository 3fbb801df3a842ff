"""Split text into diff tokens that keep numbers, dates and amounts whole.

A negotiator reads "36 months -> 24 months" as one change; a character or digit diff would show
"3" and "6" struck out separately. So amounts ("USD 1,500.00"), dates ("1 January 2024",
"2024-01-31", "1er janvier 2024") and numbers ("1 000", "12.5%") are single tokens, words keep
their inner apostrophes and hyphens, and every other non-space character is its own token.

Whitespace never forms a token of its own: it rides on the token before it (`Token.space`), so
a changed line break or a double space can't make the diff align words on blanks. Joining
`text + space` over all tokens gives back the input exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre"
)
_CURRENCY = r"(?:USD|EUR|GBP|CAD|AUD|CHF|XOF|XAF|ZAR|KES|NGN|GHS|MAD|EGP|UGX|TZS|ETB|US\$|[$€£¥])"
# Digit groups: "1,000", "1.000", "1 000" (non-breaking or thin space), then decimals.
_NUMBER = r"\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# Inside an amount a plain space may also group digits ("XOF 1 500 000").
_AMOUNT_NUMBER = r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"

_TOKEN_RE = re.compile(
    rf"""
    (?:(?P<amount>{_CURRENCY}[ \u00a0]?(?:{_AMOUNT_NUMBER})
        |(?:{_AMOUNT_NUMBER})[ \u00a0]?(?:{_CURRENCY}|dollars|euros?|francs?\s+CFA|CFA\s+francs?))
    |(?P<date>\d{{4}}-\d{{2}}-\d{{2}}
        |\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}
        |\d{{1,2}}(?:er|st|nd|rd|th)?[ \u00a0](?:{_MONTHS})\.?[ \u00a0]\d{{4}}
        |(?:{_MONTHS})\.?[ \u00a0]\d{{1,2}},?[ \u00a0]\d{{4}})
    |(?P<number>(?:{_NUMBER})(?:[ \u00a0]?%|(?:st|nd|rd|th|er|e)\b)?)
    |(?P<word>\w+(?:['’\-]\w+)*)
    |(?P<punct>\S)
    )(?P<space>\s*)""",
    re.VERBOSE | re.IGNORECASE,
)
# Without a digit there can be no number, date or amount: a much cheaper pattern will do.
_PLAIN_RE = re.compile(r"(?:(?P<word>\w+(?:['’\-]\w+)*)|(?P<punct>\S))(?P<space>\s*)")
_DIGIT_RE = re.compile(r"\d")
_SPACE_RE = re.compile(r"\s*")
_KINDS = ("word", "punct", "number", "date", "amount")  # most frequent first
# Sentence ends: . ! ? ; : followed by space, or a line break. Abbreviations ("Art. 5") split
# too; a spare split only makes the sentence fallback a little finer, never wrong.
_SENTENCE_END = frozenset(".!?;")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    space: str = ""
    kind: str = "word"  # amount | date | number | word | punct | space

    @property
    def full(self) -> str:
        return self.text + self.space

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "number", "date", "amount")


def tokenize(text: str) -> list[Token]:
    """Tokens of `text`; `"".join(t.full for t in tokenize(text)) == text` always holds."""
    tokens: list[Token] = []
    leading = _SPACE_RE.match(text)
    pos = leading.end() if leading else 0
    if pos:
        # Leading blanks have no token to ride on: keep them as an empty-text token.
        tokens.append(Token("", text[:pos], "space"))
    # Every non-blank character starts a token (the punct branch takes any), so the matches
    # tile the text with no gaps.
    pattern = _TOKEN_RE if _DIGIT_RE.search(text, pos) else _PLAIN_RE
    for match in pattern.finditer(text, pos):
        start_space = match.start("space")
        kind = "word" if match.start("word") >= 0 else next(
            k for k in _KINDS if k in match.re.groupindex and match.start(k) >= 0)
        tokens.append(Token(text[match.start():start_space], text[start_space:match.end()], kind))
    return tokens


def detokenize(tokens: list[Token] | tuple[Token, ...]) -> str:
    return "".join(t.text + t.space for t in tokens)


def sentence_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Half-open token ranges, one per sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i, token in enumerate(tokens):
        ends = (token.kind == "punct" and token.text in _SENTENCE_END and token.space) or (
            "\n" in token.space
        )
        if ends:
            spans.append((start, i + 1))
            start = i + 1
    if start < len(tokens):
        spans.append((start, len(tokens)))
    return spans
