"""A trainee run and a facilitator debrief in the GUI (offscreen)."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt  # noqa: E402

from bla_assistant.core.library.loader import load_library
from bla_assistant.core.training.results_file import Results, TraineeFinding, write_results


@pytest.fixture
def panel(qtbot):
    from bla_assistant.gui.views.training_panel import TrainingPanel

    widget = TrainingPanel(load_library(), lang="en")
    qtbot.addWidget(widget)
    widget.select_exercise("bla-missing-social-security")
    return widget


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_trainee_marks_findings_and_gets_scored(panel, qtbot, qtmodeltester, tmp_path):
    trainee = panel.trainee
    assert "Article 4" in trainee.draft.toPlainText()
    _choose(trainee.article, "4")
    _choose(trainee.element, "bla.fair_recruitment_no_fees")
    trainee.comment.setText("workers pay reasonable fees")
    qtbot.mouseClick(trainee.add_button, Qt.MouseButton.LeftButton)
    _choose(trainee.article, "")
    _choose(trainee.element, "bla.insurance")
    trainee.add_finding()
    _choose(trainee.article, "1")
    _choose(trainee.element, "bla.objectives")
    trainee.add_finding()
    assert trainee.model.rowCount() == 3
    qtmodeltester.check(trainee.model)

    score = trainee.submit()
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 8)
    text = trainee.feedback.toPlainText()
    assert "Missed" in text and "bla.social_security" in text
    assert "bla.objectives" in text  # listed as outside the key, for discussion

    saved = trainee.save_results(tmp_path / "g1.yaml")
    assert "bla.fair_recruitment_no_fees" in saved.read_text(encoding="utf-8")


def test_switching_language_shows_the_french_draft(panel):
    _choose(panel.language, "fr")
    assert "Recrutement" in panel.trainee.draft.toPlainText()
    assert panel.trainee.article.count() == 11  # ten articles and "missing"


def test_facilitator_compares_groups_and_exports_debrief(panel, qtmodeltester, tmp_path):
    one = tmp_path / "one.yaml"
    two = tmp_path / "two.yaml"
    broken = tmp_path / "broken.yaml"
    write_results(Results("bla-missing-social-security", "Alpha",
                          [TraineeFinding("bla.social_security"),
                           TraineeFinding("bla.fair_recruitment_no_fees", "4")]), one)
    write_results(Results("bla-missing-social-security", "Beta",
                          [TraineeFinding("bla.fair_recruitment_no_fees", "6")]), two)
    broken.write_text("group: [\n", encoding="utf-8")
    facilitator = panel.facilitator
    problems = facilitator.import_results([one, two, broken])
    assert len(problems) == 1 and "broken.yaml" in problems[0]
    model = facilitator.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Alpha"  # best score first
    k4 = 4 + [k.id for k in facilitator.exercise.key].index("k4")
    assert model.index(1, k4).data() == "½"  # Beta named the element in the wrong article
    out = facilitator.export_debrief(tmp_path / "debrief.docx")
    with zipfile.ZipFile(out) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "Alpha" in xml and "Beta" in xml
