"""Compare view: two drafts side by side, aligned by article, inline changes, redline export."""

from __future__ import annotations

from html import escape
from pathlib import Path

from bla_assistant.core.library.model import Library
from bla_assistant.gui.core_features import available
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.models.change_list_model import ChangeListModel, refs_name
from bla_assistant.gui.qt import (
    ObjectRole,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    Signal,
)
from bla_assistant.gui.views.feature_panel import FeaturePanel

OUR_DRAFT = "<project>"
DRAFT_FILTER = "Drafts and projects (*.docx *.odt *.doc *.rtf *.txt *.bla.yaml);;All files (*)"
DELETED = "color:#a33a2a; text-decoration: line-through"
INSERTED = "color:#1f4e79; text-decoration: underline"


def _load(source, library, lang):
    """Worker side: a DraftDocument from a file, or from our project's snapshot."""
    if isinstance(source, dict):
        from bla_assistant.core.project.project_data import project_from_data
        from bla_assistant.core.project.project_document import project_to_document

        project = project_from_data(source, lambda where, msg: ValueError(f"{where}: {msg}"))
        return project_to_document(project, library, lang)
    from bla_assistant.core.compare.inputs import load_draft

    return load_draft(source, library=library, lang=lang)


def compare_task(progress, should_cancel, old, new, library, lang):
    from bla_assistant.core.compare.checklist_delta import checklist_delta
    from bla_assistant.core.compare.engine import compare_documents

    progress(0.05, tr("Reading draft A"))
    old_doc = _load(old, library, lang)
    progress(0.3, tr("Reading draft B"))
    new_doc = _load(new, library, lang)
    if should_cancel():
        return None
    progress(0.6, tr("Aligning articles"))
    comparison = compare_documents(old_doc, new_doc)
    progress(0.9, tr("Checklist items gained or lost"))
    delta = checklist_delta(comparison, library)
    progress(1.0, "")
    return comparison, delta


def redline_task(progress, should_cancel, comparison, target, author_old, author_new):
    from bla_assistant.core.compare.redline_docx import write_redline

    progress(0.1, tr("Writing the redline"))
    return write_redline(comparison, target, author_old=author_old, author_new=author_new)


def side_html(change, side: str) -> str:
    """One side of a change with the words that differ marked (struck out on A, underlined on B)."""
    refs = change.old if side == "old" else change.new
    parts = [f"<p style='color:#555'><b>{escape(refs_name(refs))}</b></p>"]
    for para in change.paragraphs:
        line = para.old if side == "old" else para.new
        if line is None:
            parts.append("<p>&nbsp;</p>")
            continue
        if para.op == "equal":
            html = escape(line.text)
        elif para.op in ("insert", "delete"):
            html = f"<span style='{INSERTED if side == 'new' else DELETED}'>{escape(line.text)}</span>"  # noqa: E501
        else:
            pieces = []
            for op in para.ops:
                if op.op == "equal":
                    pieces.append(escape(op.old if side == "old" else op.new))
                elif side == "old" and op.op in ("delete", "replace") and op.old:
                    pieces.append(f"<span style='{DELETED}'>{escape(op.old)}</span>")
                elif side == "new" and op.op in ("insert", "replace") and op.new:
                    pieces.append(f"<span style='{INSERTED}'>{escape(op.new)}</span>")
            html = "".join(pieces)
        style = "font-weight:bold" if getattr(line, "role", "") == "heading" else ""
        parts.append(f"<p style='{style}'>{html}</p>")
    return "".join(parts)


class ComparePanel(FeaturePanel):
    """Inputs: set_project(project), set_received(path), compare(). Output: compared(obj)."""

    compared = Signal(object)

    def __init__(self, library: Library, runner, prompts, lang: str = "en", parent=None):
        super().__init__("compare", tr("Compare"),
                         tr("Comparing drafts is not available in this build."), parent)
        self.library, self.runner, self.prompts, self.lang = library, runner, prompts, lang
        self.project = None
        self.comparison = None
        self.delta = None
        self._build()

    def _build(self) -> None:
        grid = QGridLayout()
        self.source_a = QComboBox()
        self.source_b = QComboBox()
        for row, (label, box) in enumerate(((tr("Draft A (earlier):"), self.source_a),
                                            (tr("Draft B (later):"), self.source_b))):
            browse = QPushButton(tr("Browse…"))
            browse.clicked.connect(lambda _c=False, b=box: self._browse(b))
            box.setMinimumWidth(300)
            box.currentIndexChanged.connect(lambda _i: self._update_buttons())
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(browse, row, 2)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.clicked.connect(self.compare)
        self.previous_button = QPushButton(tr("Previous change"))
        self.next_button = QPushButton(tr("Next change"))
        self.previous_button.setShortcut("Alt+Up")
        self.next_button.setShortcut("Alt+Down")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.redline_button = QPushButton(tr("Export redline…"))
        self.redline_button.clicked.connect(self.export_redline)
        for button in (self.compare_button, self.previous_button, self.next_button,
                       self.redline_button):
            buttons.addWidget(button)
        self.only_changes = QCheckBox(tr("Only changes"))
        self.only_changes.setChecked(True)
        self.only_changes.toggled.connect(self._hide_unchanged)
        buttons.addWidget(self.only_changes)
        buttons.addStretch(1)
        self.summary = QLabel(tr("Choose two drafts and press Compare."))
        self.summary.setWordWrap(True)
        self.model = ChangeListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 120), (1, 110), (2, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._change_selected)
        self.old_view = QTextBrowser()
        self.new_view = QTextBrowser()
        # Scroll the two sides together so aligned paragraphs stay side by side.
        self.old_view.verticalScrollBar().valueChanged.connect(
            self.new_view.verticalScrollBar().setValue)
        self.new_view.verticalScrollBar().valueChanged.connect(
            self.old_view.verticalScrollBar().setValue)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.old_view)
        sides.addWidget(self.new_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(sides)
        splitter.setSizes([260, 420])
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- inputs
    def set_project(self, project) -> None:
        self.project = project
        for box in (self.source_a, self.source_b):
            index = box.findData(OUR_DRAFT)
            if project is not None and index < 0:
                box.insertItem(0, tr("Our draft (open project)"), OUR_DRAFT)
            elif project is None and index >= 0:
                box.removeItem(index)
        self._update_buttons()

    def set_received(self, path: Path) -> None:
        """A draft from the other party: compare our draft (A) with it (B)."""
        self._add_path(self.source_b, Path(path))
        if self.project is not None:
            self.source_a.setCurrentIndex(self.source_a.findData(OUR_DRAFT))

    def set_files(self, old: Path, new: Path) -> None:
        self._add_path(self.source_a, Path(old))
        self._add_path(self.source_b, Path(new))

    def _add_path(self, box: QComboBox, path: Path) -> None:
        index = box.findData(str(path))
        if index < 0:
            box.addItem(path.name, str(path))
            index = box.count() - 1
        box.setItemData(index, str(path), Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(index)
        self._update_buttons()

    def _browse(self, box: QComboBox) -> None:
        path = self.prompts.open_path(tr("Choose a draft"), DRAFT_FILTER)
        if path is not None:
            self._add_path(box, path)

    def _source(self, box: QComboBox):
        data = box.currentData()
        if data == OUR_DRAFT:
            from bla_assistant.core.project.project_data import project_to_data

            return project_to_data(self.project) if self.project is not None else None
        return Path(data) if data else None

    def compare(self) -> None:
        old, new = self._source(self.source_a), self._source(self.source_b)
        if old is None or new is None or not self.has_feature():
            return
        self.summary.setText(tr("Comparing…"))
        self.runner.run("compare", compare_task, old=old, new=new, library=self.library,
                        lang=self.lang, on_done=self.set_comparison)

    def set_comparison(self, result) -> None:
        if result is None:
            return
        self.comparison, self.delta = result
        self.model.set_comparison(self.comparison)
        lines = list(self.comparison.summary_lines[:4])
        delta = self.delta or {}
        for key, label in (("gained", tr("Checklist items gained")),
                           ("lost", tr("Checklist items lost")),
                           ("weakened", tr("Checklist items weakened"))):
            if delta.get(key):
                lines.append(f"{label}: " + ", ".join(e["element_id"] for e in delta[key]))
        self.summary.setText("\n".join(lines) or tr("The two drafts say the same thing."))
        self._update_buttons()
        self._hide_unchanged()
        rows = self.model.changed_rows()
        if rows:
            self.table.selectRow(rows[0])
        self.compared.emit(self.comparison)

    def _hide_unchanged(self, *_args) -> None:
        changed = set(self.model.changed_rows())
        only = self.only_changes.isChecked()
        for row in range(self.model.rowCount()):
            self.table.setRowHidden(row, only and row not in changed)

    # --- navigation
    def _change_selected(self, current, _previous) -> None:
        change = current.data(ObjectRole) if current.isValid() else None
        self.old_view.setHtml(side_html(change, "old") if change else "")
        self.new_view.setHtml(side_html(change, "new") if change else "")

    def step(self, direction: int) -> None:
        rows = self.model.changed_rows()
        if not rows:
            return
        here = self.table.currentIndex().row()
        after = [r for r in rows if (r > here if direction > 0 else r < here)]
        target = (after[0] if direction > 0 else after[-1]) if after else (
            rows[0] if direction > 0 else rows[-1])
        self.table.selectRow(target)

    def _update_buttons(self) -> None:
        ready = self.source_a.currentData() is not None and self.source_b.currentData() is not None
        self.compare_button.setEnabled(ready)
        has = self.comparison is not None
        for button in (self.previous_button, self.next_button):
            button.setEnabled(has)
        self.redline_button.setEnabled(has and available("redline"))

    def export_redline(self) -> None:
        if self.comparison is None:
            return
        path = self.prompts.save_path(tr("Export redline"), "redline.docx",
                                      "Word documents (*.docx)")
        if path is None:
            return
        self.runner.run("redline", redline_task, comparison=self.comparison, target=path,
                        author_old=self.source_a.currentText(),
                        author_new=self.source_b.currentText(),
                        on_done=lambda stats: self.summary.setText(
                            tr("Redline written: %1").replace("%1", str(path))))
