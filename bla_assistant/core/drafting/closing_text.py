"""The fixed wording around the articles: testimonium, dates, table of contents, page labels."""

from __future__ import annotations

from bla_assistant.core.project.model import Project

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
LANGUAGE_NAMES = {
    "en": {"en": "English", "fr": "French", "pt": "Portuguese", "ar": "Arabic",
           "es": "Spanish", "sw": "Swahili"},
    "fr": {"en": "anglaise", "fr": "française", "pt": "portugaise", "ar": "arabe",
           "es": "espagnole", "sw": "swahilie"},
}
WORDS = {
    "en": {
        "contents": "Contents",
        "toc_hint": "Update this table to list the articles (Word: right-click, Update "
                    "Field; LibreOffice: Tools, Update, Update All).",
        "page": "Page {page} of {pages}", "draft": "DRAFT", "round": "round", "for": "For",
        "status": "Status",
    },
    "fr": {
        "contents": "Table des matières",
        "toc_hint": "Mettre à jour cette table pour lister les articles (Word : clic droit, "
                    "Mettre à jour les champs ; LibreOffice : Outils, Actualiser, Tout "
                    "actualiser).",
        "page": "Page {page} sur {pages}", "draft": "PROJET", "round": "cycle",
        "for": "Pour", "status": "Statut",
    },
}
STATUS_WORDS = {
    "en": {"proposed": "proposed", "agreed": "agreed", "contested": "contested",
           "parked": "parked", "withdrawn": "withdrawn"},
    "fr": {"proposed": "proposé", "agreed": "convenu", "contested": "contesté",
           "parked": "en suspens", "withdrawn": "retiré"},
}
# (noun with article for "this ..."), per agreement type and language.
_THIS = {
    ("BLA", "en"): "this Agreement", ("SSA", "en"): "this Agreement",
    ("MoU", "en"): "this Memorandum of Understanding",
    ("BLA", "fr"): "le présent Accord", ("SSA", "fr"): "la présente Convention",
    ("MoU", "fr"): "le présent Mémorandum d'entente",
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def format_date(iso: str, lang: str) -> str:
    """2026-03-15 -> "15 March 2026" / "15 mars 2026"; other text is kept as written."""
    parts = iso.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return iso
    year, month, day = (int(p) for p in parts)
    if not 1 <= month <= 12:
        return iso
    names = MONTHS.get(lang, MONTHS["en"])
    day_text = "1er" if lang == "fr" and day == 1 else str(day)
    return f"{day_text} {names[month - 1]} {year}"


def _join(items: list[str], lang: str) -> str:
    conj = " et " if lang == "fr" else " and "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conj + items[-1]


def testimonium(project: Project, lang: str, place: str, date: str,
                with_languages: bool = True) -> list[str]:
    """"In witness whereof ..." and "Done at ..., in two originals ...".

    Without `with_languages` (the project has an article on languages and authentic texts,
    which says it), the last line stops at the date, so the two never contradict each other.
    """
    tl = "fr" if lang == "fr" else "en"
    this = _THIS.get((project.agreement_type, tl), _THIS[("BLA", tl)])
    names = [LANGUAGE_NAMES[tl].get(code, code) for code in project.languages]
    if tl == "fr":
        if len(names) == 1:
            langs = f"en langue {names[0]}"
        else:
            langs = f"en langues {_join(names, tl)}, les textes faisant également foi"
        done = f"Fait à {place}, le {date}, en deux exemplaires originaux"
        return [
            f"En foi de quoi, les soussignés, dûment autorisés à cet effet par leurs "
            f"gouvernements respectifs, ont signé {this}.",
            f"{done}, {langs}." if with_languages else f"{done}.",
        ]
    if len(names) == 1:
        langs = f"in the {names[0]} language"
    else:
        langs = f"in the {_join(names, tl)} languages, all texts being equally authentic"
    done = f"Done at {place} on {date}, in two originals"
    return [
        "In witness whereof the undersigned, being duly authorised thereto by their "
        f"respective Governments, have signed {this}.",
        f"{done}, {langs}." if with_languages else f"{done}.",
    ]
