"""The findings a training group marks on a draft, as an editable table over core objects."""

from __future__ import annotations

from bla_assistant.core.training.results_file import TraineeFinding
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROOT = QModelIndex()
OBJECT_ROLE = Qt.ItemDataRole.UserRole


class TraineeFindingsModel(QAbstractTableModel):
    COLUMNS = ("article", "element", "comment")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._findings: list[TraineeFinding] = []

    @property
    def findings(self) -> list[TraineeFinding]:
        return list(self._findings)

    def set_findings(self, findings: list[TraineeFinding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def add(self, finding: TraineeFinding) -> None:
        row = len(self._findings)
        self.beginInsertRows(ROOT, row, row)
        self._findings.append(finding)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._findings):
            self.beginRemoveRows(ROOT, row, row)
            del self._findings[row]
            self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Article"), tr("Element"), tr("Comment"))[section]
        return None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role == OBJECT_ROLE:
            return finding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(finding, self.COLUMNS[index.column()])
            if index.column() == 0 and not value:
                return tr("(missing)")
            return value
        return None
