"""Gap panel: check our draft or a received one against the checklists; act on each item."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from bla_assistant.core.library.model import Library
from bla_assistant.gui.core_features import available
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.models.gap_item_model import GapFilterProxy, GapItemModel
from bla_assistant.gui.qt import (
    ObjectRole,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bla_assistant.gui.views.feature_panel import FeaturePanel
from bla_assistant.gui.workers.child_task import in_child, use_child

# Above these sizes the check runs in a child process (see workers/child_task.py).
CHILD_THRESHOLD = 400
CHILD_FILE_SIZE = 2_000_000


def check_project_task(progress, should_cancel, data, library, lang):
    """Worker: rebuild the project from its snapshot and judge its clauses, variants,
    parameters and statuses; then check the rendered text's drafting."""
    from bla_assistant.core.gapcheck.project_gaps import check_project
    from bla_assistant.core.project.project_data import project_from_data
    from bla_assistant.core.project.project_document import project_to_document

    progress(0.05, tr("Checking"))
    project = project_from_data(data, lambda where, msg: ValueError(f"{where}: {msg}"))
    report = check_project(project, library, lang=lang)
    if should_cancel():
        return None
    progress(0.6, tr("Checking the drafting"))
    document = project_to_document(project, library, lang)
    report.clarity = clarity_findings(document, library, project.agreement_type)
    progress(1.0, "")
    return report


def clarity_findings(document, library, agreement_type=None) -> list:
    """The drafting clarity check, shown as its own part of the gap panel."""
    from bla_assistant.core.clarity.engine import check_clarity

    return check_clarity(document, library=library, agreement_type=agreement_type)


def export_docx_task(progress, should_cancel, report, out, lang):
    from bla_assistant.core.gapcheck.report_docx import write_report_docx

    return write_report_docx([report], out, lang)


def check_file_task(progress, should_cancel, path, library):
    """Worker: read a received draft once, then run the checklists and the clarity check."""
    from bla_assistant.core.documents.errors import DocumentReadError, ReadCancelled
    from bla_assistant.core.documents.reader import read_document
    from bla_assistant.core.gapcheck.draft_check import GapCheckCancelled, GapChecker
    from bla_assistant.core.gapcheck.report import error_report

    try:
        document = read_document(path, lambda f, m: progress(f * 0.7, m), should_cancel)
    except DocumentReadError as exc:
        return error_report(str(path), str(exc))
    except ReadCancelled as exc:
        raise GapCheckCancelled() from exc
    progress(0.75, tr("Checking"))
    report = GapChecker(library).check_document(document, "auto", [], "auto", str(path),
                                                should_cancel)
    progress(0.9, tr("Checking the drafting"))
    report.clarity = clarity_findings(document, library, report.type.upper() if
                                      report.type in ("bla", "ssa") else None)
    progress(1.0, "")
    return report


class GapPanel(FeaturePanel):
    """Inputs: set_project, check_file(path), run_check(). Outputs: articleRequested(number),
    clauseRequested(clause_id), addClauseRequested(clause_id, variant)."""

    articleRequested = Signal(str)
    clauseRequested = Signal(str)
    addClauseRequested = Signal(str, str)
    reportReady = Signal(object)

    def __init__(self, library: Library, runner, prompts, lang: str = "en", parent=None):
        super().__init__("gap_check", tr("Gap check"),
                         tr("The gap check is not available in this build."), parent)
        self.library, self.runner, self.prompts, self.lang = library, runner, prompts, lang
        self.project = None
        self.report = None
        self.source = "project"  # or "file"
        self._build()

    def _build(self) -> None:
        self.model = GapItemModel(self._clause_title, self)
        self.proxy = GapFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        top = QHBoxLayout()
        self.check_button = QPushButton(tr("Check our draft"))
        self.check_button.clicked.connect(self.run_check)
        self.checklist_box = QComboBox()
        self.checklist_box.currentIndexChanged.connect(self._refilter)
        self.hide_present = QCheckBox(tr("Only gaps"))
        self.hide_present.toggled.connect(self._refilter)
        top.addWidget(self.check_button)
        top.addWidget(QLabel(tr("Checklist:")))
        top.addWidget(self.checklist_box, 1)
        top.addWidget(self.hide_present)
        self.summary = QLabel(tr("No check run yet."))
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (1, 75), (3, 110), (4, 230)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._item_changed)
        self.table.doubleClicked.connect(lambda _i: self._go_to_article())
        self.detail = QTextBrowser()
        buttons = QHBoxLayout()
        self.go_button = QPushButton(tr("Go to article"))
        self.clause_button = QPushButton(tr("Show suggested clause"))
        self.add_button = QPushButton(tr("Add suggested clause"))
        self.go_button.clicked.connect(self._go_to_article)
        self.clause_button.clicked.connect(self._show_clause)
        self.add_button.clicked.connect(self._add_clause)
        for button in (self.go_button, self.clause_button, self.add_button):
            buttons.addWidget(button)
            button.setEnabled(False)
        buttons.addStretch(1)
        item_page = QWidget()
        lower_layout = QVBoxLayout(item_page)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(buttons)
        self.clarity_view = QTextBrowser()
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(item_page, tr("Checklist item"))
        self.lower_tabs.addTab(self.clarity_view, tr("Drafting clarity"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.lower_tabs)
        splitter.setSizes([460, 220])
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    # --- inputs
    def set_project(self, project) -> None:
        self.project = project
        self.check_button.setEnabled(project is not None)
        self._update_item_buttons()

    def mark_stale(self) -> None:
        if self.report is not None and self.source == "project":
            self.summary.setText(self._summary_text() + "  " +
                                 tr("The draft has changed since this check: check again."))

    def run_check(self) -> None:
        if self.project is None or not self.has_feature():
            return
        from bla_assistant.core.project.project_data import project_to_data

        lang = self.lang if self.lang in self.project.languages else self.project.languages[0]
        self.summary.setText(tr("Checking our draft…"))
        task = check_project_task
        if len(self.project.articles) > CHILD_THRESHOLD and use_child():
            task = in_child(check_project_task)
        self.runner.run("gap_check", task, data=project_to_data(self.project),
                        library=self.library, lang=lang,
                        on_done=lambda report: report and self.set_report(report, "project"))

    def check_file(self, path: Path) -> None:
        if not self.has_feature():
            return
        self.summary.setText(tr("Reading and checking %1…").replace("%1", path.name))
        task = check_file_task
        if path.is_file() and path.stat().st_size > CHILD_FILE_SIZE and use_child():
            task = in_child(check_file_task)
        self.runner.run("gap_check", task, path=path, library=self.library,
                        on_done=lambda report: report and self.set_report(report, "file"))

    def set_report(self, report, source: str) -> None:
        self.source = source
        if report.error:
            self.prompts.error(tr("Cannot check the draft"), report.error)
            self.summary.setText(report.error)
            return
        self.report = report
        self.model.set_report(report)
        self.checklist_box.blockSignals(True)
        self.checklist_box.clear()
        self.checklist_box.addItem(tr("All checklists"), "")
        for summary in sorted(report.checklists, key=self._checklist_rank):
            self.checklist_box.addItem(summary.title, summary.id)
        # The main checklist of the kind of agreement first, lens checklists after it.
        self.checklist_box.setCurrentIndex(1 if report.checklists else 0)
        self.checklist_box.blockSignals(False)
        self._refilter()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.summary.setText(self._summary_text())
        self.detail.clear()
        self.show_clarity(getattr(report, "clarity", []))
        self._update_item_buttons()
        self.reportReady.emit(report)

    def show_clarity(self, findings: list) -> None:
        from bla_assistant.core.clarity.report import clarity_section_html

        self.clarity = list(findings)
        self.clarity_view.setHtml(clarity_section_html(self.clarity, self.lang))
        self.lower_tabs.setTabText(
            1, tr("Drafting clarity (%1)").replace("%1", str(len(self.clarity))))

    def _checklist_rank(self, summary) -> tuple:
        checklist = self.library.checklists.get(summary.id)
        kind = self.report.type if self.report else ""
        wanted = "BLA" if kind == "MoU" else kind
        if checklist is None:
            return (2, summary.id)
        return (checklist.lens is not None, checklist.applies_to[:1] != (wanted,), summary.id)

    def _clause_title(self, clause_id: str) -> str:
        clause = self.library.clauses.get(clause_id)
        if clause is None:
            return clause_id
        return clause.title.get(self.lang) or clause.title.get("en") or clause_id

    def _summary_text(self) -> str:
        report = self.report
        checklist = self.checklist_box.currentData() or ""
        items = [i for i in report.items if not checklist or i.checklist == checklist]
        counts = {s: sum(1 for i in items if i.status == s)
                  for s in ("missing", "weak", "present")}
        what = (tr("Our draft") if self.source == "project"
                else Path(report.file).name or report.title)
        return (f"{what} — {report.type}: "
                + tr("%1 missing, %2 weak, %3 present").replace("%1", str(counts["missing"]))
                .replace("%2", str(counts["weak"])).replace("%3", str(counts["present"])))

    def _refilter(self, *_args) -> None:
        self.proxy.set_filter(self.checklist_box.currentData() or "",
                              self.hide_present.isChecked())
        if self.report is not None:
            self.summary.setText(self._summary_text())

    # --- item detail and actions
    def current_item(self):
        index = self.table.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def _item_changed(self, *_args) -> None:
        item = self.current_item()
        if item is None:
            self.detail.clear()
        else:
            parts = [f"<h3>{escape(item.question)}</h3>"]
            if item.reason:
                parts.append(f"<p><i>{escape(item.reason)}</i></p>")
            for evidence in item.evidence:
                where = evidence.label or (f"Article {evidence.article}" if evidence.article
                                           else tr("Preamble"))
                parts.append(f"<p><b>{escape(where)}</b> {escape(evidence.heading)}<br>"
                             f"“{escape(evidence.quote)}”</p>")
            if item.suggestion:
                clause = self.library.clauses.get(item.suggestion)
                title = clause.title.get(self.lang) or clause.title.get("en") if clause else ""
                parts.append(f"<p>{escape(tr('Suggested clause:'))} <b>{escape(title or item.suggestion)}</b></p>")  # noqa: E501
            self.detail.setHtml("".join(parts))
        self._update_item_buttons()

    def _update_item_buttons(self) -> None:
        item = self.current_item()
        has_evidence = bool(item and any(e.article for e in item.evidence))
        self.go_button.setEnabled(has_evidence and self.source == "project")
        in_library = bool(item and item.suggestion in self.library.clauses)
        self.clause_button.setEnabled(in_library)
        self.add_button.setEnabled(in_library and self.project is not None)

    def _go_to_article(self) -> None:
        item = self.current_item()
        if item and self.source == "project":
            numbered = [e for e in item.evidence if e.article]
            if numbered:
                self.articleRequested.emit(numbered[0].article)

    def _show_clause(self) -> None:
        item = self.current_item()
        if item and item.suggestion:
            self.clauseRequested.emit(item.suggestion)

    def _add_clause(self) -> None:
        item = self.current_item()
        if item and item.suggestion:
            self.addClauseRequested.emit(item.suggestion, item.suggestion_variant or "")

    def export(self) -> None:
        if self.report is None:
            self.prompts.info(tr("Export gap report"), tr("Run a gap check first."))
            return
        word = available("gap_report_docx")
        suggested, filters = (("gap-report.docx", "Word documents (*.docx);;JSON (*.json)")
                              if word else ("gap-report.json", "JSON (*.json)"))
        path = self.prompts.save_path(tr("Export gap report"), suggested, filters)
        if path is None:
            return
        if path.suffix.lower() not in (".docx", ".json"):
            path = path.with_name(path.name + (".docx" if word else ".json"))
        if path.suffix.lower() == ".json":
            path.write_text(json.dumps(self.report.to_dict(), ensure_ascii=False, indent=2),
                            encoding="utf-8")
            self.summary.setText(tr("Gap report written: %1").replace("%1", str(path)))
            return
        self.runner.run("export_gaps", export_docx_task, report=self.report, out=path,
                        lang=self.lang, on_done=lambda p: self.summary.setText(
                            tr("Gap report written: %1").replace("%1", str(p))))
