"""Read exercise packs (`exercises/<id>/exercise.yaml`) with located, actionable errors."""

from __future__ import annotations

from pathlib import Path

from jsonschema import Draft202012Validator

from bla_assistant.core.library.problems import Problem
from bla_assistant.core.library.schema import LOCALISED_TEXT
from bla_assistant.core.library.validated_yaml import FileProblemsError, load_validated
from bla_assistant.core.training.exercise import (
    DraftArticle,
    Exercise,
    KeyFinding,
    Scenario,
)

EXERCISE_FILE = "exercise.yaml"

_ARTICLE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["number", "heading", "text"],
    "properties": {
        "number": {"type": ["string", "integer"]},
        "heading": {"type": "string"},
        "text": {"type": "string"},
    },
}
EXERCISE_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "title", "languages", "agreement_type", "scenario", "tasks",
                 "time_box_minutes", "draft", "key"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
        "title": LOCALISED_TEXT,
        "languages": {"type": "array", "minItems": 1, "items": {"enum": ["en", "fr", "pt"]}},
        "agreement_type": {"enum": ["BLA", "SSA", "MoU"]},
        "scenario": {
            "type": "object",
            "additionalProperties": False,
            "required": ["corridor", "sector", "interests"],
            "properties": {
                "corridor": LOCALISED_TEXT,
                "sector": {"type": "string"},
                "interests": {"type": "object", "additionalProperties": LOCALISED_TEXT},
            },
        },
        "tasks": LOCALISED_TEXT,
        "time_box_minutes": {"type": "integer", "minimum": 5, "maximum": 480},
        "draft": {
            "type": "object",
            "propertyNames": {"enum": ["en", "fr", "pt"]},
            "additionalProperties": {"type": "array", "minItems": 1, "items": _ARTICLE},
        },
        "key": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "element", "article", "why", "reference", "model_fix"],
                "properties": {
                    "id": {"type": "string"},
                    "element": {"type": "string", "pattern": r"^(bla|ssa|clarity)\.[a-z0-9_.]+$"},
                    "article": {"type": ["string", "integer"]},
                    "why": LOCALISED_TEXT,
                    "reference": {"type": "string"},
                    "model_fix": LOCALISED_TEXT,
                    "weight": {"type": "number", "exclusiveMinimum": 0},
                },
            },
        },
    },
}
_VALIDATOR = Draft202012Validator(EXERCISE_SCHEMA)


class ExerciseFileError(FileProblemsError):
    pass


def load_exercise(path: Path) -> Exercise:
    """Load one exercise.yaml; raise ExerciseFileError listing every located problem."""
    doc = load_validated(path, _VALIDATOR, ExerciseFileError)
    raw = doc.data
    key_ids = [k["id"] for k in raw["key"]]
    duplicates = {i for i in key_ids if key_ids.count(i) > 1}
    if duplicates:
        raise ExerciseFileError([Problem(path, *doc.where(("key",)),
                                         f"duplicate key finding id(s) {sorted(duplicates)}")])
    return Exercise(
        id=raw["id"],
        title=raw["title"],
        languages=tuple(raw["languages"]),
        agreement_type=raw["agreement_type"],
        scenario=Scenario(
            corridor=raw["scenario"]["corridor"], sector=raw["scenario"]["sector"],
            interests=raw["scenario"]["interests"],
        ),
        tasks=raw["tasks"],
        time_box_minutes=raw["time_box_minutes"],
        draft={
            lang: tuple(DraftArticle(str(a["number"]), a["heading"], a["text"].strip())
                        for a in articles)
            for lang, articles in raw["draft"].items()
        },
        key=tuple(
            KeyFinding(
                id=k["id"], element=k["element"], article=str(k["article"]), why=k["why"],
                reference=k["reference"], model_fix=k["model_fix"],
                weight=float(k.get("weight", 1.0)),
            )
            for k in raw["key"]
        ),
        folder=path.parent,
    )


def exercises_folder() -> Path:
    from bla_assistant.core.resources import data_root

    return data_root() / "exercises"


def load_exercises(folder: Path | None = None) -> tuple[list[Exercise], list[Problem]]:
    """All exercise packs under `folder`; broken packs are reported, not fatal."""
    folder = folder or exercises_folder()
    exercises: list[Exercise] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob(f"*/{EXERCISE_FILE}")):
        try:
            exercises.append(load_exercise(path))
        except ExerciseFileError as exc:
            problems.extend(exc.problems)
    return exercises, problems
