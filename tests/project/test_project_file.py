"""Project files: round trip, backups, migration, and located errors that overwrite nothing."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from project_fixtures import sample_project

from bla_assistant.core.project.model import SCHEMA_VERSION
from bla_assistant.core.project.project_file import (
    ProjectFileError,
    backup_path,
    dump_project,
    load_project,
    save_project,
)


def test_save_then_load_gives_the_same_project(tmp_path):
    project = sample_project()
    project.articles[0].positions = {"A": "keep zero fees", "B": "wants a cap"}
    path = tmp_path / "kenya-ksa.bla.yaml"
    save_project(project, path)
    loaded = load_project(path)
    assert dump_project(loaded) == dump_project(project)
    assert loaded.party_a.name["fr"] == "la République du Kenya"
    assert [a.uid for a in loaded.articles] == ["fees", "final"]
    assert loaded.date == "2026-03-15"


def test_second_save_keeps_the_previous_version_as_bak(tmp_path):
    path = tmp_path / "p.bla.yaml"
    project = sample_project()
    save_project(project, path)
    first = path.read_text(encoding="utf-8")
    assert not backup_path(path).exists()
    project.notes = "after round 1"
    save_project(project, path)
    assert backup_path(path).read_text(encoding="utf-8") == first
    assert load_project(path).notes == "after round 1"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _write(tmp_path, text: str):
    path = tmp_path / "bad.bla.yaml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        ("""
         schema_version: 1
         agreement_type: BLA
         articles:
           - uid: a1
             clause_id: bla.wages_payment
             status: signed
         """, 6, "articles[0].status", "use one of proposed"),
        ("""
         schema_version: 1
         party_a:
           name: Kenya
           capital: Nairobi
         """, 4, "party_a.capital", "unknown field"),
        ("""
         schema_version: 1
         articles:
           - uid: a1
             heading: Scope
         """, 3, "articles[0]", "needs either clause_id"),
        ("""
         schema_version: 1
         articles:
           - {uid: a1, clause_id: bla.scope}
           - {uid: a1, clause_id: bla.objectives}
         """, 4, "articles[1].uid", "make it unique"),
        ("""
         schema_version: 1
         languages: en
         """, 2, "languages", "list of language codes"),
        ("""
         schema_version: 1
         current_round: two
         """, 2, "current_round", "whole number"),
        ("""
         schema_version: 1
         articles:
           - uid: a1
             clause_id: bla.scope
             status: agreed
             status: contested
         """, 6, "articles[0].status", "appears twice (lines 5 and 6)"),
    ],
)
def test_hand_edited_mistakes_name_file_line_and_field(tmp_path, text, line, field, words):
    path = _write(tmp_path, text)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    error = caught.value
    assert (error.line, error.field) == (line, field)
    assert words in error.message
    assert str(path) in str(error)
    assert path.read_bytes() == before


def test_corrupt_file_is_reported_with_its_line(tmp_path):
    path = _write(tmp_path, """
        schema_version: 1
        title: "unclosed
        agreement_type: BLA
        """)
    with pytest.raises(ProjectFileError, match="YAML syntax error") as caught:
        load_project(path)
    assert caught.value.line >= 2


def test_truncated_binary_garbage_is_refused(tmp_path):
    path = tmp_path / "g.bla.yaml"
    path.write_bytes(b"\x00\xff\xfe garbage")
    with pytest.raises(ProjectFileError, match="not UTF-8"):
        load_project(path)


def test_file_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = _write(tmp_path, f"""
        schema_version: {SCHEMA_VERSION + 1}
        title: From the future
        hologram: true
        """)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="newer BLA Assistant") as caught:
        load_project(path)
    assert caught.value.field == "schema_version" and caught.value.line == 1
    assert path.read_bytes() == before


def test_unsafe_yaml_tags_are_refused(tmp_path):
    path = _write(tmp_path, """
        schema_version: 1
        title: !!python/object/apply:os.system ["echo hacked"]
        """)
    with pytest.raises(ProjectFileError, match="unsafe YAML tag"):
        load_project(path)


def test_version_0_files_are_migrated(tmp_path):
    path = _write(tmp_path, """
        title: Prototype project
        type: SSA
        parties:
          - {name: Senegal, authority: Ministère du Travail}
          - {name: Mali}
        articles:
          - {uid: a1, clause: ssa.detached_workers, status: done}
          - {uid: a2, text: "Free wording.", status: open}
        """)
    project = load_project(path)
    assert project.agreement_type == "SSA"
    assert project.party_a.competent_authority == {"": "Ministère du Travail"}
    assert project.party_b.name == {"": "Mali"}
    assert [(a.clause_id, a.status) for a in project.articles] == [
        ("ssa.detached_workers", "agreed"), (None, "contested")]
    assert project.articles[1].free_text == {"": "Free wording."}
    # Saving writes the current format; loading it again gives the same project.
    save_project(project, path)
    assert f"schema_version: {SCHEMA_VERSION}" in path.read_text(encoding="utf-8")
    assert dump_project(load_project(path)) == dump_project(project)


def test_the_documented_example_loads(tmp_path):
    docs = Path(__file__).resolve().parents[2] / "docs" / "formats.md"
    text = docs.read_text(encoding="utf-8")
    section = text.split("## Negotiation project")[1]
    example = section.split("```yaml\n")[1].split("```")[0]
    path = tmp_path / "example.bla.yaml"
    path.write_text(example, encoding="utf-8")
    project = load_project(path)
    assert project.agreement_type == "SSA"
    assert project.article("detached").positions["B"] == "12 months, no extension"
    assert project.current_round == 2


def test_saving_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "shared.bla.yaml"
    save_project(sample_project(), path)
    assert path.stat().st_mode & 0o044  # readable by colleagues, as a normal new file
    path.chmod(0o640)
    save_project(sample_project(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_values_are_checked_against_the_library_with_lines(tmp_path, library):
    from bla_assistant.core.project.project_file import load_project_checked

    path = _write(tmp_path, """
        schema_version: 1
        articles:
          - uid: posting
            clause_id: ssa.detached_workers
            variant: bold
            parameters:
              posting_months: two years
              extension_months: 500
              colour: blue
          - {uid: ghost, clause_id: ssa.not_a_clause}
        """)
    project, problems = load_project_checked(path, library)
    found = {(p.line, p.field): p.message for p in problems}
    assert "has no variant 'bold'" in found[(5, "articles[0].variant")]
    assert "not a whole number" in found[(7, "articles[0].parameters.posting_months")]
    assert "above the maximum 60" in found[(8, "articles[0].parameters.extension_months")]
    assert "no parameter 'colour'" in found[(9, "articles[0].parameters.colour")]
    assert "not in the library" in found[(10, "articles[1].clause_id")]
    assert all(str(path) in str(p) for p in problems)
    assert len(project.articles) == 2
