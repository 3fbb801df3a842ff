"""A project checked against the clause library: clause ids, variants and parameter values.

Problems here do not stop a project from opening (the library may be older or newer than the
file); they are shown to the user with the line of the project file when it is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bla_assistant.core.library.model import Library, Parameter
from bla_assistant.core.project.model import Project
from bla_assistant.core.project.project_errors import field_name

Locate = Any  # callable (path tuple) -> line number, or None


@dataclass(frozen=True)
class ProjectProblem:
    path: Path | None
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}: " if self.path else ""
        return f"{where}{self.field}: {self.message}"


def _value_problem(parameter: Parameter, value: Any) -> str | None:
    kind = parameter.type
    if kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        return f"'{value}' is not a whole number"
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return f"'{value}' is not a number"
    if kind == "boolean" and not isinstance(value, bool):
        return f"'{value}' is not true or false"
    if kind == "choice" and parameter.choices and value not in parameter.choices:
        return f"'{value}' is not one of {', '.join(map(str, parameter.choices))}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if parameter.min is not None and value < parameter.min:
            return f"{value} is below the minimum {parameter.min:g}"
        if parameter.max is not None and value > parameter.max:
            return f"{value} is above the maximum {parameter.max:g}"
    return None


def check_project(project: Project, library: Library, path: Path | None = None,
                  locate: Locate = None) -> list[ProjectProblem]:
    problems: list[ProjectProblem] = []

    def add(where: tuple[str | int, ...], message: str) -> None:
        line = locate(where) if locate else 0
        problems.append(ProjectProblem(path, line, field_name(where), message))

    for i, article in enumerate(project.articles):
        if not article.clause_id:
            continue
        clause = library.clauses.get(article.clause_id)
        if clause is None:
            add(("articles", i, "clause_id"),
                f"clause '{article.clause_id}' is not in the library; choose another clause "
                "or write the text as free text")
            continue
        if article.variant and article.variant not in {v.key for v in clause.variants}:
            add(("articles", i, "variant"),
                f"clause '{clause.id}' has no variant '{article.variant}'; use one of "
                f"{', '.join(v.key for v in clause.variants)}")
        for name, value in article.parameters.items():
            parameter = clause.parameter(name)
            if parameter is None:
                known = ", ".join(p.name for p in clause.parameters) or "none"
                add(("articles", i, "parameters", name),
                    f"clause '{clause.id}' has no parameter '{name}' (its parameters: {known})")
                continue
            message = _value_problem(parameter, value)
            if message:
                add(("articles", i, "parameters", name), message)
    return problems
