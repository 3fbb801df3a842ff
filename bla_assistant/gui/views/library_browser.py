"""The library browser: search box, filters, the grouped tree, and the clause detail."""

from __future__ import annotations

from bla_assistant.core.library.model import Clause, Library
from bla_assistant.gui.i18n import N_, tr
from bla_assistant.gui.models.clause_filter_proxy import ClauseFilterProxy
from bla_assistant.gui.models.library_tree_model import LibraryTreeModel
from bla_assistant.gui.qt import (
    ObjectRole,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSplitter,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bla_assistant.gui.views.clause_detail import ClauseDetail

LENSES = {"gender": N_("Gender"), "insurance": N_("Insurance"),
          "irregular_situation": N_("Irregular situation")}
LANGUAGES = ("en", "fr")


class LibraryBrowser(QWidget):
    """Input: set_library(library, lang). Output: addClauseRequested(clause_id, variant_key)."""

    addClauseRequested = Signal(str, str)
    clauseSelected = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lang = "en"
        self.model = LibraryTreeModel(parent=self)
        self.proxy = ClauseFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search titles, texts, notes and tags"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._refilter(text=text))
        self.type_box = self._combo("agreement_type", [("BLA", "BLA"), ("MoU", "MoU"),
                                                        ("SSA", "SSA")])
        self.lens_box = self._combo("lens", [(tr(label), key) for key, label in LENSES.items()])
        self.sector_box = self._combo("sector", [])
        self.language_box = self._combo("language", [("English", "en"), ("Français", "fr")])
        self.source_box = self._combo("source", [])

        filters = QFormLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addRow(tr("Type:"), self.type_box)
        filters.addRow(tr("Lens:"), self.lens_box)
        filters.addRow(tr("Sector:"), self.sector_box)
        filters.addRow(tr("Language:"), self.language_box)
        filters.addRow(tr("Source:"), self.source_box)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.doubleClicked.connect(self._double_clicked)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tree, 1)

        self.detail = ClauseDetail()
        self.detail.addRequested.connect(self.addClauseRequested)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([400, 880])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _combo(self, field_name: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.setProperty("filterField", field_name)
        box.addItem(tr("Any"), "")
        for label, value in items:
            box.addItem(label, value)
        box.currentIndexChanged.connect(
            lambda _i, b=box, f=field_name: self._refilter(**{f: b.currentData() or ""}))
        return box

    def _refilter(self, **changes) -> None:
        self.proxy.update_filter(**changes)
        if self.proxy.current_filter.active:
            self.tree.expandAll()

    def set_library(self, library: Library, lang: str = "en") -> None:
        self._lang = lang
        self.model._lang = lang
        self.model.set_library(library)
        self._fill(self.sector_box, sorted({s for c in library.clauses.values()
                                            for s in c.sectors if s != "all"}))
        self._fill(self.source_box, sorted({s.instrument for c in library.clauses.values()
                                            for s in c.sources}))
        self.tree.expandAll()
        self.detail.set_clause(None, lang)

    @staticmethod
    def _fill(box: QComboBox, values: list[str]) -> None:
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for value in values:
            box.addItem(value, value)
        box.blockSignals(False)

    def set_add_enabled(self, enabled: bool, why: str = "") -> None:
        self.detail.set_add_enabled(enabled, why)
        self._add_enabled = (enabled, why)

    def select_clause(self, clause_id: str) -> bool:
        source = self.model.clause_index(clause_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        obj = current.data(ObjectRole) if current.isValid() else None
        clause = obj if isinstance(obj, Clause) else None
        self.detail.set_clause(clause, self._lang)
        enabled, why = getattr(self, "_add_enabled", (False, ""))
        self.detail.set_add_enabled(enabled, why)
        self.clauseSelected.emit(clause)

    def _double_clicked(self, index) -> None:
        obj = index.data(ObjectRole)
        if isinstance(obj, Clause) and self.detail.add_button.isEnabled():
            self.detail._emit_add()
