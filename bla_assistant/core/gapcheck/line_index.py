"""Lines of folded text (a draft's sentences or headings) with the words each line holds.

A cue needs certain words ("periods" and "insurance" for "periods of insurance"): it is tried
only on the lines that hold them, instead of being run over the whole draft. On a long draft
most cues need a word the draft never uses, and the search costs one dictionary lookup.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from bla_assistant.core.gapcheck.cue_patterns import Need, WordForm

_WORD = re.compile(r"\w+")
# Above this many candidate lines one scan of the whole text is cheaper than a search per
# line (for patterns that start with a literal word, which re finds with a fast search).
WHOLE_TEXT_SCAN_AT = 64


class LineIndex:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.text = "\n".join(lines)
        self.starts = [0, *accumulate(len(line) + 1 for line in lines)][:len(lines)]
        postings: dict[str, set[int]] = {}
        for number, line in enumerate(lines):
            for word in set(_WORD.findall(line)):
                found = postings.get(word)
                if found is None:
                    postings[word] = {number}
                else:
                    found.add(number)
        self.postings = postings
        self.vocabulary = sorted(postings)
        self._forms: dict[WordForm, set[int]] = {}

    def line_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def lines_with(self, form: WordForm) -> set[int]:
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
                words = [word, word + "s", word + "x", word + "es"]
            else:
                words = [word]
            found = set().union(*(self.postings.get(w, ()) for w in words))
            self._forms[form] = found
        return found

    def candidates(self, needs: tuple[Need, ...] | None) -> set[int] | None:
        """Lines holding every needed word (None: the cue says nothing about its words)."""
        if needs is None:
            return None
        lines: set[int] | None = None
        for need in needs:
            having = (self.lines_with(need[0]) if len(need) == 1
                      else set().union(*(self.lines_with(form) for form in need)))
            lines = set(having) if lines is None else lines & having
            if not lines:
                return set()
        return lines if lines is not None else None

    def lines_matching(self, pattern: re.Pattern[str], needs: tuple[Need, ...] | None,
                       literal_start: bool) -> set[int]:
        candidates = self.candidates(needs)
        if candidates is not None and not candidates:
            return set()
        if candidates is None or (literal_start and len(candidates) > WHOLE_TEXT_SCAN_AT):
            found = {self.line_at(m.start()) for m in pattern.finditer(self.text)}
            return found if candidates is None else found & candidates
        text, starts, lines = self.text, self.starts, self.lines
        search = pattern.search
        return {n for n in candidates if search(text, starts[n], starts[n] + len(lines[n]))}
