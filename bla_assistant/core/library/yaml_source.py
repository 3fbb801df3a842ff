"""Safe YAML loading that remembers where each value came from (line and column).

Only `yaml.SafeLoader` is used: a file with Python object tags is refused, never executed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bla_assistant.core.library.problems import Problem

JsonPath = tuple[str | int, ...]


@dataclass
class YamlDocument:
    path: Path
    data: Any
    # Where each node starts (1-based line, column), keyed by its path from the root.
    marks: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    # For block scalars: the line the text's first line sits on.
    text_starts: dict[JsonPath, int] = field(default_factory=dict)

    def where(self, path: JsonPath) -> tuple[int, int]:
        """The closest known position for `path`, walking up to its parents."""
        probe = tuple(path)
        while probe:
            if probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (1, 1))


class YamlLoadError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def _record_marks(node: yaml.Node, path: JsonPath, doc: YamlDocument) -> None:
    doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        doc.text_starts[path] = node.start_mark.line + 2
    elif isinstance(node, yaml.ScalarNode):
        doc.text_starts[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            _record_marks(value_node, (*path, key), doc)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_marks(item, (*path, index), doc)


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlLoadError(
            Problem(
                path, line, column,
                f"file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                "save it again with UTF-8 encoding",
            )
        ) from None


def _yaml_problem(path: Path, exc: yaml.YAMLError, text: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = str(getattr(exc, "problem", None) or exc)
    if "'\\t'" in problem or "\t" in problem:
        return Problem(
            path, line, column,
            "tab character used for indentation; YAML needs spaces: replace the tab with spaces",
        )
    if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
        found = re.search(r"tag '([^']+)'", problem)
        tag = found.group(1).replace("tag:yaml.org,2002:", "!!") if found else "?"
        return Problem(
            path, line, column,
            f"unsafe YAML tag '{tag}' refused: library files may hold only plain data "
            "(strings, numbers, lists, mappings); remove the tag",
        )
    context = getattr(exc, "context", None)
    detail = f"{context}, {problem}" if context else str(problem)
    return Problem(
        path, line, column, f"YAML syntax error: {detail}; check indentation and quoting"
    )


# libyaml (bundled with PyYAML's wheels) parses the library about ten times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose_and_construct(loader_class: type, text: str) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def load_yaml(path: Path) -> YamlDocument:
    """Read `path` safely; raise YamlLoadError with a located problem when it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlLoadError(Problem(path, 1, 1, f"cannot read file: {exc.strerror}")) from None
    text = _decode(path, raw)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise YamlLoadError(Problem(path, 1, 1, "file is empty; add content or delete the file"))
    try:
        node, data = _compose_and_construct(_FAST_LOADER, text)
    except yaml.YAMLError:
        # libyaml's messages are terser; parse again in pure Python to report the problem the
        # same way on every machine.
        try:
            node, data = _compose_and_construct(yaml.SafeLoader, text)
        except yaml.YAMLError as exc:
            raise YamlLoadError(_yaml_problem(path, exc, text)) from None
    if node is None:
        raise YamlLoadError(Problem(path, 1, 1, "file is empty; add content or delete the file"))
    doc = YamlDocument(path=path, data=data)
    _record_marks(node, (), doc)
    return doc
