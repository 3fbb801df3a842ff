"""The gap panel shows the drafting clarity check of a received draft as its own part."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_received_draft_clarity_findings_are_listed(qtbot, library, tmp_path):
    from bla_assistant.gui.views.gap_panel import GapPanel, check_file_task

    draft = tmp_path / "received.txt"
    draft.write_text((REPO / "tests" / "data" / "clarity" / "planted_bla_en.txt")
                     .read_text(encoding="utf-8"), encoding="utf-8")
    report = check_file_task(progress=lambda *a: None, should_cancel=lambda: False,
                             path=draft, library=library)
    assert not report.error
    assert report.clarity, "the planted draft has drafting defects"

    panel = GapPanel(library, runner=None, prompts=None)
    qtbot.addWidget(panel)
    panel.set_report(report, "file")
    assert panel.lower_tabs.tabText(1).endswith(f"({len(report.clarity)})")
    shown = panel.clarity_view.toPlainText()
    first = report.clarity[0]
    assert first.article in shown
    clean = tmp_path / "clean.txt"
    clean.write_text((REPO / "tests" / "data" / "clarity" / "clean_bla_en.txt")
                     .read_text(encoding="utf-8"), encoding="utf-8")
    clean_report = check_file_task(progress=lambda *a: None, should_cancel=lambda: False,
                                   path=clean, library=library)
    panel.set_report(clean_report, "file")
    assert panel.lower_tabs.tabText(1).endswith("(0)")
