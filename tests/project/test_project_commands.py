"""Core edit commands: each returns a Changes record whose inverse undoes it exactly."""

from __future__ import annotations

import pytest
from project_fixtures import sample_project

from bla_assistant.core.project import commands as c
from bla_assistant.core.project.model import Comment
from bla_assistant.core.project.project_file import dump_project


def _record(events, name):
    def slot(*args):
        events.append((name, *args))

    return slot


def test_evented_list_reports_insert_remove_move_change_in_order():
    project = sample_project()
    events: list[tuple] = []
    ev = project.articles.events
    for name in ("inserting", "inserted", "removing", "removed", "moving", "moved", "changed"):
        getattr(ev, name).connect(_record(events, name))
    changes = c.add_free_article(project, "Definitions", "In this Agreement...", index=0)
    uid = changes.articles[0]
    assert [e[:2] for e in events] == [("inserting", 0), ("inserted", 0)]
    events.clear()
    c.move_article(project, uid, 2)
    assert [e[:3] for e in events] == [("moving", 0, 2), ("moved", 0, 2)]
    assert project.articles[2].uid == uid
    events.clear()
    c.set_status(project, uid, "agreed")
    assert events[0][:2] == ("changed", 2)
    events.clear()
    c.remove_article(project, uid)
    assert [e[:2] for e in events] == [("removing", 2), ("removed", 2)]


STEPS = [
    lambda p: c.add_clause_article(p, "ssa.detached_workers", "baseline", index=1),
    lambda p: c.add_free_article(p, "Definitions", "Terms.", lang="en", index=0),
    lambda p: c.move_article(p, "fees", 2),
    lambda p: c.set_variant(p, "fees", "fallback"),
    lambda p: c.set_parameter(p, "fees", "fee_cap_months", 1),
    lambda p: c.set_parameter(p, "fees", "refund_days", None),
    lambda p: c.set_override(p, "fees", "Negotiated text.", "en"),
    lambda p: c.set_heading(p, "final", "", "en"),
    lambda p: c.set_status(p, "fees", "contested"),
    lambda p: c.set_position(p, "fees", "B", "wants a capped fee"),
    lambda p: c.add_comment(p, "fees", "check with the agencies", "desk officer"),
    lambda p: c.set_comment(p, "fees", 0, Comment("rewritten")),
    lambda p: c.set_comment(p, "fees", 0, None),
    lambda p: c.set_notes(p, "final", "red line: none"),
    lambda p: c.set_party_field(p, "A", "signatory.name", "Someone Else"),
    lambda p: c.set_party_field(p, "B", "competent_authority", "la Direction", "fr"),
    lambda p: c.set_project_field(p, "title", "New title", "en"),
    lambda p: c.set_project_field(p, "languages", ["fr"]),
    lambda p: c.set_project_parameter(p, "currency", "SAR"),
    lambda p: c.start_round(p, "2026-05-01", "Riyadh"),
    lambda p: c.set_status(p, "final", "withdrawn"),
    lambda p: c.remove_article(p, "fees"),
]


def test_every_command_is_undone_by_its_inverse_and_redone_by_the_inverse_of_that():
    project = sample_project()
    snapshots = [dump_project(project)]
    records = []
    for step in STEPS:
        records.append(step(project))
        snapshots.append(dump_project(project))
    assert snapshots[-1] != snapshots[0]
    redo = []
    for record, before in zip(reversed(records), reversed(snapshots[:-1]), strict=True):
        assert record.inverse is not None, record.description
        redo.append(record.inverse.apply(project))
        assert dump_project(project) == before, record.description
    for record, after in zip(reversed(redo), snapshots[1:], strict=True):
        record.inverse.apply(project)
        assert dump_project(project) == after, record.description


def test_edits_are_stamped_with_the_current_round():
    project = sample_project()
    c.start_round(project)
    changes = c.set_status(project, "fees", "agreed")
    assert project.article("fees").last_changed_round == 2
    assert changes.articles == ("fees",)
    c.set_parameter(project, "fees", "refund_days", 14)
    assert project.article("fees").parameters["refund_days"] == 14


def test_bad_edits_raise_clear_errors(library):
    project = sample_project()
    with pytest.raises(c.CommandError, match="use one of proposed"):
        c.set_status(project, "fees", "maybe")
    with pytest.raises(c.CommandError, match="no article with uid 'nope'"):
        c.set_notes(project, "nope", "x")
    with pytest.raises(c.CommandError, match="not in the library"):
        c.add_clause_article(project, "bla.unknown", library=library)
    with pytest.raises(c.CommandError, match="has no variant 'bold'"):
        c.add_clause_article(project, "bla.fair_recruitment_no_fees", "bold", library=library)
    with pytest.raises(c.CommandError, match="party must be"):
        c.set_party_field(project, "C", "name", "x")


def test_adding_a_clause_with_the_library_fills_its_default_parameters(library):
    project = sample_project()
    changes = c.add_clause_article(project, "ssa.detached_workers", library=library)
    article = project.article(changes.articles[0])
    assert article.parameters == {"posting_months": 24, "extension_months": 12}
    assert article.variant == "protective"
    assert changes.structure and "gaps" in changes.stale


def test_withdrawing_an_article_is_a_structural_change():
    project = sample_project()
    assert not c.set_status(project, "fees", "agreed").structure
    assert c.set_status(project, "fees", "withdrawn").structure
    assert c.set_status(project, "fees", "proposed").structure
