"""The project's articles as a table that follows the core's EventedList (napari's pattern)."""

from __future__ import annotations

from collections.abc import Callable

from bla_assistant.core.library.model import Library, pick
from bla_assistant.core.project.model import Article, Project, text_in
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import (
    ROOT,
    ObjectRole,
    QAbstractTableModel,
    QBrush,
    QColor,
    QMimeData,
    QModelIndex,
    Qt,
)

MIME_TYPE = "application/x-bla-article-uid"
STATUS_COLOURS = {"agreed": "#2e6b30", "contested": "#a33a2a", "parked": "#8a6d1f",
                  "withdrawn": "#8a8a8a", "proposed": "#1f4e79"}
COLUMNS = ("number", "heading", "variant", "status", "round")


def status_label(status: str) -> str:
    return {"proposed": tr("Proposed"), "agreed": tr("Agreed"), "contested": tr("Contested"),
            "parked": tr("Parked"), "withdrawn": tr("Withdrawn")}.get(status, status)


def article_heading(article: Article, library: Library, lang: str) -> str:
    heading = text_in(article.heading, lang)
    if heading:
        return heading
    clause = library.clauses.get(article.clause_id) if article.clause_id else None
    if clause is not None:
        return pick(clause.heading, lang) or pick(clause.title, lang)
    if article.clause_id:
        return tr("Missing clause: %1").replace("%1", article.clause_id)
    return tr("(untitled article)")


class ArticleListModel(QAbstractTableModel):
    """Input: set_project(project). Drops ask `move_requested(uid, to_index)` to do the move."""

    def __init__(self, library: Library, lang: str = "en", parent=None):
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.project: Project | None = None
        self.move_requested: Callable[[str, int], None] | None = None
        self._numbers: list[int | None] = []

    # --- wiring to the core list
    def set_project(self, project: Project | None) -> None:
        self.beginResetModel()
        if self.project is not None:
            self._connect(self.project, False)
        self.project = project
        if project is not None:
            self._connect(project, True)
        self._renumber()
        self.endResetModel()

    def _connect(self, project: Project, on: bool) -> None:
        events = project.articles.events
        pairs = ((events.inserting, self._inserting), (events.inserted, self._inserted),
                 (events.removing, self._removing), (events.removed, self._removed),
                 (events.moving, self._moving), (events.moved, self._moved),
                 (events.changed, self._changed))
        for signal, slot in pairs:
            signal.connect(slot) if on else signal.disconnect(slot)

    def _inserting(self, index: int) -> None:
        self.beginInsertRows(ROOT, index, index)

    def _inserted(self, index: int, _item) -> None:
        self._renumber()
        self.endInsertRows()
        self._numbers_changed(index)

    def _removing(self, index: int) -> None:
        self.beginRemoveRows(ROOT, index, index)

    def _removed(self, index: int, _item) -> None:
        self._renumber()
        self.endRemoveRows()
        self._numbers_changed(index)

    def _moving(self, src: int, dst: int) -> None:
        self.beginMoveRows(ROOT, src, src, ROOT, dst + 1 if dst > src else dst)

    def _moved(self, src: int, dst: int, _item) -> None:
        self._renumber()
        self.endMoveRows()
        self._numbers_changed(min(src, dst))

    def _changed(self, index: int, _item) -> None:
        old = list(self._numbers)
        self._renumber()
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(COLUMNS) - 1))
        if old != self._numbers:  # a withdrawal or restoration renumbers what follows
            self._numbers_changed(index)

    def _renumber(self) -> None:
        numbers: list[int | None] = []
        count = 0
        for article in self.project.articles if self.project else []:
            if article.status == "withdrawn":
                numbers.append(None)
            else:
                count += 1
                numbers.append(count)
        self._numbers = numbers

    def _numbers_changed(self, first: int) -> None:
        last = self.rowCount() - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    def number(self, row: int) -> int | None:
        return self._numbers[row] if 0 <= row < len(self._numbers) else None

    def row_of(self, uid: str) -> int:
        if self.project is None:
            return -1
        try:
            return self.project.index_of(uid)
        except KeyError:
            return -1

    # --- QAbstractTableModel
    def rowCount(self, parent=ROOT) -> int:
        if parent.isValid() or self.project is None:
            return 0
        return len(self.project.articles)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (tr("No."), tr("Article"), tr("Variant"), tr("Status"), tr("Round"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.project is None:
            return None
        row = index.row()
        if row >= len(self.project.articles):
            return None
        article = self.project.articles[row]
        column = COLUMNS[index.column()]
        if role == ObjectRole:
            return article
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                number = self._numbers[row]
                return "—" if number is None else str(number)
            if column == "heading":
                return article_heading(article, self.library, self.lang)
            if column == "variant":
                return self._variant_label(article)
            if column == "status":
                return status_label(article.status)
            return str(article.last_changed_round)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("status", "number", "heading"):
            if column == "status" or article.status == "withdrawn":
                return QBrush(QColor(STATUS_COLOURS.get(article.status, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole and article.comments:
            return "\n".join(c.text for c in article.comments[-3:])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "round"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _variant_label(self, article: Article) -> str:
        if article.is_free:
            return tr("Own text")
        clause = self.library.clauses.get(article.clause_id or "")
        if clause is None:
            return article.variant or ""
        key = article.variant or clause.variants[0].key
        try:
            label = pick(clause.variant(key).label, self.lang)
        except KeyError:
            label = key
        return label + (" *" if text_in(article.override, self.lang) else "")

    # --- drag to reorder
    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows and self.project is not None:
            data.setData(MIME_TYPE, self.project.articles[rows[0]].uid.encode("utf-8"))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent) or self.project is None:
            return False
        uid = bytes(data.data(MIME_TYPE)).decode("utf-8")
        source = self.row_of(uid)
        if source < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        target = row - 1 if row > source else row
        target = max(0, min(target, self.rowCount() - 1))
        if target != source and self.move_requested is not None:
            self.move_requested(uid, target)
        # The core already moved the row; returning False stops the view removing the source.
        return False
