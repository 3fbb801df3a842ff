"""The facilitator's comparison table: one row per group, one column per key finding."""

from __future__ import annotations

from bla_assistant.core.training.scoring import Score
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, Qt

ROOT = QModelIndex()
OBJECT_ROLE = Qt.ItemDataRole.UserRole
_FIXED = 4  # group, precision, recall, score
_MARKS = {"found": "✓", "wrong_article": "½", "missed": "✗"}
_COLOURS = {"found": "#dcefdc", "wrong_article": "#fbf0d0", "missed": "#f6dada"}


class GroupScoresModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._scores: list[Score] = []
        self._key_ids: list[str] = []
        self._key_labels: list[str] = []

    @property
    def scores(self) -> list[Score]:
        return list(self._scores)

    def set_scores(self, scores: list[Score], key_ids: list[str], key_labels: list[str]) -> None:
        self.beginResetModel()
        self._scores = sorted(scores, key=lambda s: -s.score)
        self._key_ids = key_ids
        self._key_labels = key_labels
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._scores)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else _FIXED + len(self._key_ids)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < _FIXED:
                return (tr("Group"), tr("Precision"), tr("Recall"), tr("Score"))[section]
            return self._key_ids[section - _FIXED]
        if role == Qt.ItemDataRole.ToolTipRole and section >= _FIXED:
            return self._key_labels[section - _FIXED]
        return None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        score = self._scores[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return score
        if column < _FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return (score.group, f"{score.precision:.0%}", f"{score.recall:.0%}",
                        f"{score.score:.0%}")[column]
            return None
        key_id = self._key_ids[column - _FIXED]
        status = next(f.status for f in score.feedback if f.key.id == key_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return _MARKS[status]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_COLOURS[status]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
