"""The article changes of a comparison, one row each, in the new draft's order."""

from __future__ import annotations

from bla_assistant.gui.i18n import N_, tr
from bla_assistant.gui.models.object_table_model import ObjectTableModel
from bla_assistant.gui.qt import ObjectRole, QBrush, QColor, Qt

KIND_COLOURS = {"inserted": "#1f4e79", "deleted": "#a33a2a", "modified": "#8a6d1f"}


def kind_label(kind: str) -> str:
    return {"unchanged": tr("Unchanged"), "modified": tr("Modified"), "inserted": tr("Added"),
            "deleted": tr("Deleted"), "split": tr("Split"), "merged": tr("Merged"),
            "regrouped": tr("Regrouped")}.get(kind, kind)


def refs_name(refs) -> str:
    return " + ".join(r.name for r in refs) or "—"


class ChangeListModel(ObjectTableModel):
    HEADERS = (N_("Change"), N_("Draft A"), N_("Draft B"), N_("Summary"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison = None

    def set_comparison(self, comparison) -> None:
        self.comparison = comparison
        self._set_rows(comparison.changes if comparison is not None else [])

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        change = self._rows[index.row()]
        column = index.column()
        if role == ObjectRole:
            return change
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                label = kind_label(change.kind)
                if change.moved:
                    label = tr("Moved") if change.kind == "unchanged" else (
                        label + " · " + tr("moved"))
                elif change.renumbered and change.kind == "unchanged":
                    label = tr("Renumbered")
                return label
            if column == 1:
                return refs_name(change.old)
            if column == 2:
                return refs_name(change.new)
            return change.summary
        if role == Qt.ItemDataRole.ForegroundRole:
            if not change.changed:
                return QBrush(QColor("#8a8a8a"))
            if column == 0:
                return QBrush(QColor(KIND_COLOURS.get(change.kind, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return change.summary
        return None

    def changed_rows(self) -> list[int]:
        return [row for row, change in enumerate(self._rows) if change.changed]
