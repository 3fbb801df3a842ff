"""JSON Schema of a clarity rule file (`clarity_rules/*.yaml`), documented in docs/formats.md."""

from __future__ import annotations

from typing import Any

CHECK_KINDS = (
    "sentence",
    "article",
    "document",
    "undefined_terms",
    "unused_definitions",
    "cross_references",
    "annex_references",
)
SEVERITIES = ("high", "medium", "low")
AGREEMENT_TYPES = ("BLA", "MoU", "SSA")
LANGS = ("en", "fr")

_LOCALISED: dict[str, Any] = {
    "type": "object",
    "required": ["en", "fr"],
    "properties": {lang: {"type": "string", "minLength": 1} for lang in LANGS},
    "additionalProperties": False,
}
_PATTERNS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}}
_PATTERNS_BY_LANG: dict[str, Any] = {
    "type": "object",
    "properties": {lang: _PATTERNS for lang in LANGS},
    "additionalProperties": False,
}
_SOURCE: dict[str, Any] = {
    "type": "object",
    "required": ["instrument", "year"],
    "properties": {
        "instrument": {"type": "string", "minLength": 1},
        "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
        "article": {"type": "string"},
        "section": {"type": "string"},
        "verified": {"type": "boolean"},
        "note": {"type": "string"},
    },
    "additionalProperties": False,
}
_CUES: dict[str, Any] = {
    "type": "object",
    "properties": {
        "trigger": _PATTERNS,
        "with": _PATTERNS,
        "unless": _PATTERNS,
        "article_with": _PATTERNS,
        "article_unless": _PATTERNS,
        "document_unless": _PATTERNS,
        "require": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": _PATTERNS,
        },
        "ignore": _PATTERNS,
        "ignore_before": _PATTERNS,
        "ignore_after": _PATTERNS,
        "min_uses": {"type": "integer", "minimum": 1},
        "definition_markers": _PATTERNS,
        "external_markers": _PATTERNS,
        "limit": {"type": "integer", "minimum": 1},
    },
    "additionalProperties": False,
}

RULE: dict[str, Any] = {
    "type": "object",
    "required": ["id", "title", "flags", "why", "rewrite", "severity", "applies_to", "check",
                 "cues"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        "title": _LOCALISED,
        "flags": _LOCALISED,
        "why": _LOCALISED,
        "rewrite": _LOCALISED,
        "severity": {"enum": list(SEVERITIES)},
        "applies_to": {"type": "array", "minItems": 1, "items": {"enum": list(AGREEMENT_TYPES)}},
        "check": {"enum": list(CHECK_KINDS)},
        # An element id whose library clause is offered as the rewrite, or "from_article":
        # the clause for the element the article's heading is about.
        "clause": {"type": "string", "pattern": "^(from_article|(bla|ssa)\\.[a-z0-9_]+)$"},
        "fire_when": {"enum": ["any_missing", "all_missing"]},
        "sources": {"type": "array", "items": _SOURCE},
        "scope": {
            "type": "object",
            "properties": {
                "headings": _PATTERNS_BY_LANG,
                "text": _PATTERNS_BY_LANG,
                "exclude_headings": _PATTERNS_BY_LANG,
                "kinds": {"type": "array", "items": {
                    "enum": ["article", "preamble", "closing", "annex", "protocol"]}},
            },
            "additionalProperties": False,
        },
        "cues": {
            "type": "object",
            "required": ["en", "fr"],
            "properties": {lang: _CUES for lang in LANGS},
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}

RULE_FILE: dict[str, Any] = {
    "type": "object",
    "required": ["rules"],
    "properties": {"rules": {"type": "array", "minItems": 1, "items": RULE}},
    "additionalProperties": False,
}
