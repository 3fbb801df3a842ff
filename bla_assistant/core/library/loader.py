"""Load and validate the clause library: every problem located, nothing fatal."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError
from jsonschema import Draft202012Validator

from bla_assistant.core.library import schema
from bla_assistant.core.library.clause_template import make_environment, undeclared_variables
from bla_assistant.core.library.model import (
    CONTEXT_VARIABLES,
    Checklist,
    ChecklistItem,
    Clause,
    ClauseRef,
    Cues,
    Element,
    Library,
    NegotiatorNote,
    Parameter,
    SectorAdvice,
    Source,
    Variant,
)
from bla_assistant.core.library.problems import Problem
from bla_assistant.core.library.schema_messages import describe
from bla_assistant.core.library.validated_yaml import schema_problems
from bla_assistant.core.library.yaml_source import YamlDocument, YamlLoadError, load_yaml

ELEMENTS_FILE = "elements.yaml"
_CLAUSE_VALIDATOR = Draft202012Validator(schema.CLAUSE)
_CHECKLIST_VALIDATOR = Draft202012Validator(schema.CHECKLIST)
_ELEMENT_VALIDATOR = Draft202012Validator(schema.ELEMENT)


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def _tuple_dict(mapping: dict[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in (mapping or {}).items()}


def _source(raw: dict[str, Any]) -> Source:
    return Source(
        instrument=raw["instrument"], year=raw["year"], article=raw.get("article", ""),
        section=raw.get("section", ""), verified=raw.get("verified", True),
        note=raw.get("note", ""),
    )


def _clause(raw: dict[str, Any], path: Path) -> Clause:
    note = raw["note"]
    return Clause(
        id=raw["id"],
        title=raw["title"],
        summary=raw.get("summary", {}),
        heading=raw.get("heading", {}),
        element_ids=tuple(raw["element_ids"]),
        agreement_types=tuple(raw["agreement_types"]),
        sectors=tuple(raw.get("sectors", ["all"])),
        lenses=tuple(raw.get("lenses", [])),
        tags=tuple(raw.get("tags", [])),
        parameters=tuple(
            Parameter(
                name=p["name"], type=p["type"], label=p["label"], default=p.get("default"),
                choices=tuple(p.get("choices", [])), help=p.get("help", {}),
                min=p.get("min"), max=p.get("max"), key=p.get("key", False),
                unusual_above=p.get("unusual_above"), unusual_below=p.get("unusual_below"),
                unit=p.get("unit", ""),
            )
            for p in raw.get("parameters", [])
        ),
        variants=tuple(
            Variant(
                key=v["key"], kind=v["kind"], label=v["label"], text=v["text"],
                sectors=tuple(v.get("sectors", [])),
            )
            for v in raw["variants"]
        ),
        note=NegotiatorNote(
            why_it_matters=note["why_it_matters"], pushback=note["pushback"],
            fallback=note["fallback"], pitfalls=note["pitfalls"],
            sources_silent=note.get("sources_silent", {}),
        ),
        related=tuple(raw.get("related", [])),
        sources=tuple(_source(s) for s in raw["sources"]),
        sector_advice={
            sector: SectorAdvice(
                variant=a["variant"], parameters=a.get("parameters", {}),
                advice=a.get("advice", {}),
            )
            for sector, a in raw.get("sector_advice", {}).items()
        },
        path=path,
    )


def _checklist(raw: dict[str, Any], path: Path) -> Checklist:
    items = []
    for item in raw["items"]:
        refs = tuple(
            ClauseRef(r) if isinstance(r, str) else ClauseRef(r["clause"], r.get("variant"))
            for r in item.get("clauses", [])
        )
        cues = item.get("cues", {})
        items.append(
            ChecklistItem(
                element_id=item["element_id"], question=item["question"],
                severity=dict(item["severity"]), clauses=refs,
                cues=Cues(
                    headings=_tuple_dict(cues.get("headings")),
                    phrases=_tuple_dict(cues.get("phrases")),
                    excludes=_tuple_dict(cues.get("excludes")),
                    strong=_tuple_dict(cues.get("strong")),
                    heading_excludes=_tuple_dict(cues.get("heading_excludes")),
                ),
                why=item.get("why", {}),
                source=_source(item["source"]) if "source" in item else None,
            )
        )
    return Checklist(
        id=raw["id"], title=raw["title"], description=raw.get("description", {}),
        sources=tuple(_source(s) for s in raw["source"]), applies_to=tuple(raw["applies_to"]),
        lens=raw.get("lens"), items=tuple(items), path=path,
    )


class LibraryLoader:
    """Reads folders of clause and checklist files into a Library, collecting problems."""

    def __init__(self) -> None:
        self.library = Library()
        self._docs: dict[str, tuple[YamlDocument, tuple]] = {}
        self._env = make_environment()

    def _problem(self, doc: YamlDocument, path: tuple, message: str) -> None:
        line, column = doc.where(path)
        self.library.problems.append(Problem(doc.path, line, column, message))

    def _read(self, path: Path) -> YamlDocument | None:
        try:
            return load_yaml(path)
        except YamlLoadError as exc:
            self.library.problems.append(exc.problem)
            return None

    def load_elements(self, path: Path) -> None:
        doc = self._read(path)
        if doc is None:
            return
        if not isinstance(doc.data, dict) or "elements" not in doc.data:
            self._problem(doc, (), "element file needs a top-level 'elements:' mapping")
            return
        self.library.groups.update(doc.data.get("groups", {}))
        for element_id, raw in doc.data["elements"].items():
            errors = list(_ELEMENT_VALIDATOR.iter_errors(raw))
            if errors:
                self._problem(doc, ("elements", element_id), describe(errors[0]))
                continue
            self.library.elements[element_id] = Element(
                id=element_id, applies_to=tuple(raw["applies_to"]), means=raw["means"],
                means_fr=raw.get("means_fr", ""), group=raw["group"],
                lenses=tuple(raw.get("lenses", [])),
                in_preamble=raw.get("in_preamble", False),
            )

    def load_clause_file(self, path: Path) -> None:
        doc = self._read(path)
        if doc is None:
            return
        if not isinstance(doc.data, dict):
            self._problem(doc, (), "a clause file must be a mapping starting with 'id:'")
            return
        if "id" not in doc.data:
            self._problem(doc, (), "clause has no 'id'; add 'id: <element-based id>' at the top")
            return
        problems = schema_problems(doc, _CLAUSE_VALIDATOR)
        if problems:
            self.library.problems.extend(problems)
            return
        clause_id = doc.data["id"]
        if clause_id in self.library.clauses:
            first = self.library.clauses[clause_id].path
            self._problem(
                doc, ("id",),
                f"duplicate clause id '{clause_id}' (first defined in {first}); "
                "give this clause its own id",
            )
            return
        if not self._check_clause_text(doc):
            return
        clause = _clause(doc.data, path)
        self.library.clauses[clause_id] = clause
        self._docs[f"clause:{clause_id}"] = (doc, ())

    def _check_clause_text(self, doc: YamlDocument) -> bool:
        data = doc.data
        declared = {p["name"] for p in data.get("parameters", [])} | set(CONTEXT_VARIABLES)
        ok = True
        seen_keys: set[str] = set()
        for index, variant in enumerate(data["variants"]):
            if variant["key"] in seen_keys:
                self._problem(
                    doc, ("variants", index, "key"),
                    f"duplicate variant key '{variant['key']}'; each variant needs its own key",
                )
                ok = False
            seen_keys.add(variant["key"])
            for lang, text in variant["text"].items():
                path = ("variants", index, "text", lang)
                try:
                    used = undeclared_variables(self._env, text)
                except TemplateSyntaxError as exc:
                    start = doc.text_starts.get(path, doc.where(path)[0])
                    line = start + (exc.lineno or 1) - 1
                    self.library.problems.append(Problem(
                        doc.path, line, 1,
                        f"template syntax error in variants[{index}].text.{lang}: {exc.message}; "
                        "parameters are written {{ name }}",
                    ))
                    ok = False
                    continue
                for name in sorted(used - declared):
                    self._problem(
                        doc, path,
                        f"variants[{index}].text.{lang} uses parameter '{name}' that is not "
                        "declared; add it under 'parameters:' or fix the name",
                    )
                    ok = False
        for sector, advice in data.get("sector_advice", {}).items():
            if advice["variant"] not in seen_keys:
                self._problem(
                    doc, ("sector_advice", sector, "variant"),
                    f"sector_advice.{sector} names unknown variant '{advice['variant']}'; "
                    f"use one of {', '.join(sorted(seen_keys))}",
                )
                ok = False
        return ok

    def load_checklist_file(self, path: Path) -> None:
        doc = self._read(path)
        if doc is None:
            return
        if not isinstance(doc.data, dict):
            self._problem(doc, (), "a checklist file must be a mapping starting with 'id:'")
            return
        if "id" not in doc.data:
            self._problem(doc, (), "checklist has no 'id'; add 'id: <checklist id>' at the top")
            return
        problems = schema_problems(doc, _CHECKLIST_VALIDATOR)
        if problems:
            self.library.problems.extend(problems)
            return
        self._check_cue_patterns(doc)
        checklist_id = doc.data["id"]
        if checklist_id in self.library.checklists:
            first = self.library.checklists[checklist_id].path
            self._problem(
                doc, ("id",),
                f"duplicate checklist id '{checklist_id}' (first defined in {first}); "
                "give this checklist its own id",
            )
            return
        self.library.checklists[checklist_id] = _checklist(doc.data, path)
        self._docs[f"checklist:{checklist_id}"] = (doc, ())

    def _check_cue_patterns(self, doc: YamlDocument) -> None:
        """Cues starting with 're:' are regular expressions: they must compile. Other cues
        must keep to the cue syntax (docs/formats.md, "Checklist cues")."""
        from bla_assistant.core.gapcheck.cue_patterns import cue_syntax_problem

        for i, item in enumerate(doc.data.get("items", [])):
            for kind, by_lang in (item.get("cues") or {}).items():
                for lang, cues in (by_lang or {}).items():
                    for j, cue in enumerate(cues):
                        if not cue.startswith("re:"):
                            problem = cue_syntax_problem(cue)
                            if problem:
                                self._problem(doc, ("items", i, "cues", kind, lang, j),
                                              f"cue {cue!r}: {problem}")
                            continue
                        try:
                            re.compile(cue[3:].strip())
                        except re.error as exc:
                            self._problem(doc, ("items", i, "cues", kind, lang, j),
                                          f"cue is not a valid regular expression ({exc}); "
                                          "fix it or drop the 're:' prefix")

    def share_cues(self) -> None:
        """An element's cues are written once, in one checklist; every other checklist that
        asks about the element uses them (a lens asks its own question with the same cues)."""
        home: dict[str, tuple[str, Cues]] = {}
        for checklist in sorted(self.library.checklists.values(), key=lambda c: c.id):
            doc, _ = self._docs[f"checklist:{checklist.id}"]
            for i, item in enumerate(checklist.items):
                if item.cues == Cues():
                    continue
                first = home.get(item.element_id)
                if first is None:
                    home[item.element_id] = (checklist.id, item.cues)
                else:
                    self._problem(
                        doc, ("items", i, "cues"),
                        f"the cues of {item.element_id} are already written in checklist "
                        f"'{first[0]}'; keep them there only and drop this copy",
                    )
        for checklist_id, checklist in list(self.library.checklists.items()):
            items = tuple(
                replace(item, cues=home[item.element_id][1])
                if item.cues == Cues() and item.element_id in home else item
                for item in checklist.items)
            self.library.checklists[checklist_id] = replace(checklist, items=items)

    def cross_check(self) -> None:
        """Checks that need the whole library: element ids and clause references."""
        self.share_cues()
        elements = self.library.elements
        clauses = self.library.clauses
        for clause in list(clauses.values()):
            doc, _ = self._docs[f"clause:{clause.id}"]
            for index, element_id in enumerate(clause.element_ids):
                if elements and element_id not in elements:
                    self._problem(
                        doc, ("element_ids", index),
                        f"unknown element id '{element_id}'; use an id from "
                        "checklists/elements.yaml (or add it there)",
                    )
            for index, related in enumerate(clause.related):
                if related not in clauses:
                    self._problem(
                        doc, ("related", index),
                        f"related clause '{related}' does not exist; fix the id or remove it",
                    )
        for checklist in self.library.checklists.values():
            doc, _ = self._docs[f"checklist:{checklist.id}"]
            for i, item in enumerate(checklist.items):
                if elements and item.element_id not in elements:
                    self._problem(
                        doc, ("items", i, "element_id"),
                        f"unknown element id '{item.element_id}'; use an id from "
                        "checklists/elements.yaml (or add it there)",
                    )
                for j, ref in enumerate(item.clauses):
                    if ref.clause not in clauses:
                        self._problem(
                            doc, ("items", i, "clauses", j),
                            f"item {item.element_id} points at clause '{ref.clause}', "
                            "which does not exist; fix the id or write the clause",
                        )
                    elif ref.variant and ref.variant not in {
                        v.key for v in clauses[ref.clause].variants
                    }:
                        keys = ", ".join(v.key for v in clauses[ref.clause].variants)
                        self._problem(
                            doc, ("items", i, "clauses", j),
                            f"item {item.element_id} names unknown variant '{ref.variant}' of "
                            f"clause '{ref.clause}'; use one of {keys}",
                        )


def load_library(
    clause_dirs: Iterable[Path] | None = None,
    checklist_dirs: Iterable[Path] | None = None,
    elements_file: Path | None = None,
) -> Library:
    """Load the built-in library, or the given folders. Problems are collected, not raised."""
    from bla_assistant.core.resources import data_root

    root = None
    if clause_dirs is None or checklist_dirs is None or elements_file is None:
        root = data_root()
    loader = LibraryLoader()
    loader.load_elements(elements_file or root / "checklists" / ELEMENTS_FILE)
    for folder in clause_dirs if clause_dirs is not None else [root / "clauses"]:
        for path in _yaml_files(folder):
            loader.load_clause_file(path)
    for folder in checklist_dirs if checklist_dirs is not None else [root / "checklists"]:
        for path in _yaml_files(folder):
            if path.name != ELEMENTS_FILE:
                loader.load_checklist_file(path)
    loader.cross_check()
    loader.library.problems.sort()
    return loader.library


def load_folders(folders: Iterable[Path]) -> Library:
    """Validate arbitrary folders: a file is a checklist when it has 'items', else a clause."""
    from bla_assistant.core.resources import data_root

    loader = LibraryLoader()
    local_elements = [f / ELEMENTS_FILE for f in folders if (f / ELEMENTS_FILE).is_file()]
    loader.load_elements(local_elements[0] if local_elements else
                         data_root() / "checklists" / ELEMENTS_FILE)
    for folder in folders:
        paths = [folder] if folder.is_file() else _yaml_files(folder)
        for path in paths:
            if path.name == ELEMENTS_FILE:
                continue
            if _looks_like_checklist(path):
                loader.load_checklist_file(path)
            else:
                loader.load_clause_file(path)
    loader.cross_check()
    loader.library.problems.sort()
    return loader.library


def _looks_like_checklist(path: Path) -> bool:
    if "checklist" in path.parts[-2:-1] or "checklists" in path.parts:
        return True
    try:
        head = path.read_bytes()[:4000].decode("utf-8", "replace")
    except OSError:
        return False
    return "\nitems:" in head or head.startswith("items:")
