"""The clause library's domain objects: clauses, variants, parameters, checklists, elements."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bla_assistant.core.library.problems import Problem

Localised = dict[str, str]

# Values every clause may use without declaring them; the project supplies them.
CONTEXT_VARIABLES: dict[str, str] = {
    "party_a": "the Republic of Alphaland",
    "party_b": "the Republic of Betaland",
    "party_a_short": "Alphaland",
    "party_b_short": "Betaland",
    "authority_a": "the Ministry of Labour of Alphaland",
    "authority_b": "the Ministry of Labour of Betaland",
    "origin_country": "Alphaland",
    "destination_country": "Betaland",
    "origin_authority": "the Ministry of Labour of Alphaland",
    "destination_authority": "the Ministry of Labour of Betaland",
    "sector": "all sectors",
    "agreement_title": "Agreement",
}
CONTEXT_VARIABLES_FR: dict[str, str] = {
    "party_a": "la République d'Alphalande",
    "party_b": "la République de Bêtalande",
    "party_a_short": "l'Alphalande",
    "party_b_short": "la Bêtalande",
    "authority_a": "le Ministère du Travail de l'Alphalande",
    "authority_b": "le Ministère du Travail de la Bêtalande",
    "origin_country": "l'Alphalande",
    "destination_country": "la Bêtalande",
    "origin_authority": "le Ministère du Travail de l'Alphalande",
    "destination_authority": "le Ministère du Travail de la Bêtalande",
    "sector": "tous les secteurs",
    "agreement_title": "Accord",
}


def pick(text: Localised | None, lang: str, fallback: str = "en") -> str:
    """The text in `lang`, else in the fallback language, else empty."""
    if not text:
        return ""
    return text.get(lang) or text.get(fallback) or next(iter(text.values()), "")


@dataclass(frozen=True)
class Source:
    instrument: str
    year: int
    article: str = ""
    section: str = ""
    verified: bool = True
    note: str = ""

    def citation(self) -> str:
        where = self.article or self.section
        mark = "" if self.verified else " [unverified]"
        return f"{self.instrument} ({self.year}), {where}{mark}"


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    label: Localised
    default: Any = None
    choices: tuple[Any, ...] = ()
    help: Localised = field(default_factory=dict)
    min: float | None = None
    max: float | None = None
    key: bool = False
    unusual_above: float | None = None
    unusual_below: float | None = None
    unit: str = ""


@dataclass(frozen=True)
class Variant:
    key: str
    kind: str  # protective | baseline | fallback
    label: Localised
    text: Localised
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class NegotiatorNote:
    why_it_matters: Localised
    pushback: Localised
    fallback: Localised
    pitfalls: Localised
    sources_silent: Localised = field(default_factory=dict)


@dataclass(frozen=True)
class SectorAdvice:
    variant: str
    parameters: dict[str, Any] = field(default_factory=dict)
    advice: Localised = field(default_factory=dict)


@dataclass(frozen=True)
class Clause:
    id: str
    title: Localised
    element_ids: tuple[str, ...]
    agreement_types: tuple[str, ...]
    variants: tuple[Variant, ...]
    note: NegotiatorNote
    sources: tuple[Source, ...]
    summary: Localised = field(default_factory=dict)
    heading: Localised = field(default_factory=dict)
    sectors: tuple[str, ...] = ("all",)
    lenses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    related: tuple[str, ...] = ()
    sector_advice: dict[str, SectorAdvice] = field(default_factory=dict)
    path: Path | None = None

    def variant(self, key: str) -> Variant:
        for variant in self.variants:
            if variant.key == key:
                return variant
        raise KeyError(f"clause {self.id} has no variant '{key}'")

    def variant_of_kind(self, kind: str) -> Variant | None:
        return next((v for v in self.variants if v.kind == kind), None)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    @property
    def languages(self) -> tuple[str, ...]:
        langs = set(self.title)
        for variant in self.variants:
            langs &= set(variant.text)
        return tuple(sorted(langs))

    def default_parameters(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.parameters if p.default is not None}


@dataclass(frozen=True)
class ClauseRef:
    clause: str
    variant: str | None = None


@dataclass(frozen=True)
class Cues:
    headings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    excludes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Phrases that on their own show the element (count double in the gap check).
    strong: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A heading matching one of these is not this element's heading ("Personal Scope").
    heading_excludes: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ChecklistItem:
    element_id: str
    question: Localised
    severity: dict[str, str]
    clauses: tuple[ClauseRef, ...] = ()
    cues: Cues = field(default_factory=Cues)
    why: Localised = field(default_factory=dict)
    source: Source | None = None

    def severity_for(self, agreement_type: str) -> str | None:
        if agreement_type in self.severity:
            return self.severity[agreement_type]
        if agreement_type == "MoU":
            return self.severity.get("BLA")
        return None


@dataclass(frozen=True)
class Checklist:
    id: str
    title: Localised
    sources: tuple[Source, ...]
    applies_to: tuple[str, ...]
    items: tuple[ChecklistItem, ...]
    description: Localised = field(default_factory=dict)
    lens: str | None = None
    path: Path | None = None

    def items_for(self, agreement_type: str) -> tuple[ChecklistItem, ...]:
        """The items that apply to this type of agreement: a lens asks a labour agreement
        about wages and a social security agreement about totalisation, never the reverse.
        A checklist chosen for the other type keeps all its items (the user asked for it)."""
        items = tuple(i for i in self.items if i.severity_for(agreement_type))
        return items or self.items


@dataclass(frozen=True)
class Element:
    id: str
    applies_to: tuple[str, ...]
    means: str
    group: str
    lenses: tuple[str, ...] = ()
    means_fr: str = ""
    # A preamble can provide it (the parties, the motives); a preamble's recitals never
    # provide an operative rule such as totalisation or fair recruitment.
    in_preamble: bool = False


@dataclass
class Library:
    """What loaded, and what did not: a broken file never stops the app."""

    clauses: dict[str, Clause] = field(default_factory=dict)
    checklists: dict[str, Checklist] = field(default_factory=dict)
    elements: dict[str, Element] = field(default_factory=dict)
    groups: dict[str, Localised] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def clauses_for_element(self, element_id: str) -> list[Clause]:
        return [c for c in self.clauses.values() if element_id in c.element_ids]

    def clauses_for_type(self, agreement_type: str) -> list[Clause]:
        return [c for c in self.clauses.values() if agreement_type in c.agreement_types]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]
