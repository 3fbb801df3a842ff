"""Read a YAML file and check it against a JSON Schema, every problem located in the file."""

from __future__ import annotations

from pathlib import Path

from jsonschema import Draft202012Validator

from bla_assistant.core.library.problems import Problem
from bla_assistant.core.library.schema_messages import describe
from bla_assistant.core.library.yaml_source import YamlDocument, YamlLoadError, load_yaml


class FileProblemsError(Exception):
    """A file that cannot be used, with each problem as FILE:LINE:COL: message."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def schema_problems(doc: YamlDocument, validator: Draft202012Validator) -> list[Problem]:
    problems = []
    for error in sorted(validator.iter_errors(doc.data), key=lambda e: list(map(str, e.path))):
        line, column = doc.where(tuple(error.absolute_path))
        problems.append(Problem(doc.path, line, column, describe(error)))
    return problems


def load_validated(path: Path, validator: Draft202012Validator,
                   error: type[FileProblemsError] = FileProblemsError) -> YamlDocument:
    """The parsed file; raises `error` listing every problem when it is unreadable or invalid."""
    try:
        doc = load_yaml(path)
    except YamlLoadError as exc:
        raise error([exc.problem]) from None
    problems = schema_problems(doc, validator)
    if problems:
        raise error(problems)
    return doc
