"""A negotiation project: the agreement being drafted, its parties and its ordered articles.

Texts a user writes may differ by language (a bilingual treaty names the parties in both), so
they are `Localised`: a mapping language -> text. The key "" holds a text that is the same in
every language (a person's name, or a text written once).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bla_assistant.core.project.evented_list import EventedList

SCHEMA_VERSION = 1
AGREEMENT_TYPES = ("BLA", "SSA", "MoU")
STATUSES = ("proposed", "agreed", "contested", "parked", "withdrawn")
ROLES = ("origin", "destination", "")
PARTY_KEYS = ("A", "B")

Localised = dict[str, str]


def text_in(text: Localised | None, lang: str) -> str:
    """The text in `lang`; else the language-neutral text; else English; else any."""
    if not text:
        return ""
    for key in (lang, "", "en"):
        if text.get(key):
            return text[key]
    return next((t for t in text.values() if t), "")


def text_for(text: Localised | None, lang: str) -> str:
    """The text in `lang` or the language-neutral one; never another language's (an override
    negotiated in French must not replace the English model text)."""
    if not text:
        return ""
    return text.get(lang) or text.get("", "")


def new_uid() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Signatory:
    name: str = ""
    title: Localised = field(default_factory=dict)


@dataclass
class Party:
    name: Localised = field(default_factory=dict)  # "the Republic of Kenya"
    short_name: Localised = field(default_factory=dict)  # "Kenya"
    competent_authority: Localised = field(default_factory=dict)
    signatory: Signatory = field(default_factory=Signatory)
    role: str = ""  # origin | destination (BLA, MoU); empty for SSA
    # SSA annex: the body that handles files between the two schemes.
    liaison_agency: Localised = field(default_factory=dict)


@dataclass
class Comment:
    text: str
    author: str = ""
    round: int = 0


@dataclass
class Article:
    uid: str = field(default_factory=new_uid)
    clause_id: str | None = None
    variant: str | None = None
    # Text the user wrote when no clause fits (clause_id is None).
    free_text: Localised = field(default_factory=dict)
    heading: Localised = field(default_factory=dict)  # overrides the clause heading
    parameters: dict[str, Any] = field(default_factory=dict)
    # Negotiated wording that replaces the model text in the output; the model text is kept.
    override: Localised = field(default_factory=dict)
    status: str = "proposed"
    positions: dict[str, str] = field(default_factory=dict)  # "A"/"B" -> position
    comments: list[Comment] = field(default_factory=list)
    # Internal to our delegation: red lines, fallback, open questions (shown in the brief).
    notes: str = ""
    last_changed_round: int = 1

    @property
    def is_free(self) -> bool:
        return self.clause_id is None

    def copy(self) -> Article:
        return copy.deepcopy(self)


@dataclass
class Round:
    number: int
    date: str = ""
    place: str = ""
    note: str = ""


@dataclass
class Project:
    title: Localised = field(default_factory=dict)
    agreement_type: str = "BLA"
    party_a: Party = field(default_factory=Party)
    party_b: Party = field(default_factory=Party)
    place: Localised = field(default_factory=dict)
    date: str = ""  # ISO date of signature, or empty while negotiating
    languages: list[str] = field(default_factory=lambda: ["en"])
    sector: str = "all"
    preamble: Localised = field(default_factory=dict)  # overrides the generated preamble
    articles: EventedList[Article] = field(default_factory=EventedList)
    rounds: list[Round] = field(default_factory=lambda: [Round(1)])
    current_round: int = 1
    notes: str = ""
    # The ministry's own Word template for exports (path, absolute or relative to the project
    # file); empty means the app's template.
    word_template: str = ""
    # Which party our delegation is ("A" or "B"): the brief shows our position first.
    our_party: str = "A"
    # Values shared by every article (wage, currency...); an article's own values win.
    parameters: dict[str, Any] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION

    def template_path(self, project_file: Path | None = None) -> Path | None:
        """The ministry template to export with, resolved against the project's folder."""
        if not self.word_template:
            return None
        path = Path(self.word_template).expanduser()
        if not path.is_absolute() and project_file is not None:
            path = Path(project_file).parent / path
        return path

    def party(self, key: str) -> Party:
        if key == "A":
            return self.party_a
        if key == "B":
            return self.party_b
        raise KeyError(f"party must be 'A' or 'B', not '{key}'")

    def article(self, uid: str) -> Article:
        for article in self.articles:
            if article.uid == uid:
                return article
        raise KeyError(f"no article with uid '{uid}' in the project")

    def index_of(self, uid: str) -> int:
        for i, article in enumerate(self.articles):
            if article.uid == uid:
                return i
        raise KeyError(f"no article with uid '{uid}' in the project")

    def role_party(self, role: str) -> Party | None:
        return next((p for p in (self.party_a, self.party_b) if p.role == role), None)

    @property
    def live_articles(self) -> list[Article]:
        """Articles that appear in the draft: everything but withdrawn ones."""
        return [a for a in self.articles if a.status != "withdrawn"]
