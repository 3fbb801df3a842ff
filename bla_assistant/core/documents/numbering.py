"""Word automatic numbering: compute the labels ("Article 3", "1.2", "(b)") Word displays.

python-docx does not render list numbers, and many drafts have "Article 7" only as numbering.
Counters follow ECMA-376 17.9: they are kept per abstract numbering definition, a `w:num` with a
`startOverride` restarts its level the first time it is used, and a level restarts its deeper
levels (or as `w:lvlRestart` says).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"


def wattr(el: etree._Element | None, name: str) -> str | None:
    if el is None:
        return None
    return el.get(_W + name)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # level (1-based) whose increment restarts this one; 0 = never
    is_legal: bool = False
    style: str = ""


@dataclass
class NumberingDefinitions:
    abstract_levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    num_abstract: dict[str, str] = field(default_factory=dict)
    num_overrides: dict[str, dict[int, Level | int]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> NumberingDefinitions:
        defs = cls()
        if root is None:
            return defs
        for abstract in root.iterchildren(_W + "abstractNum"):
            defs.abstract_levels[wattr(abstract, "abstractNumId") or ""] = {
                int(wattr(lvl, "ilvl") or 0): _level(lvl)
                for lvl in abstract.iterchildren(_W + "lvl")}
        for num in root.iterchildren(_W + "num"):
            num_id = wattr(num, "numId") or ""
            defs.num_abstract[num_id] = wattr(num.find(_W + "abstractNumId"), "val") or ""
            overrides: dict[int, Level | int] = {}
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = int(wattr(override, "ilvl") or 0)
                lvl = override.find(_W + "lvl")
                start = override.find(_W + "startOverride")
                if lvl is not None:
                    overrides[ilvl] = _level(lvl)
                elif start is not None:
                    overrides[ilvl] = int(wattr(start, "val") or 1)
            defs.num_overrides[num_id] = overrides
        return defs


def _level(lvl: etree._Element) -> Level:
    level = Level()
    start = lvl.find(_W + "start")
    if start is not None:
        level.start = _int(wattr(start, "val"), 1)
    fmt = lvl.find(_W + "numFmt")
    if fmt is not None:
        level.fmt = wattr(fmt, "val") or "decimal"
    text = lvl.find(_W + "lvlText")
    if text is not None:
        level.text = wattr(text, "val") or ""
    restart = lvl.find(_W + "lvlRestart")
    if restart is not None:
        level.restart = _int(wattr(restart, "val"), None)
    level.is_legal = lvl.find(_W + "isLgl") is not None
    style = lvl.find(_W + "pStyle")
    if style is not None:
        level.style = wattr(style, "val") or ""
    return level


def _int(value: str | None, default):
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class NumberingCounter:
    """Feed it each numbered paragraph in document order; it returns the label Word shows."""

    def __init__(self, definitions: NumberingDefinitions) -> None:
        self.defs = definitions
        self._counts: dict[str, dict[int, int]] = {}
        self._started_nums: set[str] = set()

    def levels(self, num_id: str) -> dict[int, Level]:
        abstract = self.defs.num_abstract.get(num_id)
        levels = dict(self.defs.abstract_levels.get(abstract or "", {}))
        for ilvl, override in self.defs.num_overrides.get(num_id, {}).items():
            if isinstance(override, Level):
                levels[ilvl] = override
        return levels

    def next_label(self, num_id: str, ilvl: int) -> str:
        if num_id in ("", "0") or num_id not in self.defs.num_abstract:
            return ""
        abstract = self.defs.num_abstract[num_id]
        levels = self.levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return ""
        counts = self._counts.setdefault(abstract, {})
        if num_id not in self._started_nums:
            self._started_nums.add(num_id)
            for o_lvl, override in self.defs.num_overrides.get(num_id, {}).items():
                start = override if isinstance(override, int) else override.start
                counts[o_lvl] = start - 1
                for deeper in [k for k in counts if k > o_lvl]:
                    del counts[deeper]
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            deeper_level = levels.get(deeper)
            restart = deeper_level.restart if deeper_level else None
            if restart == 0 or (restart is not None and restart - 1 < ilvl):
                continue
            del counts[deeper]
        if level.fmt in ("bullet", "none"):
            return ""
        label = level.text
        for ref in range(9):
            token = f"%{ref + 1}"
            if token not in label:
                continue
            ref_level = levels.get(ref, Level())
            value = counts.get(ref, ref_level.start)
            fmt = "decimal" if level.is_legal and ref != ilvl else ref_level.fmt
            label = label.replace(token, format_number(value, fmt))
        return label.strip()


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(value: int) -> str:
    out = []
    for amount, letters in ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def to_letters(value: int) -> str:
    # Word repeats the letter: a..z, aa..zz
    if value <= 0:
        return str(value)
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


_ORDINAL_WORDS = ["zero", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth", "tenth"]
_CARDINAL_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                   "nine", "ten"]


def format_number(value: int, fmt: str) -> str:
    if fmt in ("upperRoman",):
        return to_roman(value)
    if fmt == "lowerRoman":
        return to_roman(value).lower()
    if fmt == "upperLetter":
        return to_letters(value).upper()
    if fmt == "lowerLetter":
        return to_letters(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10,
                                                                                      "th")
        return f"{value}{suffix}"
    if fmt == "ordinalText" and value < len(_ORDINAL_WORDS):
        return _ORDINAL_WORDS[value].capitalize()
    if fmt == "cardinalText" and value < len(_CARDINAL_WORDS):
        return _CARDINAL_WORDS[value].capitalize()
    return str(value)
