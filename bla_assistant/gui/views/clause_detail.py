"""One clause in full: variants side by side, the negotiator's note, citations, "Add"."""

from __future__ import annotations

from html import escape

from bla_assistant.core.library.model import Clause, pick
from bla_assistant.gui.i18n import N_, tr
from bla_assistant.gui.qt import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)

KIND_LABELS = {"protective": N_("Protective"), "baseline": N_("Baseline"),
               "fallback": N_("Fallback")}


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def variant_html(clause: Clause, key: str, lang: str) -> str:
    # jinja2 loads when the first clause is shown, not at start-up.
    from bla_assistant.core.library.clause_template import context_defaults, render_variant

    variant = clause.variant(key)
    values = {**context_defaults(lang), **clause.default_parameters()}
    try:
        text = render_variant(clause, key, lang, values, draft=True)
    except ValueError as exc:
        text = str(exc)
    kind = tr(KIND_LABELS.get(variant.kind, variant.kind))
    return (f"<p style='color:#555'><b>{escape(kind)}</b> — {escape(pick(variant.label, lang))}"
            f"</p>{_paragraphs(text)}")


def note_html(clause: Clause, lang: str) -> str:
    note = clause.note
    parts = []
    for title, text in ((tr("Why it matters"), note.why_it_matters),
                        (tr("Typical pushback"), note.pushback),
                        (tr("Fallback"), note.fallback),
                        (tr("Drafting pitfalls"), note.pitfalls),
                        (tr("Where the sources are silent"), note.sources_silent)):
        if pick(text, lang):
            parts.append(f"<h4>{escape(title)}</h4>{_paragraphs(pick(text, lang))}")
    if clause.sources:
        items = "".join(f"<li>{escape(s.citation())}</li>" for s in clause.sources)
        parts.append(f"<h4>{escape(tr('Sources'))}</h4><ul>{items}</ul>")
    return "".join(parts)


class ClauseDetail(QWidget):
    """Input: set_clause(clause, lang). Output: addRequested(clause_id, variant_key)."""

    addRequested = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._clause: Clause | None = None
        self._lang = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: #555")
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.meta)

        self.add_row = QWidget()
        add_row = QHBoxLayout(self.add_row)
        add_row.setContentsMargins(0, 0, 0, 0)
        self.variant_box = QComboBox()
        self.add_button = QPushButton(tr("Add to agreement"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._emit_add)
        add_row.addWidget(QLabel(tr("Variant:")))
        add_row.addWidget(self.variant_box, 1)
        add_row.addWidget(self.add_button)
        layout.addWidget(self.add_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.variants_area = QScrollArea()
        self.variants_area.setWidgetResizable(True)
        self.variants_area.setFrameShape(QFrame.Shape.NoFrame)
        self.variants_holder = QWidget()
        self.variants_layout = QHBoxLayout(self.variants_holder)
        self.variants_layout.setContentsMargins(0, 0, 0, 0)
        self.variants_area.setWidget(self.variants_holder)
        self.note = QTextBrowser()
        self.note.setOpenExternalLinks(False)
        splitter.addWidget(self.variants_area)
        splitter.addWidget(self.note)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Size hints of text browsers are tiny: give the variants the larger share explicitly.
        splitter.setSizes([300_000, 200_000])
        layout.addWidget(splitter, 1)
        layout.addStretch(0)  # takes the room only while no clause is shown
        self.splitter = splitter
        self.variant_views: list[QTextBrowser] = []
        self.set_clause(None)

    @property
    def clause(self) -> Clause | None:
        return self._clause

    def set_add_enabled(self, enabled: bool, why: str = "") -> None:
        self.add_button.setEnabled(enabled and self._clause is not None)
        self.add_button.setToolTip(why)

    def set_clause(self, clause: Clause | None, lang: str | None = None) -> None:
        self._clause = clause
        if lang:
            self._lang = lang
        for view in self.variant_views:
            view.deleteLater()
        self.variant_views = []
        self.variant_box.clear()
        if clause is None:
            self.title.setText(tr("No clause selected"))
            self.summary.setText(tr("Pick a clause in the library to read its variants, "
                                    "the negotiator's note and its sources."))
            self.meta.setText("")
            self.note.setHtml("")
            self.add_button.setEnabled(False)
            self.add_row.hide()
            self.splitter.hide()
            return
        self.add_row.show()
        self.splitter.show()
        lang = self._lang
        self.title.setText(pick(clause.title, lang))
        self.summary.setText(pick(clause.summary, lang))
        self.meta.setText(
            f"{clause.id} · {', '.join(clause.agreement_types)} · "
            + tr("sectors:") + " " + ", ".join(tr("all") if x == "all" else x
                                                for x in clause.sectors)
            + (f" · {tr('lenses:')} {', '.join(clause.lenses)}" if clause.lenses else "")
        )
        for variant in clause.variants:
            kind = tr(KIND_LABELS.get(variant.kind, variant.kind))
            label = f"{kind} — {pick(variant.label, lang)}"
            self.variant_box.addItem(label, variant.key)
            view = QTextBrowser()
            view.setHtml(variant_html(clause, variant.key, lang))
            view.setMinimumWidth(180)
            self.variants_layout.addWidget(view, 1)
            self.variant_views.append(view)
        self.note.setHtml(note_html(clause, lang))

    def _emit_add(self) -> None:
        if self._clause is not None:
            self.addRequested.emit(self._clause.id, self.variant_box.currentData() or "")
