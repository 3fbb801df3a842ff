"""Compare two files in the compare view: aligned changes, navigation, inline marks, redline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import bla_assistant.core.compare.engine  # noqa: E402,F401
import bla_assistant.core.project.project_file  # noqa: E402,F401

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def two_rounds(tmp_path_factory, library):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from screenshots import demo_projects
    finally:
        sys.path.pop(0)
    return demo_projects(library, tmp_path_factory.mktemp("rounds"))


def test_compare_two_files_navigate_and_export_redline(main_window, qtbot, two_rounds,
                                                       prompts, tmp_path, qtmodeltester):
    round_1, round_2 = two_rounds
    window = main_window
    window.actions_by_name["compare_files"].trigger()
    assert window.current_view() == "compare"
    panel = window.compare_panel
    assert panel.currentWidget() is panel.body
    panel.set_files(round_1, round_2)
    assert panel.compare_button.isEnabled()
    with qtbot.waitSignal(panel.compared, timeout=60000):
        panel.compare_button.click()
    qtmodeltester.check(panel.model)
    changed = panel.model.changed_rows()
    assert changed, "round 2 changed, moved and withdrew articles"
    kinds = {panel.model.comparison.changes[r].kind for r in changed}
    assert "modified" in kinds and "deleted" in kinds
    # Unchanged articles are hidden by default; next/previous walk the changes only.
    assert all(panel.table.isRowHidden(r) for r in range(panel.model.rowCount())
               if r not in changed)
    assert panel.table.currentIndex().row() == changed[0]
    panel.next_button.click()
    assert panel.table.currentIndex().row() == changed[1]
    panel.previous_button.click()
    panel.previous_button.click()  # wraps to the last change
    assert panel.table.currentIndex().row() == changed[-1]
    # The modified article shows the old value struck out on A and the new one on B.
    fees = next(r for r in changed if panel.model.comparison.changes[r].kind == "modified"
                and "60" in panel.model.comparison.changes[r].summary)
    panel.table.selectRow(fees)
    old_html, new_html = panel.old_view.toHtml(), panel.new_view.toHtml()
    assert "line-through" in old_html and ">30<" in old_html.replace(" ", "")
    assert "underline" in new_html and ">60<" in new_html.replace(" ", "")
    assert "Checklist" in panel.summary.text() or panel.summary.text()

    # Export the redline (tracked changes) on the worker pool.
    import bla_assistant.core.compare.redline_docx  # noqa: F401
    target = tmp_path / "redline.docx"
    prompts.save_answer = target
    panel.redline_button.click()
    qtbot.waitUntil(lambda: target.is_file() and not window.runner.active, timeout=60000)
    import zipfile

    xml = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    assert "<w:ins " in xml and "<w:del " in xml


def test_our_open_project_can_be_compared_with_a_file(main_window, qtbot, two_rounds):
    from bla_assistant.core.project.project_file import load_project

    round_1, round_2 = two_rounds
    window = main_window
    window.session.replace(load_project(round_2), round_2)
    panel = window.compare_panel
    panel.set_received(round_1)
    assert panel.source_a.currentData() == "<project>"
    with qtbot.waitSignal(panel.compared, timeout=60000):
        panel.compare()
    assert panel.model.changed_rows()
