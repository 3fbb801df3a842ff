"""Reading and writing project files (YAML), safely.

Saves are atomic: the new text goes to a temporary file in the same folder, which is flushed,
fsynced and renamed over the project; the folder is fsynced so the rename survives a power cut.
The previous version is kept as `NAME.bak`. A file that cannot be read raises ProjectFileError
(file, line, field) and is never overwritten by the load.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

import yaml

from bla_assistant.core.library.model import Library
from bla_assistant.core.library.yaml_source import YamlLoadError, load_yaml
from bla_assistant.core.project.migrations import MIGRATIONS, migrate
from bla_assistant.core.project.model import SCHEMA_VERSION, Project
from bla_assistant.core.project.project_check import check_project
from bla_assistant.core.project.project_data import project_from_data, project_to_data
from bla_assistant.core.project.project_errors import ProjectFileError, field_name

SUFFIX = ".bla.yaml"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


class _ProjectDumper(yaml.SafeDumper):
    """Multi-line texts as `|` blocks, so a hand-edited file reads like the agreement."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value and not any(line != line.rstrip() for line in value.splitlines()):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_ProjectDumper.add_representer(str, _represent_str)


def dump_project(project: Project) -> str:
    header = "# BLA Assistant negotiation project (format: docs/formats.md)\n"
    return header + yaml.dump(
        project_to_data(project), Dumper=_ProjectDumper, sort_keys=False, allow_unicode=True,
        width=100,
    )


def load_project(path: Path | str) -> Project:
    return _load(Path(path))[0]


def load_project_checked(path: Path | str, library: Library) -> tuple[Project, list]:
    """The project and its problems against the library (ProjectProblem, with lines)."""
    project, locate = _load(Path(path))
    return project, check_project(project, library, Path(path), locate)


def _load(path: Path):
    """(project, locate) where locate(field path) gives the line of a field in the file."""
    try:
        doc = load_yaml(path)
    except YamlLoadError as exc:
        problem = exc.problem
        raise ProjectFileError(path, problem.line, "", problem.message) from None

    def fail(where: tuple[str | int, ...], message: str) -> ProjectFileError:
        return ProjectFileError(path, doc.where(where)[0], field_name(where), message)

    _refuse_duplicate_keys(path)

    data = doc.data
    if not isinstance(data, dict):
        raise fail((), "a project file holds a mapping (title:, party_a:, articles: ...)")
    version = data.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise fail(("schema_version",), f"expected a whole number, found '{version}'")
    if version > SCHEMA_VERSION:
        raise fail(
            ("schema_version",),
            f"this file was saved by a newer BLA Assistant (format {version}; this version "
            f"reads up to {SCHEMA_VERSION}). Update BLA Assistant to open it.",
        )
    if version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise fail(("schema_version",), f"format {version} cannot be upgraded")
        data = migrate(data, version, SCHEMA_VERSION)
    return project_from_data(data, fail), lambda where: doc.where(where)[0]


def _refuse_duplicate_keys(path: Path) -> None:
    """YAML keeps the last of two equal keys without a word; in a hand-edited project that
    silently drops a value (two `status:` lines), so it is an error here."""
    node = yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=yaml.SafeLoader)
    stack: list[tuple[yaml.Node, tuple[str | int, ...]]] = [(node, ())] if node else []
    while stack:
        current, where = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in current.value:
                name = str(key.value)
                line = key.start_mark.line + 1
                if name in seen:
                    raise ProjectFileError(
                        path, line, field_name((*where, name)),
                        f"appears twice (lines {seen[name]} and {line}); keep only one")
                seen[name] = line
                stack.append((value, (*where, name)))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((item, (*where, i)) for i, item in enumerate(current.value))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its rename is durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _keep_backup(path: Path) -> None:
    """Make NAME.bak the current file, atomically, before the current file is replaced."""
    backup = backup_path(path)
    staging = path.with_name(f".{path.name}.bak.tmp")
    staging.unlink(missing_ok=True)
    try:
        # A hard link shares the old file's data: the save below renames a new file over
        # `path`, so the old data stays intact under the backup's name, with no copy.
        os.link(path, staging)
    except OSError:  # file systems without hard links (FAT, some network shares)
        shutil.copy2(path, staging)
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
    os.replace(staging, backup)


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Temporary files left by a save that was killed (older than a minute, so not a live one)."""
    limit = time.time() - 60
    for leftover in folder.glob(f".{name}.*.tmp"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            pass


def _file_mode(path: Path) -> int:
    """The mode the saved file should have: the old file's, else the usual one for new files
    (mkstemp creates 0600, which would hide a shared project from colleagues)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def save_text_atomically(path: Path, text: str, keep_backup: bool = True) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    _remove_stale_temps(folder, path.name)
    tmp = _write_temp(folder, path.name, text.encode("utf-8"))
    try:
        with contextlib.suppress(OSError):  # file systems without modes (FAT)
            os.chmod(tmp, _file_mode(path))
        if keep_backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)


def save_project(project: Project, path: Path | str, keep_backup: bool = True) -> None:
    save_text_atomically(Path(path), dump_project(project), keep_backup)
