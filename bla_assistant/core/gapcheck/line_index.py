"""Lines of folded text (a draft's sentences or headings) with the words each line holds.

A cue needs certain words ("periods" and "insurance" for "periods of insurance"): it is tried
only on the lines that hold them, instead of being run over the whole draft. On a long draft
most cues need a word the draft never uses, and the search costs one dictionary lookup.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from itertools import accumulate

from bla_assistant.core.gapcheck.cue_patterns import Need, WordForm, plural_spellings

_WORD = re.compile(r"\w+")
# ASCII bytes that are not word characters (\w) become spaces; newlines stay.
_ASCII_SPACES = bytes(
    c if c == 10 or (c < 128 and (chr(c).isalnum() or chr(c) == "_")) else 32
    for c in range(256))
# Above this share of the lines as candidates one scan of the whole text is cheaper than a
# search per line (for patterns that start with a literal word, which re finds with a fast
# search): a search costs about as much as scanning a line's worth of text again.
WHOLE_TEXT_SCAN_SHARE = 0.5
# Line numbers; the sets handed out are the index's own: read them, never change them.
Lines = set[int] | frozenset[int]
_NO_LINES: Lines = frozenset()


class LineIndex:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.text = "\n".join(lines)
        self.starts = [0, *accumulate(len(line) + 1 for line in lines)][:len(lines)]
        postings: defaultdict[str, set[int]] = defaultdict(set)
        for number, words in enumerate(self._words_per_line()):
            for word in words:
                postings[word].add(number)
        self.postings: dict[str, set[int]] = dict(postings)
        self.vocabulary = sorted(postings)
        self._forms: dict[WordForm, Lines] = {}
        self._needs: dict[Need, Lines] = {}

    def _words_per_line(self) -> list[list[str]]:
        if not self.lines:
            return []
        if self.text.isascii():
            # Folded drafts are nearly always ASCII: a byte table then splits words in C,
            # several times faster than a regular expression.
            spaced = self.text.encode("ascii").translate(_ASCII_SPACES).decode("ascii")
            return [line.split() for line in spaced.split("\n")]
        return [_WORD.findall(line) for line in self.lines]

    def line_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def lines_with(self, form: WordForm) -> Lines:
        """Lines holding the word in the form a cue accepts it (exact, plural, any ending)."""
        found = self._forms.get(form)
        if found is None:
            word, kind = form
            if kind == "prefix":
                first = bisect.bisect_left(self.vocabulary, word)
                words = []
                for candidate in self.vocabulary[first:]:
                    if not candidate.startswith(word):
                        break
                    words.append(candidate)
            elif kind == "plural":
                words = plural_spellings(word)
            else:
                words = [word]
            having = [lines for w in words if (lines := self.postings.get(w))]
            # One spelling found (the usual case): its own line set, shared, not copied.
            found = (having[0] if len(having) == 1
                     else having[0].union(*having[1:]) if having else _NO_LINES)
            self._forms[form] = found
        return found

    def lines_with_any(self, need: Need) -> Lines:
        """Lines holding at least one of the word forms."""
        if len(need) == 1:
            return self.lines_with(need[0])
        found = self._needs.get(need)
        if found is None:
            found = self._needs[need] = set().union(*(self.lines_with(f) for f in need))
        return found

    def candidates(self, needs: tuple[Need, ...] | None) -> Lines | None:
        """Lines holding every needed word (None: the cue says nothing about its words)."""
        if not needs:
            return None
        having = []
        for need in needs:
            lines = self.lines_with_any(need)
            if not lines:
                return lines  # most cues need some word the draft never uses
            having.append(lines)
        if len(having) == 1:
            return having[0]
        having.sort(key=len)
        return having[0].intersection(*having[1:])

    def lines_matching(self, pattern: re.Pattern[str], needs: tuple[Need, ...] | None,
                       literal_start: bool, whole_word: bool = False) -> set[int]:
        candidates = self.candidates(needs)
        if candidates is not None and (whole_word or not candidates):
            return set(candidates)
        if candidates is None or (literal_start and len(candidates)
                                  > WHOLE_TEXT_SCAN_SHARE * len(self.lines)):
            found = {self.line_at(m.start()) for m in pattern.finditer(self.text)}
            return found if candidates is None else found & candidates
        text, starts, lines = self.text, self.starts, self.lines
        search = pattern.search
        return {n for n in candidates if search(text, starts[n], starts[n] + len(lines[n]))}
