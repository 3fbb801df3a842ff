"""Import a draft received from the other party: its gaps; and the gap check of our own draft."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("bla_assistant.core.gapcheck.draft_check")
pytest.importorskip("bla_assistant.core.drafting.docx_writer")

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def received_docx(tmp_path_factory, library):
    """A BLA from 'the other party': our demo draft without its social security articles."""
    from bla_assistant.core.drafting.docx_writer import write_draft
    from bla_assistant.core.project import commands as c
    from bla_assistant.core.project.project_file import load_project

    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from screenshots import demo_projects
    finally:
        sys.path.pop(0)
    folder = tmp_path_factory.mktemp("received")
    _, round_2 = demo_projects(library, folder)
    project = load_project(round_2)
    for article in list(project.articles):
        if article.clause_id and article.clause_id.startswith(("bla.social_security",
                                                               "bla.insurance")):
            c.remove_article(project, article.uid)
    out = folder / "received-from-qatar.docx"
    write_draft(project, library, out)
    return out


def test_import_received_draft_shows_its_gaps_and_offers_the_clause(
        main_window, qtbot, received_docx, prompts, qtmodeltester, library, wizard_choices):
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project

    window = main_window
    window.session.replace(build_project(wizard_choices, library), None)
    assert window.actions_by_name["import_draft"].isEnabled()
    prompts.open_answer = received_docx
    panel = window.gap_panel
    with qtbot.waitSignal(panel.reportReady, timeout=60000):
        window.actions_by_name["import_draft"].trigger()
    assert window.current_view() == "gaps"
    report = panel.report
    assert report.type in ("BLA", "MoU") and not report.error
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    statuses = {i.element_id: i.status for i in report.items}
    assert statuses.get("bla.fair_recruitment_no_fees") == "present"
    # The draft leaves out passports, complaints and more: the check must say so.
    gaps = [i for i in report.items if i.status == "missing" and i.suggestion in library.clauses]
    assert gaps
    target = gaps[0].element_id
    assert "received-from-qatar.docx" in panel.summary.text()

    # "Only gaps" hides what is present; the missing item offers its clause in one click.
    panel.hide_present.setChecked(True)
    shown = [panel.proxy.index(r, 0).data(0x0100) for r in range(panel.proxy.rowCount())]
    assert shown and all(item.status != "present" for item in shown)
    panel.checklist_box.setCurrentIndex(0)  # all checklists
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 0).data(0x0100).element_id == target)
    panel.table.selectRow(row)
    item = panel.current_item()
    assert item.suggestion in library.clauses
    assert panel.add_button.isEnabled() and panel.clause_button.isEnabled()
    assert not panel.go_button.isEnabled()  # evidence in someone else's file, not our draft
    before = len(window.project.articles)
    panel.add_button.click()
    assert len(window.project.articles) == before + 1
    assert window.project.articles[-1].clause_id == item.suggestion
    panel.clause_button.click()
    assert window.current_view() == "library"
    assert window.library_browser.detail.clause.id == item.suggestion

    # The compare view holds our draft (A) against the received one (B), already compared.
    assert window.compare_panel.source_b.currentData() == str(received_docx)
    assert window.compare_panel.source_a.currentData() == "<project>"
    qtbot.waitUntil(lambda: window.compare_panel.comparison is not None, timeout=60000)
    assert window.compare_panel.model.rowCount() > 0

    # Export the gap report.
    target = received_docx.with_name("gaps.json")
    prompts.save_answer = target
    window.actions_by_name["export_gaps"].trigger()
    import json

    data = json.loads(target.read_text(encoding="utf-8"))
    assert {i["element_id"] for i in data["items"]} == set(statuses)


def test_gap_check_of_our_draft_jumps_to_the_article(main_window, qtbot, library,
                                                     wizard_choices):
    from bla_assistant.gui.dialogs.new_agreement_wizard import build_project

    window = main_window
    window.session.replace(build_project(wizard_choices, library), None)
    for clause_id in ("bla.objectives", "bla.fair_recruitment_no_fees", "bla.wages_payment"):
        window.session.execute("add_clause_article", clause_id=clause_id, library=library)
    panel = window.gap_panel
    with qtbot.waitSignal(panel.reportReady, timeout=60000):
        window.actions_by_name["check_gaps"].trigger()
    fees = next(i for i in panel.report.items
                if i.element_id == "bla.fair_recruitment_no_fees")
    assert fees.status == "present" and fees.evidence[0].article
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 0).data(0x0100) is fees)
    panel.table.selectRow(row)
    assert panel.go_button.isEnabled()
    panel.go_button.click()
    assert window.current_view() == "workspace"
    uid = window.workspace.current_uid()
    assert window.project.article(uid).clause_id == "bla.fair_recruitment_no_fees"
    # An edit marks the report as out of date.
    window.session.execute("set_status", uid=uid, status="agreed")
    assert "check again" in panel.summary.text()
