"""Regenerate each exercise's draft .docx files from its exercise.yaml.

    python scripts/build_exercise_drafts.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bla_assistant.core.training.exercise_docx import write_draft_docx  # noqa: E402
from bla_assistant.core.training.exercise_file import load_exercises  # noqa: E402


def main() -> int:
    exercises, problems = load_exercises(ROOT / "exercises")
    for problem in problems:
        print(problem, file=sys.stderr)
    for exercise in exercises:
        for lang in exercise.draft:
            path = write_draft_docx(exercise, lang, exercise.folder / f"draft.{lang}.docx")
            print(f"wrote {path.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
