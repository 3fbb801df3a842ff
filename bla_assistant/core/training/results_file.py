"""A group's results: plain YAML (or JSON) files that travel on a USB stick.

Format (documented in exercises/README.md):

    exercise: bla-missing-social-security
    group: Group 3
    language: en
    findings:
      - {article: "7", element: bla.insurance, comment: "no insurer named"}
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from bla_assistant.core.library.validated_yaml import FileProblemsError, load_validated

RESULTS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["exercise", "group", "findings"],
    "properties": {
        "exercise": {"type": "string"},
        "group": {"type": "string", "minLength": 1},
        "language": {"type": "string"},
        "submitted": {"type": "string"},
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["element"],
                "properties": {
                    "article": {"type": ["string", "integer"]},
                    "element": {"type": "string", "minLength": 1},
                    "comment": {"type": "string"},
                },
            },
        },
    },
}
_VALIDATOR = Draft202012Validator(RESULTS_SCHEMA)


@dataclass(frozen=True)
class TraineeFinding:
    element: str
    article: str = ""
    comment: str = ""


@dataclass
class Results:
    exercise: str
    group: str
    findings: list[TraineeFinding] = field(default_factory=list)
    language: str = "en"
    submitted: str = ""
    path: Path | None = None


class ResultsFileError(FileProblemsError):
    pass


def read_results(path: Path) -> Results:
    # JSON is YAML, so one reader serves both.
    doc = load_validated(path, _VALIDATOR, ResultsFileError)
    raw = doc.data
    return Results(
        exercise=raw["exercise"], group=raw["group"], language=raw.get("language", "en"),
        submitted=raw.get("submitted", ""), path=path,
        findings=[
            TraineeFinding(element=f["element"].strip(), article=str(f.get("article", "")).strip(),
                           comment=f.get("comment", ""))
            for f in raw["findings"]
        ],
    )


def write_results(results: Results, path: Path) -> None:
    data = {
        "exercise": results.exercise, "group": results.group, "language": results.language,
        "submitted": results.submitted,
        "findings": [
            {"article": f.article, "element": f.element, "comment": f.comment}
            for f in results.findings
        ],
    }
    text = (json.dumps(data, ensure_ascii=False, indent=2) if path.suffix == ".json"
            else yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
