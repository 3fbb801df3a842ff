"""Random edit sequences: undoing every step in reverse gives back the original project, and
the evented list tells a listener exactly the order the project ends up in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from project_fixtures import sample_project

from bla_assistant.core.project import commands as c
from bla_assistant.core.project.project_file import dump_project

STEP = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 6)),
    st.tuples(st.just("remove"), st.integers(0, 6)),
    st.tuples(st.just("move"), st.integers(0, 6), st.integers(0, 6)),
    st.tuples(st.just("status"), st.integers(0, 6),
              st.sampled_from(["proposed", "agreed", "contested", "parked", "withdrawn"])),
    st.tuples(st.just("param"), st.integers(0, 6), st.integers(1, 90)),
    st.tuples(st.just("round"),),
)


def _apply(project, step):
    n = len(project.articles)
    kind = step[0]
    if kind == "add":
        return c.add_free_article(project, f"Free {step[1]}", "Text.", index=step[1])
    if kind == "round":
        return c.start_round(project)
    if n == 0:
        return None
    uid = project.articles[step[1] % n].uid
    if kind == "remove":
        return c.remove_article(project, uid)
    if kind == "move":
        return c.move_article(project, uid, step[2] % n)
    if kind == "status":
        return c.set_status(project, uid, step[2])
    return c.set_parameter(project, uid, "days", step[2])


class Mirror:
    """What a Qt model would hold, kept only from the list's events."""

    def __init__(self, project):
        self.uids = [a.uid for a in project.articles]
        ev = project.articles.events
        ev.inserted.connect(lambda i, a: self.uids.insert(i, a.uid))
        ev.removed.connect(lambda i, a: self.uids.pop(i))
        ev.moved.connect(lambda s, d, a: self.uids.insert(d, self.uids.pop(s)))


@settings(max_examples=40, deadline=None)
@given(st.lists(STEP, max_size=25))
def test_undo_all_restores_and_events_mirror_the_list(steps):
    project = sample_project()
    mirror = Mirror(project)
    original = dump_project(project)
    records = [r for r in (_apply(project, s) for s in steps) if r is not None]
    assert mirror.uids == [a.uid for a in project.articles]
    for record in reversed(records):
        record.inverse.apply(project)
    assert dump_project(project) == original
    assert mirror.uids == [a.uid for a in project.articles]
