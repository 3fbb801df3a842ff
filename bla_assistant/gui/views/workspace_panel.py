"""The agreement workspace: ordered article list, article editor, live preview."""

from __future__ import annotations

from bla_assistant.core.library.model import Library
from bla_assistant.core.project.model import Project, text_in
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.models.article_list_model import ArticleListModel
from bla_assistant.gui.qt import (
    ObjectRole,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bla_assistant.gui.views.article_editor import ArticleEditor
from bla_assistant.gui.views.preview_pane import PreviewPane


class WorkspacePanel(QWidget):
    """Inputs: set_project(project), apply_changes(changes).
    Outputs: editRequested(name, kwargs) for every edit; articleSelected(uid)."""

    editRequested = Signal(str, dict)
    articleSelected = Signal(str)

    def __init__(self, library: Library, lang: str = "en", parent=None):
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.project: Project | None = None
        self.model = ArticleListModel(library, lang, self)
        self.model.move_requested = lambda uid, to: self.editRequested.emit(
            "move_article", {"uid": uid, "to_index": to})

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 36), (2, 96), (3, 76), (4, 46)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        buttons = QHBoxLayout()
        self.add_own = QPushButton(tr("Add own article"))
        self.remove = QPushButton(tr("Remove"))
        self.up = QPushButton(tr("Move up"))
        self.down = QPushButton(tr("Move down"))
        self.add_own.clicked.connect(self._add_own)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        for button in (self.add_own, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.editor = ArticleEditor(library, lang)
        self.editor.editRequested.connect(self.editRequested)
        self.preview = PreviewPane(library, lang)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        splitter.setSizes([440, 460, 380])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def draft_language(self) -> str:
        """The interface language when the agreement is drafted in it, else its first one."""
        project = self.project
        if project is None or not project.languages or self.lang in project.languages:
            return self.lang
        return project.languages[0]

    def _apply_draft_language(self) -> None:
        lang = self.draft_language()
        self.model.lang = self.editor.lang = self.preview.lang = lang

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self._apply_draft_language()
        self.model.set_project(project)
        self.editor.set_article(project, None)
        self.preview.set_project(project)
        self._update_title()
        if project is not None and len(project.articles):
            self.select_article(project.articles[0].uid)

    def apply_changes(self, changes) -> None:
        """Refresh only what the core says changed."""
        if "languages" in changes.fields:
            self._apply_draft_language()
            self.model.set_project(self.project)
        self.preview.invalidate(changes)
        if changes.fields:
            self._update_title()
        if self.editor.uid in changes.articles or changes.fields:
            self.editor.refresh()
        if changes.structure and changes.articles:
            uid = changes.articles[0]
            if self.model.row_of(uid) >= 0:
                self.select_article(uid)
            else:
                self.editor.set_article(self.project, self.current_uid())

    def _update_title(self) -> None:
        project = self.project
        self.title.setText(text_in(project.title, self.lang) if project else "")

    def current_uid(self) -> str | None:
        index = self.table.currentIndex()
        article = index.data(ObjectRole) if index.isValid() else None
        return article.uid if article is not None else None

    def select_article(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _row_changed(self, current, _previous) -> None:
        uid = self.current_uid()
        self.editor.set_article(self.project, uid)
        if uid:
            self.preview.show_article(uid)
            self.articleSelected.emit(uid)

    def insertion_index(self) -> int | None:
        row = self.table.currentIndex().row()
        return row + 1 if row >= 0 else None

    def _add_own(self) -> None:
        self.editRequested.emit("add_free_article", {
            "heading": tr("New article"), "text": "", "lang": self.draft_language(),
            "index": self.insertion_index()})

    def _remove(self) -> None:
        uid = self.current_uid()
        if uid:
            self.editRequested.emit("remove_article", {"uid": uid})

    def _move(self, step: int) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        to_index = self.model.row_of(uid) + step
        if 0 <= to_index < self.model.rowCount():
            self.editRequested.emit("move_article", {"uid": uid, "to_index": to_index})
