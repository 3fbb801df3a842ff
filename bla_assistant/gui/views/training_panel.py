"""Training mode: trainees mark findings on a flawed draft and get scored; facilitators compare
groups and export the debrief."""

from __future__ import annotations

import html
from pathlib import Path

from bla_assistant.core.library.model import Library, pick
from bla_assistant.core.training.exercise import Exercise
from bla_assistant.core.training.exercise_docx import write_debrief_docx
from bla_assistant.core.training.exercise_file import load_exercises
from bla_assistant.core.training.results_file import (
    Results,
    ResultsFileError,
    TraineeFinding,
    read_results,
    write_results,
)
from bla_assistant.core.training.scoring import Score, score_results
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.models.group_scores_model import GroupScoresModel
from bla_assistant.gui.models.trainee_findings_model import TraineeFindingsModel
from bla_assistant.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# Drafting weaknesses a trainee can name, besides the element ids of the checklists.
CLARITY_CHOICES = (
    "clarity.weak_modal", "clarity.no_duty_bearer", "clarity.no_deadline",
    "clarity.undefined_term", "clarity.masculine_only", "clarity.amount_without_currency",
    "clarity.missing_cross_reference", "clarity.social_security_national_law_only",
)


def _draft_html(exercise: Exercise, lang: str) -> str:
    parts = [f"<h2>{html.escape(pick(exercise.title, lang))}</h2>"]
    word = "Artigo" if lang == "pt" else "Article"
    for article in exercise.draft.get(lang) or exercise.draft["en"]:
        parts.append(f"<h3>{word} {html.escape(article.number)} — "
                     f"{html.escape(article.heading)}</h3>")
        parts += [f"<p>{html.escape(block)}</p>" for block in article.text.split("\n\n")]
    return "\n".join(parts)


def _brief_html(exercise: Exercise, lang: str) -> str:
    interests = "".join(
        f"<li><b>{html.escape(party)}</b>: {html.escape(pick(text, lang))}</li>"
        for party, text in exercise.scenario.interests.items()
    )
    return (f"<p><b>{html.escape(pick(exercise.scenario.corridor, lang))}</b></p>"
            f"<ul>{interests}</ul><p>{html.escape(pick(exercise.tasks, lang))}</p>"
            f"<p><i>{tr('Time')}: {exercise.time_box_minutes} min</i></p>")


def feedback_html(score: Score, lang: str) -> str:
    labels = {"found": tr("Found"), "wrong_article": tr("Right element, other article"),
              "missed": tr("Missed")}
    colours = {"found": "#1b5e20", "wrong_article": "#8a6d00", "missed": "#b71c1c"}
    rows = [f"<h3>{tr('Score')} {score.score:.0%} — {tr('precision')} {score.precision:.0%}, "
            f"{tr('recall')} {score.recall:.0%}</h3>"]
    for item in score.feedback:
        where = (f"{tr('Article')} {item.key.article}" if item.key.article
                 else tr("missing from the draft"))
        rows.append(
            f"<p><b style='color:{colours[item.status]}'>{labels[item.status]}</b> — "
            f"<b>{html.escape(item.key.element)}</b> ({html.escape(where)})<br>"
            f"{html.escape(pick(item.key.why, lang))}<br>"
            f"<i>{tr('Model fix')}:</i> {html.escape(pick(item.key.model_fix, lang))}<br>"
            f"<small>{html.escape(item.key.reference)}</small></p>")
    if score.unmatched:
        rows.append(f"<h4>{tr('Your findings not in the key (discuss them with the trainer)')}"
                    "</h4><ul>")
        rows += [f"<li>{html.escape(f.element)} ({html.escape(f.article or '-')}) "
                 f"{html.escape(f.comment)}</li>" for f in score.unmatched]
        rows.append("</ul>")
    return "\n".join(rows)


class TraineeView(QWidget):
    """Read the draft, mark findings, save or submit them, read the feedback."""

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.exercise: Exercise | None = None
        self.lang = "en"
        self.model = TraineeFindingsModel(self)
        self.last_score: Score | None = None

        self.brief = QTextBrowser()
        self.draft = QTextBrowser()
        self.group = QLineEdit(tr("Group 1"))
        self.article = QComboBox()
        self.element = QComboBox()
        self.element.setEditable(True)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(tr("Why is it a gap or a weakness?"))
        add = QPushButton(tr("&Add finding"))
        add.clicked.connect(self.add_finding)
        remove = QPushButton(tr("&Remove"))
        remove.clicked.connect(self.remove_selected)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        save = QPushButton(tr("&Save results…"))
        save.clicked.connect(self.save_results)
        submit = QPushButton(tr("Su&bmit and score"))
        submit.setDefault(True)
        submit.clicked.connect(self.submit)
        self.feedback = QTextBrowser()

        form = QFormLayout()
        form.addRow(tr("Group:"), self.group)
        form.addRow(tr("Article:"), self.article)
        form.addRow(tr("Element:"), self.element)
        form.addRow(tr("Comment:"), self.comment)
        buttons = QHBoxLayout()
        for button in (add, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (save, submit):
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.brief, 2)
        right_layout.addLayout(form)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.table, 3)
        right_layout.addWidget(QLabel(tr("Feedback")))
        right_layout.addWidget(self.feedback, 3)
        splitter = QSplitter()
        splitter.addWidget(self.draft)
        splitter.addWidget(right)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.add_button, self.submit_button = add, submit

    def set_exercise(self, exercise: Exercise, lang: str) -> None:
        self.exercise = exercise
        self.lang = lang if lang in exercise.draft else "en"
        self.brief.setHtml(_brief_html(exercise, self.lang))
        self.draft.setHtml(_draft_html(exercise, self.lang))
        self.article.clear()
        self.article.addItem(tr("(missing from the draft)"), "")
        for article in exercise.draft[self.lang]:
            self.article.addItem(f"{article.number} — {article.heading}", article.number)
        self.element.clear()
        applies = exercise.agreement_type
        for element in self.library.elements.values():
            if applies in element.applies_to or (applies == "MoU" and "BLA" in element.applies_to):
                self.element.addItem(f"{element.id} — {element.means}", element.id)
        for rule in CLARITY_CHOICES:
            self.element.addItem(rule, rule)
        self.model.set_findings([])
        self.feedback.clear()
        self.last_score = None

    def add_finding(self) -> None:
        element = self.element.currentData() or self.element.currentText().split(" — ")[0].strip()
        if not element:
            return
        self.model.add(TraineeFinding(element=element, article=self.article.currentData() or "",
                                      comment=self.comment.text().strip()))
        self.comment.clear()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.remove(row)

    def results(self) -> Results:
        assert self.exercise is not None
        return Results(exercise=self.exercise.id, group=self.group.text().strip() or "Group",
                       findings=self.model.findings, language=self.lang)

    def save_results(self, path: Path | None = None) -> Path | None:
        if self.exercise is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Save results"), f"{self.exercise.id}.results.yaml",
                tr("Results (*.yaml *.json)"))
            if not chosen:
                return None
            path = Path(chosen)
        write_results(self.results(), path)
        return path

    def submit(self) -> Score | None:
        if self.exercise is None:
            return None
        self.last_score = score_results(self.exercise, self.results())
        self.feedback.setHtml(feedback_html(self.last_score, self.lang))
        return self.last_score


class FacilitatorView(QWidget):
    """The key, the groups' results side by side, and the debrief document."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.exercise: Exercise | None = None
        self.lang = "en"
        self.key = QTextBrowser()
        self.model = GroupScoresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        import_button = QPushButton(tr("&Import group results…"))
        import_button.clicked.connect(lambda: self.import_results())
        export_button = QPushButton(tr("&Export debrief (.docx)…"))
        export_button.clicked.connect(lambda: self.export_debrief())
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.key)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter)

    def set_exercise(self, exercise: Exercise, lang: str) -> None:
        self.exercise, self.lang = exercise, lang
        items = "".join(
            f"<li><b>{html.escape(k.element)}</b> "
            f"({html.escape(tr('Article') + ' ' + k.article if k.article else tr('missing'))}): "
            f"{html.escape(pick(k.why, lang))}<br><i>{html.escape(pick(k.model_fix, lang))}</i>"
            f"<br><small>{html.escape(k.reference)}</small></li>"
            for k in exercise.key)
        self.key.setHtml(f"<h3>{tr('Answer key')}</h3><ol>{items}</ol>")
        self.model.set_scores([], [k.id for k in exercise.key],
                              [f"{k.element} ({k.article or '-'})" for k in exercise.key])

    def import_results(self, paths: list[Path] | None = None) -> list[str]:
        """Score each file; return the problems of the files that could not be read."""
        if self.exercise is None:
            return []
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(self, tr("Import group results"), "",
                                                     tr("Results (*.yaml *.yml *.json)"))
            paths = [Path(p) for p in chosen]
        scores = self.model.scores
        problems = []
        for path in paths:
            try:
                results = read_results(path)
            except ResultsFileError as exc:
                problems.append(str(exc))
                continue
            if results.exercise != self.exercise.id:
                problems.append(f"{path}: results are for exercise '{results.exercise}', "
                                f"not '{self.exercise.id}'")
                continue
            scores = [s for s in scores if s.group != results.group]
            scores.append(score_results(self.exercise, results))
        self.model.set_scores(scores, [k.id for k in self.exercise.key],
                              [f"{k.element} ({k.article or '-'})" for k in self.exercise.key])
        self.status.setText(tr("%n group(s)").replace("%n", str(len(scores))))
        if problems and self.isVisible():
            QMessageBox.warning(self, tr("Some files were not imported"), "\n\n".join(problems))
        return problems

    def export_debrief(self, path: Path | None = None) -> Path | None:
        if self.exercise is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Export debrief"),
                                                    f"{self.exercise.id}-debrief.docx",
                                                    tr("Word document (*.docx)"))
            if not chosen:
                return None
            path = Path(chosen)
        return write_debrief_docx(self.exercise, self.model.scores, self.lang, path)


class TrainingPanel(QWidget):
    def __init__(self, library: Library, lang: str = "en", parent=None):
        super().__init__(parent)
        self.exercises: dict[str, Exercise] = {}
        self.picker = QComboBox()
        self.language = QComboBox()
        for code, name in (("en", "English"), ("fr", "Français")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.trainee = TraineeView(library)
        self.facilitator = FacilitatorView()
        self.modes = QTabWidget()
        self.modes.addTab(self.trainee, tr("Trainee"))
        self.modes.addTab(self.facilitator, tr("Facilitator"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Exercise:")))
        top.addWidget(self.picker, 1)
        top.addWidget(QLabel(tr("Language:")))
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.modes)
        self.problems = self.load()
        self.picker.currentIndexChanged.connect(self._select)
        self.language.currentIndexChanged.connect(self._select)
        self._select()

    def load(self) -> list[str]:
        exercises, problems = load_exercises()
        self.exercises = {e.id: e for e in exercises}
        self.picker.clear()
        for exercise in exercises:
            self.picker.addItem(pick(exercise.title, self.language.currentData()), exercise.id)
        return [str(p) for p in problems]

    def _select(self) -> None:
        exercise = self.exercises.get(self.picker.currentData())
        if exercise is None:
            return
        lang = self.language.currentData()
        self.trainee.set_exercise(exercise, lang)
        self.facilitator.set_exercise(exercise, lang)

    def select_exercise(self, exercise_id: str) -> None:
        self.picker.setCurrentIndex(self.picker.findData(exercise_id))
