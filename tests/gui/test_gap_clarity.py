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


def test_app_icon_is_set(qapp):
    from bla_assistant.gui.app import set_app_icon

    set_app_icon(qapp)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert 256 in {size.width() for size in icon.availableSizes()}


def test_preview_numbers_articles_as_the_word_draft_does(qtbot, library):
    from bla_assistant.core.drafting.render import numbered_articles
    from bla_assistant.core.project.project_file import load_project
    from bla_assistant.gui.views.preview_pane import PreviewPane

    project = load_project(REPO / "examples" / "kenya-saudi-arabia-domestic-workers.bla.yaml")
    pane = PreviewPane(library)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_project(project)
    text = pane.toPlainText()
    numbered = numbered_articles(project, library)
    first_number, first = numbered[0]
    assert f"Article {first_number}" in text
    assert f"Article {len(numbered)}" in text and f"Article {len(numbered) + 1}" not in text
    assert len(numbered) == len(project.live_articles) - 1  # the example opens with a preamble
    assert "Preamble" in text.split(f"Article {first_number}")[0]
