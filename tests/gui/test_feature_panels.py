"""Panels over an optional core feature say when this build lacks it, and then start no work."""

from __future__ import annotations

from pathlib import Path

import pytest

from bla_assistant.gui.core_features import FEATURES, available
from bla_assistant.gui.views.compare_panel import ComparePanel
from bla_assistant.gui.views.gap_panel import GapPanel


class RecordingRunner:
    def __init__(self) -> None:
        self.started: list[str] = []

    def run(self, name: str, *_args, **_kwargs) -> None:
        self.started.append(name)


def start_compare(panel: ComparePanel, tmp_path: Path) -> None:
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text("Article 1\nText.\n", encoding="utf-8")
    new.write_text("Article 1\nOther text.\n", encoding="utf-8")
    panel.set_files(old, new)
    panel.compare()


def start_gap_check(panel: GapPanel, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Article 1\nText.\n", encoding="utf-8")
    panel.check_file(draft)


@pytest.fixture
def other_build(monkeypatch):
    """A build whose modules differ: a build is looked up once per process, so forget that."""
    available.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    available.cache_clear()


PANELS = [
    pytest.param(ComparePanel, "compare", "Compare", start_compare, id="compare"),
    pytest.param(GapPanel, "gap_check", "Gap check", start_gap_check, id="gap"),
]


@pytest.mark.parametrize(("panel_class", "feature", "title", "start"), PANELS)
def test_missing_feature_shows_a_note_and_starts_nothing(
        qtbot, library, prompts, other_build, tmp_path, panel_class, feature, title,
        start) -> None:
    other_build.setitem(FEATURES, feature, "bla_assistant.core.not_in_this_build")
    runner = RecordingRunner()
    panel = panel_class(library, runner, prompts)
    qtbot.addWidget(panel)
    assert panel.currentWidget() is panel.unavailable
    assert panel.unavailable.heading.text() == title
    assert "not available in this build" in panel.unavailable.body.text()
    start(panel, tmp_path)
    assert runner.started == []


@pytest.mark.parametrize(("panel_class", "feature", "title", "start"), PANELS)
def test_present_feature_shows_the_panel_and_starts_the_work(
        qtbot, library, prompts, tmp_path, panel_class, feature, title, start) -> None:
    runner = RecordingRunner()
    panel = panel_class(library, runner, prompts)
    qtbot.addWidget(panel)
    assert panel.currentWidget() is panel.body
    start(panel, tmp_path)
    assert runner.started == [feature]
