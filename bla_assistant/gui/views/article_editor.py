"""Edit one article: variant, parameters, negotiated wording against the model text, status."""

from __future__ import annotations

from typing import Any

from bla_assistant.core.library.model import Library, pick
from bla_assistant.core.project.model import STATUSES, Article, Project, text_in
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.models.article_list_model import article_heading, status_label
from bla_assistant.gui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bla_assistant.gui.views.parameter_form import ParameterForm


class ArticleEditor(QScrollArea):
    """Input: set_article(project, uid). Output: editRequested(command_name, kwargs)."""

    editRequested = Signal(str, dict)
    clauseRequested = Signal(str)

    def __init__(self, library: Library, lang: str = "en", parent=None):
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.project: Project | None = None
        self.uid: str | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = QLabel(tr("No article selected"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)

        form = QFormLayout()
        self.heading = QLineEdit()
        self.heading.editingFinished.connect(
            lambda: self._emit("set_heading", text=self.heading.text().strip(), lang=self.lang))
        self.variant = QComboBox()
        self.variant.activated.connect(
            lambda _i: self._emit("set_variant", variant=self.variant.currentData()))
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(
            lambda _i: self._emit("set_status", status=self.status.currentData()))
        form.addRow(tr("Heading:"), self.heading)
        form.addRow(tr("Variant:"), self.variant)
        form.addRow(tr("Status:"), self.status)
        layout.addLayout(form)

        self.parameters_box = QGroupBox(tr("Parameters"))
        self.parameters = ParameterForm()
        self.parameters.parameterEdited.connect(
            lambda name, value: self._emit("set_parameter", name=name, value=value))
        QVBoxLayout(self.parameters_box).addWidget(self.parameters)
        layout.addWidget(self.parameters_box)

        text_box = QGroupBox(tr("Text"))
        text_layout = QVBoxLayout(text_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        model_side = QWidget()
        model_layout = QVBoxLayout(model_side)
        model_layout.setContentsMargins(0, 0, 0, 0)
        self.model_label = QLabel(tr("Model text"))
        self.model_text = QPlainTextEdit()
        self.model_text.setReadOnly(True)
        model_layout.addWidget(self.model_label)
        model_layout.addWidget(self.model_text)
        own_side = QWidget()
        own_layout = QVBoxLayout(own_side)
        own_layout.setContentsMargins(0, 0, 0, 0)
        own_header = QHBoxLayout()
        self.override_label = QLabel(tr("Negotiated wording"))
        self.override_label.setToolTip(tr("Replaces the model text in the draft; the model "
                                          "text is kept."))
        self.reset_override = QPushButton(tr("Use model text"))
        self.reset_override.clicked.connect(self._clear_override)
        own_header.addWidget(self.override_label, 1)
        own_header.addWidget(self.reset_override)
        self.override = QPlainTextEdit()
        self.override.setPlaceholderText(tr("Type here only when the agreed wording differs "
                                            "from the model text."))
        own_layout.addLayout(own_header)
        own_layout.addWidget(self.override)
        splitter.addWidget(model_side)
        splitter.addWidget(own_side)
        splitter.setMinimumHeight(200)
        text_layout.addWidget(splitter)
        layout.addWidget(text_box, 1)
        # Typing is committed after a pause, so undo steps are words, not keystrokes.
        self._override_timer = QTimer(self)
        self._override_timer.setSingleShot(True)
        self._override_timer.setInterval(700)
        self._override_timer.timeout.connect(self._commit_override)
        self.override.textChanged.connect(self._override_timer.start)

        talks = QGroupBox(tr("Negotiation"))
        talks_form = QFormLayout(talks)
        self.position_a = QLineEdit()
        self.position_b = QLineEdit()
        self.position_a.editingFinished.connect(
            lambda: self._emit("set_position", party="A", text=self.position_a.text()))
        self.position_b.editingFinished.connect(
            lambda: self._emit("set_position", party="B", text=self.position_b.text()))
        self.comments = QPlainTextEdit()
        self.comments.setReadOnly(True)
        self.comments.setMaximumHeight(90)
        self.new_comment = QLineEdit()
        self.new_comment.setPlaceholderText(tr("Add a comment and press Enter"))
        self.new_comment.returnPressed.connect(self._add_comment)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setPlaceholderText(tr("Internal notes: red lines, fallback, questions"))
        self.party_a_label = QLabel(tr("Position of party A:"))
        self.party_b_label = QLabel(tr("Position of party B:"))
        talks_form.addRow(self.party_a_label, self.position_a)
        talks_form.addRow(self.party_b_label, self.position_b)
        talks_form.addRow(tr("Comments:"), self.comments)
        talks_form.addRow("", self.new_comment)
        talks_form.addRow(tr("Our notes:"), self.notes)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(700)
        self._notes_timer.timeout.connect(
            lambda: self._emit("set_notes", text=self.notes.toPlainText()))
        self.notes.textChanged.connect(self._notes_timer.start)
        layout.addWidget(talks)
        self.setEnabled(False)

    # --- input
    def set_article(self, project: Project | None, uid: str | None) -> None:
        self._flush()
        self.project, self.uid = project, uid
        self.refresh()

    def article(self) -> Article | None:
        if self.project is None or self.uid is None:
            return None
        try:
            return self.project.article(self.uid)
        except KeyError:
            return None

    def refresh(self) -> None:
        article = self.article()
        self.setEnabled(article is not None)
        if article is None:
            self.title.setText(tr("No article selected"))
            return
        lang = self.lang
        clause = self.library.clauses.get(article.clause_id or "")
        self.title.setText(article_heading(article, self.library, lang))
        self._set_line(self.heading, text_in(article.heading, lang))
        self.heading.setPlaceholderText(article_heading(
            Article(clause_id=article.clause_id), self.library, lang))
        self.variant.clear()
        if clause is not None:
            for v in clause.variants:
                self.variant.addItem(pick(v.label, lang), v.key)
            self.variant.setCurrentIndex(max(0, self.variant.findData(article.variant)))
        self.variant.setEnabled(clause is not None)
        self.status.setCurrentIndex(self.status.findData(article.status))
        values = {**(clause.default_parameters() if clause else {}), **article.parameters}
        self.parameters.set_clause(clause, values, lang)
        self.parameters_box.setVisible(bool(clause and clause.parameters))
        self.model_text.setPlainText(self._model_text(article, values))
        own = text_in(article.free_text if article.is_free else article.override, lang)
        self.override_label.setText(tr("Article text") if article.is_free
                                    else tr("Negotiated wording"))
        self.model_label.setVisible(not article.is_free)
        self.model_text.setVisible(not article.is_free)
        self.reset_override.setVisible(not article.is_free)
        self.reset_override.setEnabled(bool(own))
        if self.override.toPlainText() != own:
            self._set_plain(self.override, own)
        self._set_line(self.position_a, article.positions.get("A", ""))
        self._set_line(self.position_b, article.positions.get("B", ""))
        names = [text_in(p.short_name, lang) or text_in(p.name, lang)
                 for p in (self.project.party_a, self.project.party_b)]
        self.party_a_label.setText(tr("Position of %1:").replace("%1", names[0] or "A"))
        self.party_b_label.setText(tr("Position of %1:").replace("%1", names[1] or "B"))
        self.comments.setPlainText("\n".join(
            f"[{tr('round')} {c.round}] {c.author + ': ' if c.author else ''}{c.text}"
            for c in article.comments))
        if self.notes.toPlainText() != article.notes:
            self._set_plain(self.notes, article.notes)

    def _model_text(self, article: Article, values: dict[str, Any]) -> str:
        clause = self.library.clauses.get(article.clause_id or "")
        if clause is None:
            return ""
        # jinja2 and the drafting code load with the first article shown, not at start-up.
        from bla_assistant.core.drafting.context import project_context
        from bla_assistant.core.library.clause_template import render_variant

        values = {**values, **self.project.parameters, **article.parameters,
                  **project_context(self.project, self.lang)}
        try:
            return render_variant(clause, article.variant or clause.variants[0].key, self.lang,
                                  values, draft=True)
        except (KeyError, ValueError) as exc:
            return str(exc)

    @staticmethod
    def _set_line(line: QLineEdit, text: str) -> None:
        if line.text() != text:
            line.blockSignals(True)
            line.setText(text)
            line.blockSignals(False)

    @staticmethod
    def _set_plain(edit: QPlainTextEdit, text: str) -> None:
        edit.blockSignals(True)
        edit.setPlainText(text)
        edit.blockSignals(False)

    # --- output
    def _emit(self, command: str, **kwargs: Any) -> None:
        article = self.article()
        if article is None:
            return
        name = command
        if name == "set_heading" and kwargs["text"] == text_in(article.heading, self.lang):
            return
        if name == "set_position" and kwargs["text"] == article.positions.get(kwargs["party"], ""):
            return
        if name == "set_notes" and kwargs["text"] == article.notes:
            return
        if name == "set_variant" and kwargs["variant"] == article.variant:
            return
        if name == "set_status" and kwargs["status"] == article.status:
            return
        if name == "set_parameter" and article.parameters.get(kwargs["name"]) == kwargs["value"]:
            return
        self.editRequested.emit(name, {"uid": article.uid, **kwargs})

    def _commit_override(self) -> None:
        article = self.article()
        if article is None:
            return
        name = "set_free_text" if article.is_free else "set_override"
        current = text_in(article.free_text if article.is_free else article.override, self.lang)
        text = self.override.toPlainText()
        if text.strip() != current.strip():
            self.editRequested.emit(name, {"uid": article.uid, "text": text.strip(),
                                           "lang": self.lang})

    def _clear_override(self) -> None:
        self._set_plain(self.override, "")
        self._override_timer.stop()
        self._commit_override()

    def _add_comment(self) -> None:
        text = self.new_comment.text().strip()
        if text:
            self.new_comment.clear()
            self._emit("add_comment", text=text)

    def _flush(self) -> None:
        """Commit pending typing before the editor moves to another article."""
        if self._override_timer.isActive():
            self._override_timer.stop()
            self._commit_override()
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._emit("set_notes", text=self.notes.toPlainText())
