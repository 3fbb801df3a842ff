"""Each kind of broken library file gets one exact, located message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bla_assistant.core.library.loader import load_folders

REPO = Path(__file__).resolve().parents[2]
SEED = (REPO / "clauses" / "ssa" / "detached_workers.yaml").read_text(encoding="utf-8")


def _validate(tmp_path: Path, files: dict[str, bytes | str]) -> list[str]:
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(textwrap.dedent(content), encoding="utf-8")
        else:
            path.write_bytes(content)
    library = load_folders([folder])
    return [str(p).replace(str(folder) + "/", "") for p in library.problems]


MINIMAL = """\
id: bla.test_clause
title: {en: Test clause, fr: Clause de test}
element_ids: [bla.scope]
agreement_types: [BLA]
parameters:
  - name: months
    type: integer
    label: {en: Months}
    default: 12
variants:
  - key: protective
    kind: protective
    label: {en: Protective}
    text:
      en: |
        The Parties shall act within {{ months }} months.
note:
  why_it_matters: {en: Because.}
  pushback: {en: They object.}
  fallback: {en: Less.}
  pitfalls: {en: Vague words.}
sources:
  - {instrument: ILO C97, year: 1949, article: "Art. 6"}
"""


def test_minimal_clause_is_valid(tmp_path):
    assert _validate(tmp_path, {"c.yaml": MINIMAL}) == []


CASES = {
    "yaml_syntax_error": (
        {"c.yaml": MINIMAL.replace("title: {en: Test clause, fr: Clause de test}",
                                   "title: {en: Test clause, fr: [Clause de test}")},
        "c.yaml:2:45: YAML syntax error: while parsing a flow sequence, expected ',' or ']', "
        "but got '}'; check indentation and quoting",
    ),
    "tab_indentation": (
        {"c.yaml": MINIMAL.replace("  - name: months", "\t- name: months")},
        "c.yaml:6:1: tab character used for indentation; YAML needs spaces: "
        "replace the tab with spaces",
    ),
    "clause_without_id": (
        {"c.yaml": MINIMAL.replace("id: bla.test_clause\n", "")},
        "c.yaml:1:1: clause has no 'id'; add 'id: <element-based id>' at the top",
    ),
    "duplicate_id": (
        {"a.yaml": MINIMAL, "b.yaml": MINIMAL},
        "b.yaml:1:5: duplicate clause id 'bla.test_clause' (first defined in a.yaml); "
        "give this clause its own id",
    ),
    "unknown_element_id": (
        {"c.yaml": MINIMAL.replace("[bla.scope]", "[bla.scopes]")},
        "c.yaml:3:15: unknown element id 'bla.scopes'; use an id from "
        "checklists/elements.yaml (or add it there)",
    ),
    "wrong_type_for_field": (
        {"c.yaml": MINIMAL.replace("agreement_types: [BLA]", "agreement_types: BLA")},
        "c.yaml:4:18: field 'agreement_types' must be a list, not text; fix its value",
    ),
    "undeclared_template_parameter": (
        {"c.yaml": MINIMAL.replace("{{ months }} months", "{{ weeks }} weeks")},
        "c.yaml:15:11: variants[0].text.en uses parameter 'weeks' that is not declared; "
        "add it under 'parameters:' or fix the name",
    ),
    "jinja2_syntax_error": (
        {"c.yaml": MINIMAL.replace("{{ months }} months", "{{ months } months")},
        "c.yaml:16:1: template syntax error in variants[0].text.en: unexpected '}'; "
        "parameters are written {{ name }}",
    ),
    "unknown_variant_referenced": (
        {
            "clauses/c.yaml": MINIMAL,
            "checklists/list.yaml": """\
                id: test-list
                title: {en: Test list}
                source:
                  - {instrument: ILO C97, year: 1949, article: "Art. 6"}
                applies_to: [BLA]
                items:
                  - element_id: bla.scope
                    question: {en: "Is the scope clear?"}
                    severity: {BLA: essential}
                    clauses:
                      - {clause: bla.test_clause, variant: generous}
            """,
        },
        "checklists/list.yaml:11:9: item bla.scope names unknown variant 'generous' of clause "
        "'bla.test_clause'; use one of protective",
    ),
    "empty_file": (
        {"c.yaml": "\n# nothing here yet\n"},
        "c.yaml:1:1: file is empty; add content or delete the file",
    ),
    "non_utf8_file": (
        {"c.yaml": MINIMAL.replace("Clause de test", "Clause d\u00e9j\u00e0").encode("latin-1")},
        "c.yaml:2:38: file is not UTF-8 text (byte 0xe9); save it again with UTF-8 encoding",
    ),
    "python_object_tag": (
        {"c.yaml": MINIMAL.replace("default: 12",
                                   'default: !!python/object/apply:os.system ["echo hacked"]')},
        "c.yaml:9:14: unsafe YAML tag '!!python/object/apply:os.system' refused: library "
        "files may hold only plain data (strings, numbers, lists, mappings); remove the tag",
    ),
    "missing_required_field": (
        {"c.yaml": MINIMAL.replace("  pitfalls: {en: Vague words.}\n", "")},
        "c.yaml:18:3: field 'note.pitfalls' is missing; add it",
    ),
    "unknown_key": (
        {"c.yaml": MINIMAL.replace("agreement_types: [BLA]",
                                   "agreement_types: [BLA]\nsector: [all]")},
        "c.yaml:1:1: field '(top level)' has unknown key(s) 'sector'; check the spelling "
        "against docs/formats.md",
    ),
    "checklist_points_at_missing_clause": (
        {
            "clauses/c.yaml": MINIMAL,
            "checklists/list.yaml": """\
                id: test-list
                title: {en: Test list}
                source:
                  - {instrument: ILO C97, year: 1949, article: "Art. 6"}
                applies_to: [BLA]
                items:
                  - element_id: bla.scope
                    question: {en: "Is the scope clear?"}
                    severity: {BLA: essential}
                    clauses: [bla.no_such_clause]
            """,
        },
        "checklists/list.yaml:10:15: item bla.scope points at clause 'bla.no_such_clause', "
        "which does not exist; fix the id or write the clause",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_file_gets_exact_message(tmp_path, case):
    files, expected = CASES[case]
    problems = _validate(tmp_path, files)
    assert problems == [expected.replace("{folder}", str(tmp_path / "lib"))]


def test_python_tag_is_never_executed(tmp_path):
    marker = tmp_path / "executed"
    bad = MINIMAL.replace(
        "default: 12", f'default: !!python/object/apply:os.system ["touch {marker}"]'
    )
    problems = _validate(tmp_path, {"c.yaml": bad})
    assert problems and "unsafe YAML tag" in problems[0]
    assert not marker.exists()


def test_one_broken_file_does_not_hide_the_others(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "bad.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    library = load_folders([folder])
    assert "bla.test_clause" in library.clauses
    assert len(library.problems) == 1
    assert library.problems[0].file.name == "bad.yaml"


def _checklist(checklist_id: str, cues: str = "") -> str:
    return textwrap.dedent(f"""\
        id: {checklist_id}
        title: {{en: {checklist_id}}}
        source:
          - {{instrument: ILO C97, year: 1949, article: "Art. 6"}}
        applies_to: [BLA]
        items:
          - element_id: bla.scope
            question: {{en: "Is the scope clear?"}}
            severity: {{BLA: essential}}
        """) + textwrap.indent(textwrap.dedent(cues), "    ")


SCOPE_CUES = """\
cues:
  headings: {en: [scope, coverage]}
  phrases: {en: [workers covered]}
"""


def test_an_element_s_cues_are_written_once_and_shared(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a-home.yaml").write_text(_checklist("a-home", SCOPE_CUES), encoding="utf-8")
    (folder / "b-lens.yaml").write_text(_checklist("b-lens"), encoding="utf-8")
    library = load_folders([folder])
    assert library.problems == []
    home, lens = (library.checklists[c].items[0].cues for c in ("a-home", "b-lens"))
    assert lens == home and home.headings["en"] == ("scope", "coverage")


def test_a_second_copy_of_an_element_s_cues_is_reported(tmp_path):
    problems = _validate(tmp_path, {"a-home.yaml": _checklist("a-home", SCOPE_CUES),
                                    "b-copy.yaml": _checklist("b-copy", SCOPE_CUES)})
    assert problems == ["b-copy.yaml:11:7: the cues of bla.scope are already written in "
                        "checklist 'a-home'; keep them there only and drop this copy"]


@pytest.mark.parametrize(("cue", "message"), [
    ("licen[cs]e", "'[' is regular-expression syntax, matched literally here; write choices "
                   "as (a|b), an ending as word*, or start the cue with 're:'"),
    ("(in (two|three) copies|in duplicate)",
     "choices cannot be nested; spell out each choice: (a b|a c)"),
    ("before (his|her)? ?departure", "'?' only makes a choice optional, right after it: "
                                     "(word )?"),
])
def test_a_cue_in_regular_expression_syntax_is_reported(tmp_path, cue, message):
    cues = f"cues:\n  phrases: {{en: ['{cue}']}}\n"
    problems = _validate(tmp_path, {"list.yaml": _checklist("a-list", cues)})
    assert problems == [f"list.yaml:11:22: cue {cue!r}: {message}"]
