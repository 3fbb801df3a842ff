"""Load either side of a comparison: a Word or text draft, or a project file (.bla.yaml)."""

from __future__ import annotations

from pathlib import Path

from bla_assistant.core.documents.model import DraftDocument

PROJECT_SUFFIXES = (".bla.yaml", ".bla.yml")


class CompareInputError(Exception):
    """An input of the comparison could not be loaded; the message names the file."""


def is_project_file(path: Path) -> bool:
    return path.name.lower().endswith(PROJECT_SUFFIXES)


def load_draft(path: Path | str, *, library=None, lang: str = "en") -> DraftDocument:
    """Read `path` into a DraftDocument; projects are rendered in `lang` with `library`."""
    path = Path(path)
    if not path.exists():
        raise CompareInputError(f"{path}: no such file; check the name and folder")
    if is_project_file(path):
        return _load_project(path, library, lang)
    from bla_assistant.core.documents.reader import DocumentReadError, read_document

    try:
        document = read_document(path)
    except DocumentReadError as exc:
        raise CompareInputError(str(exc)) from exc
    if not document.articles:
        raise CompareInputError(
            f"{path}: no text found to compare; check that it is the right file")
    return document


def _load_project(path: Path, library, lang: str) -> DraftDocument:
    from bla_assistant.core.project.project_document import project_to_document
    from bla_assistant.core.project.project_errors import ProjectFileError
    from bla_assistant.core.project.project_file import load_project

    if library is None:
        from bla_assistant.core.library.loader import load_library

        library = load_library()
    try:
        project = load_project(path)
    except ProjectFileError as exc:
        raise CompareInputError(str(exc)) from exc
    document = project_to_document(project, library, lang)
    document.path = path
    return document
