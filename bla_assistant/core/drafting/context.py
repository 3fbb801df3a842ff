"""The values every clause may use (CONTEXT_VARIABLES), taken from the project's parties."""

from __future__ import annotations

import re

from bla_assistant.core.library.clause_template import context_defaults
from bla_assistant.core.project.model import Party, Project, text_in

SECTOR_LABELS: dict[str, dict[str, str]] = {
    "all": {"en": "all sectors", "fr": "tous les secteurs"},
    "domestic_work": {"en": "domestic work", "fr": "le travail domestique"},
    "health_care": {"en": "health care", "fr": "les soins de santé"},
    "seasonal_agriculture": {"en": "seasonal agriculture", "fr": "l'agriculture saisonnière"},
    "construction": {"en": "construction", "fr": "la construction"},
}


def bare_name(name: str) -> str:
    """"le Burkina Faso" -> "Burkina Faso", "the United Kingdom" -> "United Kingdom"."""
    return re.sub(r"^(the |le |la |les |l['’])", "", name)


def sector_label(sector: str, lang: str) -> str:
    labels = SECTOR_LABELS.get(sector)
    if labels is None:
        return sector.replace("_", " ")
    return labels.get(lang) or labels["en"]


def project_context(project: Project, lang: str) -> dict[str, str]:
    """CONTEXT_VARIABLES filled from the project; blanks fall back to the neutral defaults."""
    defaults = context_defaults(lang)
    a, b = project.party_a, project.party_b
    # For SSAs (no roles) Party A stands in for the origin side, as the defaults do.
    origin: Party = project.role_party("origin") or a
    destination: Party = project.role_party("destination") or (b if origin is a else a)

    def value(key: str, text: dict[str, str]) -> str:
        return text_in(text, lang) or defaults[key]

    return {
        "party_a": value("party_a", a.name),
        "party_b": value("party_b", b.name),
        "party_a_short": value("party_a_short", a.short_name),
        "party_b_short": value("party_b_short", b.short_name),
        "authority_a": value("authority_a", a.competent_authority),
        "authority_b": value("authority_b", b.competent_authority),
        "origin_country": value("origin_country", origin.short_name),
        "destination_country": value("destination_country", destination.short_name),
        "origin_authority": value("origin_authority", origin.competent_authority),
        "destination_authority": value("destination_authority",
                                        destination.competent_authority),
        "sector": sector_label(project.sector, lang),
        "agreement_title": value("agreement_title", project.title),
    }
