"""Annexes built from the project: BLA model employment contract, SSA authorities and agencies.

The contract's terms come from the project's parameters (shared values first, then the values
set on the articles), so the annex always matches what the articles promise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bla_assistant.core.drafting.context import bare_name, project_context, sector_label
from bla_assistant.core.drafting.render import Span
from bla_assistant.core.project.model import Project, text_in

Cell = tuple[Span, ...]
BLANK = "______________________"


@dataclass
class Annex:
    title: str
    intro: list[str] = field(default_factory=list)
    header: tuple[str, ...] = ()
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # parameters with no value


def project_values(project: Project) -> dict[str, Any]:
    """Every parameter value in the project: article values, then the project's own (which win)."""
    values: dict[str, Any] = {}
    for article in project.live_articles:
        values.update(article.parameters)
    values.update(project.parameters)
    return values


# Each term: label, text with {names}, names tried for each value (first found wins).
_CONTRACT_TERMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Employer", BLANK),
        ("Worker (name, passport number)", BLANK),
        ("Occupation", "{occupation}"),
        ("Place of work", BLANK),
        ("Duration of the contract", "{contract_months} months, starting on the worker's arrival"),
        ("Probation period", "{probation} at most"),
        ("Basic wage", "{monthly_wage} {currency} a month, paid at least monthly into an account "
                       "in the worker's name; no deduction other than those allowed by law"),
        ("Hours of work", "at most {hours_per_day} hours a day and {hours_per_week} hours a "
                          "week; overtime paid at {overtime_rate} times the hourly wage"),
        ("Weekly rest", "at least {weekly_rest_hours} consecutive hours each week"),
        ("Paid annual leave", "{annual_leave_days} working days a year"),
        ("Accommodation and food", "{accommodation}"),
        ("Travel", "the employer pays the journey to the place of work and the return journey "
                   "at the end of the contract"),
        ("Insurance and health care", "{insurance}"),
        ("Recruitment fees", "none: the worker pays no recruitment fee or related cost"),
        ("Identity documents", "the worker keeps his or her passport and identity documents"),
        ("Complaints", "to {destination_authority}, or to the labour attaché of "
                       "{origin_country}, without fear of reprisal"),
        ("Signatures", "Employer: " + BLANK + "   Worker: " + BLANK),
    ],
    "fr": [
        ("Employeur", BLANK),
        ("Travailleur (nom, numéro de passeport)", BLANK),
        ("Emploi", "{occupation}"),
        ("Lieu de travail", BLANK),
        ("Durée du contrat", "{contract_months} mois à compter de l'arrivée du travailleur"),
        ("Période d'essai", "{probation} au plus"),
        ("Salaire de base", "{monthly_wage} {currency} par mois, versés au moins mensuellement "
                            "sur un compte au nom du travailleur ; aucune retenue autre que "
                            "celles prévues par la loi"),
        ("Durée du travail", "au plus {hours_per_day} heures par jour et {hours_per_week} heures "
                             "par semaine ; heures supplémentaires payées {overtime_rate} fois "
                             "le salaire horaire"),
        ("Repos hebdomadaire", "au moins {weekly_rest_hours} heures consécutives par semaine"),
        ("Congé annuel payé", "{annual_leave_days} jours ouvrables par an"),
        ("Logement et nourriture", "{accommodation}"),
        ("Voyage", "l'employeur paie le voyage jusqu'au lieu de travail et le voyage de retour "
                   "à la fin du contrat"),
        ("Assurance et soins de santé", "{insurance}"),
        ("Frais de recrutement", "aucun : le travailleur ne paie ni commission ni frais connexes"),
        ("Documents d'identité", "le travailleur conserve son passeport et ses documents "
                                 "d'identité"),
        ("Réclamations", "auprès de {destination_authority} ou de l'attaché du travail de "
                         "{origin_country}, sans crainte de représailles"),
        ("Signatures", "Employeur : " + BLANK + "   Travailleur : " + BLANK),
    ],
}

# Other names the clause library uses for the same value.
_ALIASES: dict[str, tuple[str, ...]] = {
    "monthly_wage": ("monthly_wage", "minimum_monthly_wage", "minimum_wage", "wage",
                     "basic_wage"),
    "hours_per_week": ("hours_per_week", "max_weekly_hours", "weekly_hours"),
    "hours_per_day": ("hours_per_day", "max_daily_hours", "daily_hours"),
    "weekly_rest_hours": ("weekly_rest_hours", "weekly_rest", "rest_hours"),
    "annual_leave_days": ("annual_leave_days", "leave_days", "paid_leave_days"),
    "contract_months": ("contract_months", "contract_duration_months", "contract_length_months"),
    "probation_months": ("probation_months", "probation_period_months"),
    "overtime_rate": ("overtime_rate", "overtime_multiplier", "overtime_premium"),
}

_DEFAULT_TEXT = {
    "en": {"accommodation": "decent accommodation, with a private lockable room, and "
                            "sufficient food, provided free of charge by the employer",
           "insurance": "health care and employment injury insurance paid by the employer"},
    "fr": {"accommodation": "un logement décent, avec une chambre individuelle fermant à clé, "
                            "et une nourriture suffisante, fournis gratuitement par l'employeur",
           "insurance": "soins de santé et assurance contre les accidents du travail payés "
                        "par l'employeur"},
}

_TITLES = {
    "contract": {"en": "Model employment contract", "fr": "Modèle de contrat de travail"},
    "authorities": {"en": "Competent authorities and liaison agencies",
                    "fr": "Autorités compétentes et organismes de liaison"},
}
_CONTRACT_INTRO = {
    "en": "The employer and the worker shall sign a contract that contains at least the terms "
          "below, in a language the worker understands, before the worker leaves {origin}.",
    "fr": "L'employeur et le travailleur signent un contrat comportant au moins les clauses "
          "ci-dessous, dans une langue que le travailleur comprend, avant son départ de {origin}.",
}


def _value(values: dict[str, Any], name: str) -> Any:
    for alias in _ALIASES.get(name, (name,)):
        if values.get(alias) not in (None, ""):
            return values[alias]
    return None


def _fill_term(template: str, values: dict[str, Any], missing: list[str],
               draft: bool) -> Cell:
    spans: list[Span] = []
    rest = template
    while "{" in rest:
        before, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        if before:
            spans.append(Span(before))
        value = _value(values, name)
        if value is None:
            missing.append(name)
            spans.append(Span(f"[{name}]", placeholder=True) if draft else Span(BLANK))
        else:
            spans.append(Span(_format(value)))
    if rest:
        spans.append(Span(rest))
    return tuple(spans)


def _format(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool) and value >= 10000:
        return f"{value:,}".replace(",", "\u202f")
    return str(value)


def model_contract(project: Project, lang: str, draft: bool) -> Annex:
    tl = lang if lang in _CONTRACT_TERMS else "en"
    context = project_context(project, lang)
    values: dict[str, Any] = {**_DEFAULT_TEXT[tl], "occupation": sector_label(project.sector, tl),
                              **project_values(project)}
    months, days = _value(values, "probation_months"), values.get("probation_days")
    if months is not None:
        values["probation"] = f"{_format(months)} {'mois' if tl == 'fr' else 'months'}"
    elif days is not None:
        values["probation"] = f"{_format(days)} {'jours' if tl == 'fr' else 'days'}"
    premium = values.get("overtime_premium_percent")
    if _value(values, "overtime_rate") is None and isinstance(premium, int | float):
        values["overtime_rate"] = 1 + premium / 100  # "50 per cent above" = 1.5 times
    values.setdefault("destination_authority", context["destination_authority"])
    values.setdefault("origin_country", context["origin_country"])
    missing: list[str] = []
    rows = [
        ((Span(label),), _fill_term(text, values, missing, draft))
        for label, text in _CONTRACT_TERMS[tl]
    ]
    return Annex(
        title=_TITLES["contract"][tl],
        intro=[_CONTRACT_INTRO[tl].format(origin=context["origin_country"])],
        rows=rows,
        missing=sorted(set(missing)),
    )


def authorities_annex(project: Project, lang: str, draft: bool) -> Annex:
    tl = lang if lang in _TITLES["authorities"] else "en"
    header = {"en": ("Party", "Competent authority", "Liaison agency"),
              "fr": ("Partie", "Autorité compétente", "Organisme de liaison")}[tl]
    rows: list[tuple[Cell, ...]] = []
    missing: list[str] = []
    for key, party in (("party_a", project.party_a), ("party_b", project.party_b)):
        cells: list[Cell] = [(Span(bare_name(text_in(party.short_name, lang)) or
                                   text_in(party.name, lang) or key),)]
        for name, text in (("competent_authority", party.competent_authority),
                           ("liaison_agency", party.liaison_agency)):
            value = text_in(text, lang)
            if value:
                cells.append((Span(value[0].upper() + value[1:]),))
            else:
                missing.append(f"{key}.{name}")
                cells.append((Span(f"[{key}.{name}]", placeholder=True),) if draft
                             else (Span(BLANK),))
        rows.append(tuple(cells))
    return Annex(title=_TITLES["authorities"][tl], header=header, rows=rows, missing=missing)


def project_annexes(project: Project, lang: str, draft: bool) -> list[Annex]:
    if project.agreement_type == "SSA":
        return [authorities_annex(project, lang, draft)]
    if project.agreement_type == "BLA":
        return [model_contract(project, lang, draft)]
    return []  # an MoU usually has no annex; a contract annex can be added as free text
