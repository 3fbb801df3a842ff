"""Why an item is weak or missing, in the report's language (English and French)."""

from __future__ import annotations

_REASONS: dict[str, dict[str, str]] = {
    "no_article": {
        "en": "no article provides this element",
        "fr": "aucun article ne prévoit cet élément",
    },
    "weak_evidence": {
        "en": "only weak evidence: check that the article really provides this element",
        "fr": "indices faibles seulement : vérifier que l'article prévoit bien cet élément",
    },
    "no_project_article": {
        "en": "no article of the project provides this element",
        "fr": "aucun article du projet ne prévoit cet élément",
    },
    "free_text_only": {
        "en": "only free text seems to provide it: check the wording or use a clause",
        "fr": "seul un texte libre semble le prévoir : vérifier la rédaction ou utiliser une "
              "clause",
    },
    "fallback_variant": {
        "en": "the chosen variant '{key}' is the fallback ({label})",
        "fr": "la variante choisie « {key} » est la variante de repli ({label})",
    },
    "empty_key_parameter": {
        "en": "key parameter '{label}' is empty",
        "fr": "le paramètre clé « {label} » est vide",
    },
    "unusual_above": {
        "en": "'{label}' = {value} is unusual (above {limit})",
        "fr": "« {label} » = {value} est inhabituel (au-dessus de {limit})",
    },
    "unusual_below": {
        "en": "'{label}' = {value} is unusual (below {limit})",
        "fr": "« {label} » = {value} est inhabituel (en dessous de {limit})",
    },
    "contested": {
        "en": "the article is contested",
        "fr": "l'article est contesté",
    },
}


def gap_reason(which: str, lang: str = "en", /, **values: str) -> str:
    texts = _REASONS[which]
    return texts.get(lang, texts["en"]).format(**values)
