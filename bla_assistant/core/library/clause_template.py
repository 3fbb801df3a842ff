"""Clause texts are jinja2 templates: rendered in a sandbox, with undefined values refused."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment

from bla_assistant.core.library.model import (
    CONTEXT_VARIABLES,
    CONTEXT_VARIABLES_FR,
    Clause,
)


class MissingParameterError(Exception):
    def __init__(self, clause_id: str, parameter: str):
        super().__init__(f"clause {clause_id}: parameter '{parameter}' has no value")
        self.clause_id = clause_id
        self.parameter = parameter


class PlaceholderUndefined(StrictUndefined):
    """In draft mode a missing value shows as a visible placeholder instead of failing."""

    def __str__(self) -> str:
        return f"[{self._undefined_name}]"


def make_environment(draft: bool = False) -> SandboxedEnvironment:
    # Clause texts are plain text, not HTML: no autoescape; the sandbox stops attribute tricks.
    env = SandboxedEnvironment(
        undefined=PlaceholderUndefined if draft else StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def undeclared_variables(env: SandboxedEnvironment, source: str) -> set[str]:
    """Names a template reads; raises TemplateSyntaxError when the text is not valid jinja2."""
    return set(meta.find_undeclared_variables(env.parse(source)))


def context_defaults(lang: str) -> dict[str, str]:
    return dict(CONTEXT_VARIABLES_FR if lang == "fr" else CONTEXT_VARIABLES)


def render_variant(
    clause: Clause,
    variant_key: str,
    lang: str,
    values: Mapping[str, Any] | None = None,
    *,
    draft: bool = False,
    env: SandboxedEnvironment | None = None,
) -> str:
    """The variant's text in `lang` with `values` filled in.

    Missing values raise MissingParameterError, or in draft mode become `[name]` placeholders.
    """
    variant = clause.variant(variant_key)
    source = variant.text.get(lang) or variant.text["en"]
    env = env or make_environment(draft)
    try:
        template = env.from_string(source)
    except TemplateSyntaxError as exc:  # validated at load time; kept for user-edited text
        raise ValueError(f"clause {clause.id}, variant {variant_key}: {exc.message}") from exc
    data = dict(values or {})
    try:
        return template.render(**data).strip()
    except Exception as exc:  # jinja2 raises UndefinedError for StrictUndefined
        name = getattr(exc, "message", str(exc))
        missing = name.split("'")[1] if "'" in name else name
        raise MissingParameterError(clause.id, missing) from exc


__all__ = [
    "MissingParameterError",
    "TemplateSyntaxError",
    "context_defaults",
    "make_environment",
    "render_variant",
    "undeclared_variables",
]
