"""JSON Schemas of the library's file formats (documented in docs/formats.md)."""

from __future__ import annotations

LANG_CODE = {"type": "string", "pattern": "^[a-z]{2}$"}

# Text in several languages: {"en": "...", "fr": "..."}; English is required.
LOCALISED_TEXT = {
    "type": "object",
    "propertyNames": {"pattern": "^[a-z]{2}$"},
    "additionalProperties": {"type": "string"},
    "required": ["en"],
}
LOCALISED_LIST = {
    "type": "object",
    "propertyNames": {"pattern": "^[a-z]{2}$"},
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}
IDENTIFIER = {"type": "string", "pattern": r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$"}
AGREEMENT_TYPE = {"enum": ["BLA", "SSA", "MoU"]}
LENS = {"enum": ["gender", "insurance", "irregular_situation"]}
SECTOR = {"enum": ["all", "domestic_work", "health_care", "seasonal_agriculture", "construction"]}

SOURCE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["instrument", "year"],
    "properties": {
        "instrument": {"type": "string", "minLength": 2},
        "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
        "article": {"type": "string"},
        "section": {"type": "string"},
        "verified": {"type": "boolean"},
        "note": {"type": "string"},
    },
    "anyOf": [{"required": ["article"]}, {"required": ["section"]}],
}

PARAMETER = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "type", "label"],
    "properties": {
        "name": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        "type": {"enum": ["text", "integer", "number", "choice", "date", "boolean", "money"]},
        "label": LOCALISED_TEXT,
        "default": {},
        "choices": {"type": "array", "minItems": 1},
        "help": LOCALISED_TEXT,
        "min": {"type": "number"},
        "max": {"type": "number"},
        "key": {"type": "boolean"},
        "unusual_above": {"type": "number"},
        "unusual_below": {"type": "number"},
        "unit": {"type": "string"},
    },
}

VARIANT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["key", "kind", "label", "text"],
    "properties": {
        "key": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        "kind": {"enum": ["protective", "baseline", "fallback"]},
        "label": LOCALISED_TEXT,
        "text": LOCALISED_TEXT,
        "sectors": {"type": "array", "items": SECTOR},
    },
}

NOTE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["why_it_matters", "pushback", "fallback", "pitfalls"],
    "properties": {
        "why_it_matters": LOCALISED_TEXT,
        "pushback": LOCALISED_TEXT,
        "fallback": LOCALISED_TEXT,
        "pitfalls": LOCALISED_TEXT,
        "sources_silent": LOCALISED_TEXT,
    },
}

SECTOR_ADVICE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["variant"],
    "properties": {
        "variant": {"type": "string"},
        "parameters": {"type": "object"},
        "advice": LOCALISED_TEXT,
    },
}

CLAUSE = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "id", "title", "element_ids", "agreement_types", "variants", "note", "sources",
    ],
    "properties": {
        "id": IDENTIFIER,
        "title": LOCALISED_TEXT,
        "summary": LOCALISED_TEXT,
        "element_ids": {"type": "array", "minItems": 1, "items": IDENTIFIER},
        "agreement_types": {"type": "array", "minItems": 1, "items": AGREEMENT_TYPE},
        "sectors": {"type": "array", "items": SECTOR},
        "lenses": {"type": "array", "items": LENS},
        "tags": {"type": "array", "items": {"type": "string"}},
        "heading": LOCALISED_TEXT,
        "parameters": {"type": "array", "items": PARAMETER},
        "variants": {"type": "array", "minItems": 1, "items": VARIANT},
        "note": NOTE,
        "related": {"type": "array", "items": IDENTIFIER},
        "sources": {"type": "array", "minItems": 1, "items": SOURCE},
        "sector_advice": {
            "type": "object",
            "propertyNames": {"enum": SECTOR["enum"]},
            "additionalProperties": SECTOR_ADVICE,
        },
    },
}

CLAUSE_REF = {
    "oneOf": [
        IDENTIFIER,
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["clause"],
            "properties": {"clause": IDENTIFIER, "variant": {"type": "string"}},
        },
    ]
}

SEVERITY = {"enum": ["essential", "recommended"]}

CHECKLIST_ITEM = {
    "type": "object",
    "additionalProperties": False,
    "required": ["element_id", "question", "severity"],
    "properties": {
        "element_id": IDENTIFIER,
        "question": LOCALISED_TEXT,
        "severity": {
            "type": "object",
            "propertyNames": {"enum": AGREEMENT_TYPE["enum"]},
            "additionalProperties": SEVERITY,
            "minProperties": 1,
        },
        "clauses": {"type": "array", "items": CLAUSE_REF},
        "cues": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "headings": LOCALISED_LIST,
                "phrases": LOCALISED_LIST,
                "excludes": LOCALISED_LIST,
                "strong": LOCALISED_LIST,
                "heading_excludes": LOCALISED_LIST,
            },
        },
        "why": LOCALISED_TEXT,
        "source": SOURCE,
    },
}

CHECKLIST = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "title", "source", "applies_to", "items"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z][a-z0-9_-]*$"},
        "title": LOCALISED_TEXT,
        "description": LOCALISED_TEXT,
        "source": {"type": "array", "minItems": 1, "items": SOURCE},
        "applies_to": {"type": "array", "minItems": 1, "items": AGREEMENT_TYPE},
        "lens": LENS,
        "items": {"type": "array", "minItems": 1, "items": CHECKLIST_ITEM},
    },
}

ELEMENT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["applies_to", "means", "group"],
    "properties": {
        "applies_to": {"type": "array", "items": AGREEMENT_TYPE},
        "means": {"type": "string"},
        "means_fr": {"type": "string"},
        "lenses": {"type": "array", "items": LENS},
        "group": {"type": "string"},
        "in_preamble": {"type": "boolean"},
    },
}
