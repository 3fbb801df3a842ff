"""The library as a tree: element groups (the negotiators' own headings), then clauses."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from bla_assistant.core.library.model import Clause, Library, pick
from bla_assistant.gui.qt import (
    ROOT,
    KindRole,
    ObjectRole,
    QAbstractItemModel,
    QBrush,
    QColor,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Lower-case without accents, so 'securite' finds 'sécurité'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clause_haystack(clause: Clause) -> str:
    parts: list[str] = [clause.id, *clause.tags]
    for texts in (clause.title, clause.summary, clause.heading):
        parts.extend(texts.values())
    for variant in clause.variants:
        parts.extend(variant.text.values())
        parts.extend(variant.label.values())
    note = clause.note
    for texts in (note.why_it_matters, note.pushback, note.fallback, note.pitfalls,
                  note.sources_silent):
        parts.extend(texts.values())
    return fold("\n".join(parts))


@dataclass
class GroupNode:
    key: str
    title: dict[str, str]
    clauses: list[ClauseNode] = field(default_factory=list)


@dataclass
class ClauseNode:
    clause: Clause
    group: GroupNode
    row: int
    _haystack: str | None = None

    @property
    def haystack(self) -> str:
        # Built on the first search, not at start-up: folding every text costs a moment.
        if self._haystack is None:
            self._haystack = clause_haystack(self.clause)
        return self._haystack


class LibraryTreeModel(QAbstractItemModel):
    """Two levels: group rows (no parent) and clause rows under them."""

    GROUP = "group"
    CLAUSE = "clause"

    def __init__(self, library: Library | None = None, lang: str = "en", parent=None):
        super().__init__(parent)
        self._groups: list[GroupNode] = []
        self._lang = lang
        self.library = Library()
        if library is not None:
            self.set_library(library)

    def set_library(self, library: Library) -> None:
        self.beginResetModel()
        self.library = library
        self._groups = [GroupNode(key, title) for key, title in library.groups.items()]
        by_key = {g.key: g for g in self._groups}
        for clause in sorted(library.clauses.values(), key=lambda c: pick(c.title, self._lang)):
            group = self._group_of(clause, by_key)
            group.clauses.append(ClauseNode(clause, group, len(group.clauses)))
        self.endResetModel()

    def _group_of(self, clause: Clause, by_key: dict[str, GroupNode]) -> GroupNode:
        # A clause sits under the group of its first element: its main purpose.
        for element_id in clause.element_ids:
            element = self.library.elements.get(element_id)
            if element and element.group in by_key:
                return by_key[element.group]
        other = by_key.get("_other")
        if other is None:
            other = GroupNode("_other", {"en": "Other", "fr": "Autres"})
            self._groups.append(other)
            by_key["_other"] = other
        return other

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.set_library(self.library)

    def node(self, index: AnyIndex) -> GroupNode | ClauseNode | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    # --- QAbstractItemModel
    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._groups):
                return self.createIndex(row, 0, self._groups[row])
            return QModelIndex()
        node = parent.internalPointer()
        if isinstance(node, GroupNode) and row < len(node.clauses):
            return self.createIndex(row, 0, node.clauses[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = ROOT):  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        if isinstance(node, ClauseNode):
            return self.createIndex(self._groups.index(node.group), 0, node.group)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._groups)
        node = parent.internalPointer()
        return len(node.clauses) if isinstance(node, GroupNode) else 0

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = ROOT) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = index.internalPointer()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(node, ClauseNode):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            from bla_assistant.gui.i18n import tr

            return tr("Clause")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        if isinstance(node, GroupNode):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{pick(node.title, self._lang)} ({len(node.clauses)})"
            if role == ObjectRole:
                return node.key
            if role == KindRole:
                return self.GROUP
            if role == Qt.ItemDataRole.ForegroundRole and not node.clauses:
                return QBrush(QColor("#8a8a8a"))
            return None
        clause = node.clause
        if role == Qt.ItemDataRole.DisplayRole:
            return pick(clause.title, self._lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return pick(clause.summary, self._lang) or clause.id
        if role == ObjectRole:
            return clause
        if role == KindRole:
            return self.CLAUSE
        return None

    def clause_index(self, clause_id: str) -> QModelIndex:
        for group_row, group in enumerate(self._groups):
            for node in group.clauses:
                if node.clause.id == clause_id:
                    return self.index(node.row, 0, self.index(group_row, 0))
        return QModelIndex()
