"""The library's load problems, one row each, compiler style."""

from __future__ import annotations

from bla_assistant.core.library.problems import Problem
from bla_assistant.gui.qt import (
    ROOT,
    ObjectRole,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)


class ProblemListModel(QAbstractListModel):
    def __init__(self, problems: list[Problem] | None = None, parent=None):
        super().__init__(parent)
        self._problems: list[Problem] = list(problems or [])

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{problem.file.name}:{problem.line}:{problem.column}: {problem.message}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(problem)
        if role == ObjectRole:
            return problem
        return None
